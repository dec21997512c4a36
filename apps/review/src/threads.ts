/**
 * The comments on one section as HTML, put after the section on every page that shows it: the thread, and the
 * forms that work without JavaScript — a new comment (with an optional quote), a reply per comment, and for the
 * author edit and delete, for an editor resolve. Everything a person wrote is escaped or sanitised.
 */
import { type Messages, type UiLang, ui } from '@strategi/i18n';
import {
  answerPath,
  type Comment,
  commentHtml,
  DISPOSITIONS,
  type Disposition,
  escapeHtml,
  MAX_COMMENT_LENGTH,
  MAX_QUOTE_LENGTH,
  type Person,
  suggestionChange,
} from '@strategi/review';
import type { Section } from './page-template.ts';
import { authorName, isOwn, MAX_NAME_LENGTH } from './people.ts';
import { readerTime } from './time.ts';

export interface Reader {
  linkId: string;
  name: string;
  role: 'reviewer' | 'editor';
  /** The link was made with `--intern`: its pages come from the preview built with internal content, when there is one. */
  internal: boolean;
  /** When the reader's link stops working (ISO 8601), said beside the form so nobody writes against a closed link. */
  expiresAt: string;
  /** The person behind the link, once they have named themselves (`people.ts`). */
  person?: { id: string; name: string } | undefined;
}

export interface ThreadContext {
  reader: Reader;
  csrf: string;
  /** The page's own path, where a form returns to. */
  back: string;
  /** Who wrote which of the comments, for those a named person wrote. */
  people: ReadonlyMap<number, Person>;
  /** What became of the closed comments that have a disposition. */
  dispositions: ReadonlyMap<number, Disposition>;
  /** The language of the thread's words: the preview's. */
  lang: UiLang;
}

type Words = Messages['reviewServer'];
const wordsOf = (context: ThreadContext): Words => ui(context.lang).reviewServer;
const capital = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/**
 * A suggested edit as a word-level change from the passage: struck-through and underlined (not colour alone), and
 * said in words to a screen reader, which does not announce `<del>` and `<ins>` by themselves.
 */
function suggestionHtml(comment: Comment, t: Words['thread']): string {
  if (!comment.suggestion || !comment.quote) return '';
  const parts = suggestionChange({ quote: comment.quote, replacement: comment.suggestion.text }).map((part) => {
    const text = escapeHtml(part.value);
    if (part.removed) return `<del><span class="review-visually-hidden">${t.removed}</span>${text}<span class="review-visually-hidden">]</span></del>`;
    if (part.added) return `<ins><span class="review-visually-hidden">${t.added}</span>${text}<span class="review-visually-hidden">]</span></ins>`;
    return text;
  });
  const reason = comment.suggestion.state === 'rejected' && comment.suggestion.reason ? ` ${t.reason} ${escapeHtml(comment.suggestion.reason)}` : '';
  return `<div class="review-suggestion"><p class="review-suggestion-title">${t.suggestion}${comment.suggestion.state === 'open' ? '' : t.suggestionState[comment.suggestion.state]}:</p><p class="review-suggestion-change">${parts.join('')}</p>${
    reason ? `<p>${reason.trim()}</p>` : ''
  }</div>`;
}

/** What the editors decided about a closed comment, and the change page that answered it. */
function dispositionHtml(comment: Comment, disposition: Disposition | undefined, t: Words): string {
  if (!disposition) return '';
  const reason = disposition.reason ? ` ${escapeHtml(disposition.reason)}` : '';
  const answer = disposition.answeredIn ? ` <a href="${escapeHtml(answerPath(comment.edition, disposition.answeredIn))}">${t.thread.seeChange}</a>` : '';
  return `<p class="review-disposition">${t.thread.outcome}: <strong>${capital(t.dispositions[disposition.disposition])}</strong>.${reason}${answer}</p>`;
}

/** An id attribute's value from a document id (`Språkrådet` stays readable, anything odd becomes `-`). */
const idPart = (text: string) => text.replace(/[^\p{L}\p{N}_-]/gu, '-');
/** The id of a section's thread on its page (a document id may hold a `.`, which an id here does not). */
export const threadAnchor = (document: string) => `kommentarer-${idPart(document)}`;

const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;

function commonFields(context: ThreadContext, section: Section): string {
  return hidden('_csrf', context.csrf) + hidden('dokument', section.document) + hidden('utgave', section.edition) + hidden('tilbake', context.back);
}

async function commentItem(comment: Comment, replies: Comment[], section: Section, context: ThreadContext): Promise<string> {
  const person = context.people.get(comment.id);
  const own = isOwn(comment, person, context.reader);
  const author = authorName(comment, person);
  const base = `kommentar-${comment.id}`;
  const words = wordsOf(context);
  const t = words.thread;
  const meta = `<p class="review-meta">${escapeHtml(author)}, <time datetime="${comment.createdAt}">${readerTime(comment.createdAt, context.lang)}</time>${
    comment.updatedAt !== comment.createdAt ? ` ${t.edited}` : ''
  }${comment.resolvedAt ? ` · <strong class="review-resolved">${t.resolved}</strong>` : ''}</p>`;
  const parts = [
    `<li class="review-comment" id="${base}" data-kommentar="${comment.id}">`,
    comment.quote ? `<blockquote class="review-quote">«${escapeHtml(comment.quote.exact)}»</blockquote>` : '',
    `<div class="review-text" id="${base}-tekst">${await commentHtml(comment.text, comment.format)}</div>`,
    suggestionHtml(comment, t),
    meta,
    dispositionHtml(comment, context.dispositions.get(comment.id), words),
  ];
  if (comment.parentId === null) {
    if (replies.length > 0) {
      const items = await Promise.all(replies.map((reply) => commentItem(reply, [], section, context)));
      parts.push(`<ol class="review-replies" aria-label="${t.replies}">${items.join('')}</ol>`);
    }
    parts.push(
      `<details class="review-action"><summary>${t.reply}</summary><form method="post" action="/_review/kommentarer">${commonFields(context, section)}${hidden(
        'svar_pa',
        String(comment.id),
      )}<label for="${base}-svar">${escapeHtml(t.replyTo(author))}</label><textarea id="${base}-svar" name="tekst" rows="3" maxlength="${MAX_COMMENT_LENGTH}" required></textarea>${
        context.reader.person ? '' : nameFields(`${base}-svar`, t)
      }<button type="submit" class="ds-button" data-variant="secondary">${t.sendReply}</button></form></details>`,
    );
  }
  if (own) {
    parts.push(
      `<details class="review-action"><summary>${t.editOrDelete}</summary><form method="post" action="/_review/kommentarer/${comment.id}">${commonFields(
        context,
        section,
      )}${hidden('handling', 'endre')}<label for="${base}-endre">${t.newText}</label><textarea id="${base}-endre" name="tekst" rows="3" maxlength="${MAX_COMMENT_LENGTH}" required>${escapeHtml(
        comment.text,
      )}</textarea><button type="submit" class="ds-button" data-variant="secondary">${t.saveChange}</button></form><form method="post" action="/_review/kommentarer/${
        comment.id
      }">${commonFields(context, section)}${hidden('handling', 'slett')}<button type="submit" class="ds-button" data-variant="tertiary">${t.delete}</button></form></details>`,
    );
  }
  if (context.reader.role === 'editor' && comment.parentId === null) parts.push(resolveHtml(comment, section, context));
  parts.push('</li>');
  return parts.join('');
}

/**
 * An editor's «Merk som løst»: what became of the comment (a disposition, as `strategi comments resolve` records it)
 * and the reason the reviewer reads, needed when it is not taken into account. A resolved comment can be opened again.
 */
function resolveHtml(comment: Comment, section: Section, context: ThreadContext): string {
  const action = `/_review/kommentarer/${comment.id}`;
  const words = wordsOf(context);
  const t = words.thread;
  if (comment.resolvedAt !== null) {
    return `<form class="review-action" method="post" action="${action}">${commonFields(context, section)}${hidden(
      'handling',
      'gjenapne',
    )}<button type="submit" class="ds-button" data-variant="tertiary">${t.reopen}</button></form>`;
  }
  const base = `kommentar-${comment.id}-utfall`;
  const choices = DISPOSITIONS.map(
    (kind, index) =>
      `<p class="review-choice"><input type="radio" id="${base}-${index}" name="utfall" value="${kind}" required> <label for="${base}-${index}">${capital(
        words.dispositions[kind],
      )}</label></p>`,
  );
  return [
    `<details class="review-action"><summary>${t.resolve}</summary><form method="post" action="${action}">`,
    commonFields(context, section),
    hidden('handling', 'los'),
    `<fieldset class="review-dispositions"><legend>${t.outcome}</legend>${choices.join('')}</fieldset>`,
    `<label for="${base}-begrunnelse">${t.resolveReason}</label>`,
    `<textarea id="${base}-begrunnelse" name="begrunnelse" rows="2" maxlength="${MAX_COMMENT_LENGTH}"></textarea>`,
    `<button type="submit" class="ds-button" data-variant="secondary">${t.resolve}</button></form></details>`,
  ].join('');
}

/** Which page of a long thread is shown, and where the others are. */
export interface ThreadPaging {
  /** 1-based. */
  page: number;
  pages: number;
  /** Comments in the whole thread. */
  total: number;
  /** The address of another page (escaped here). */
  href(page: number): string;
}

function pagingHtml(paging: ThreadPaging | undefined, t: Words['thread']): string {
  if (!paging || paging.pages <= 1) return '';
  const links = [
    paging.page > 1 ? `<a href="${escapeHtml(paging.href(paging.page - 1))}" rel="prev">${t.previous}</a>` : '',
    `<span>${t.pageOf(paging.page, paging.pages)}</span>`,
    paging.page < paging.pages ? `<a href="${escapeHtml(paging.href(paging.page + 1))}" rel="next">${t.next}</a>` : '',
  ];
  return `<nav class="review-paging" aria-label="${t.paging}">${links.filter(Boolean).join(' ')}</nav>`;
}

/**
 * Who the reader comments as, and until when. Not named yet, the form asks for a name (a link may be shared by a
 * group) and an e-mail for notifications that nobody else sees; a link for one person may leave both blank.
 */
function whoHtml(id: string, reader: Reader, words: Words, lang: UiLang): string {
  const t = words.thread;
  const until = t.linkValid(readerTime(reader.expiresAt, lang));
  const mine = `<a href="/_review/mine">${words.nav.mine}</a> · <a href="/_review/oversikt">${words.nav.perDocument}</a>`;
  if (reader.person) {
    return `<p class="review-as">${t.commentingAs} <strong>${escapeHtml(`${reader.person.name} (${reader.name})`)}</strong>. ${until} ${mine}</p>`;
  }
  return `<p class="review-as">${t.commentingWithLink} <strong>${escapeHtml(reader.name)}</strong>. ${until} ${mine}</p>${nameFields(id, t)}`;
}

/** The name (and e-mail) a reader not yet named is asked for, in a new comment's form and a reply's. */
function nameFields(id: string, t: Words['thread']): string {
  return [
    `<label for="${id}-navn">${t.name}</label>`,
    `<p class="review-hint" id="${id}-navn-hjelp">${t.nameHint}</p>`,
    `<input id="${id}-navn" name="navn" autocomplete="name" maxlength="${MAX_NAME_LENGTH}" aria-describedby="${id}-navn-hjelp">`,
    `<label for="${id}-epost">${t.email}</label>`,
    `<input id="${id}-epost" name="epost" type="email" autocomplete="email" maxlength="254">`,
  ].join('');
}

/** The thread after one section. `comments` are that section's (one page of them with `paging`), oldest first. */
export async function threadHtml(section: Section, comments: Comment[], context: ThreadContext, paging?: ThreadPaging): Promise<string> {
  const id = threadAnchor(section.document);
  const roots = comments.filter((comment) => comment.parentId === null || !comments.some((other) => other.id === comment.parentId));
  const items = await Promise.all(
    roots.map((root) =>
      commentItem(
        root,
        comments.filter((comment) => comment.parentId === root.id),
        section,
        context,
      ),
    ),
  );
  const count = paging?.total ?? comments.length;
  const words = wordsOf(context);
  const t = words.thread;
  return [
    `<aside class="review-thread" id="${id}" aria-labelledby="${id}-tittel" data-dokument="${escapeHtml(section.document)}" data-utgave="${escapeHtml(section.edition)}"${
      section.change ? ' data-endring="ja"' : ''
    }>`,
    `<h2 class="review-heading" id="${id}-tittel">${t.heading(section.change === true, count)}</h2>`,
    items.length > 0 ? `<ol class="review-comments">${items.join('')}</ol>` : `<p class="review-empty">${t.empty}</p>`,
    pagingHtml(paging, t),
    `<form class="review-form" method="post" action="/_review/kommentarer">`,
    commonFields(context, section),
    hidden('prefiks', '') + hidden('suffiks', '') + hidden('start', '') + hidden('slutt', ''),
    whoHtml(id, context.reader, words, context.lang),
    `<label for="${id}-sitat">${t.quote}</label>`,
    `<textarea id="${id}-sitat" name="sitat" rows="2" maxlength="${MAX_QUOTE_LENGTH}"></textarea>`,
    `<label for="${id}-tekst">${t.comment}</label>`,
    `<textarea id="${id}-tekst" name="tekst" rows="4" maxlength="${MAX_COMMENT_LENGTH}" required></textarea>`,
    `<details class="review-suggest"><summary>${t.suggest}</summary>`,
    `<label for="${id}-forslag">${t.suggestLabel}</label>`,
    `<textarea id="${id}-forslag" name="forslag" rows="3" maxlength="${MAX_COMMENT_LENGTH}"></textarea></details>`,
    `<p class="review-format"><input type="checkbox" id="${id}-markdown" name="markdown" value="ja"> <label for="${id}-markdown">${t.markdown}</label></p>`,
    `<button type="submit" class="ds-button">${t.send}</button>`,
    '</form>',
    '</aside>',
  ].join('');
}
