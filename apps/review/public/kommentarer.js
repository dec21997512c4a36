// The review server's page script: mark commented passages, let a reader comment on (or suggest new text for)
// selected text, and send the thread's forms through the JSON API without leaving the page. On a wide screen each
// section and its thread sit side by side (the thread in the margin); a mark and its comment point at each other
// (`aria-describedby`, `aria-details`) and either one, activated, brings the other into focus. On a change page a
// document's change is a section too, and only its new text counts: deleted text and the screen-reader labels are
// neither quoted nor marked. Without the script, the same forms work as plain HTML forms. Every text a person wrote is set as text; the only HTML inserted is the server's, which escapes
// or sanitises what people wrote. The server bundles it at start (src/routes/assets.ts): quotes are anchored by
// the same module the server finds them in the Markdown with, so a mark and `strategi comments` agree, and each
// thread says, as the CLI does, whether its passage is «på plass», «flyttet» or has «mistet stedet». The script's
// words come from the server beside it, in the page's language (a JSON data block, which the CSP lets be).

import { placeQuote } from '@strategi/review/quote';

/** `reviewServer.script` of `@strategi/i18n`, in the preview's language. */
const words = JSON.parse(document.getElementById('review-words')?.textContent ?? '{}');
const counted = (count, forms) => `${count} ${count === 1 ? forms.one : forms.other}`;

const CONTEXT = 32;

/** A commentable section: a document's text, or a document's change on a change page. */
const SECTION = '[data-strategi-dokument], details.doc-change';
/** In a change: what is not the new text. */
const NOT_NEW_TEXT = 'del, summary, .ds-sr-only, .paragraph-label';

const isChange = (section) => section.matches('details.doc-change');

/** @param {Element} aside */
const sectionOf = (aside) => {
  const previous = aside.previousElementSibling;
  if (!(previous instanceof HTMLElement)) return null;
  return previous.dataset.strategiDokument || (aside instanceof HTMLElement && aside.dataset.endring && isChange(previous)) ? previous : null;
};

/** Text nodes of a section in document order: in a change, only those of the new text. @param {Element} root */
function textNodes(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const change = isChange(root);
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (change && node.parentElement?.closest(NOT_NEW_TEXT)) continue;
    nodes.push(/** @type {Text} */ (node));
  }
  return nodes;
}

/** The section's text as the marks count it. */
const sectionText = (section) =>
  isChange(section)
    ? textNodes(section)
        .map((node) => node.data)
        .join('')
    : (section.textContent ?? '');

/** Where a selection starts and ends in a change's new text; -1 when it holds none of it. */
function changeOffsets(section, range) {
  let offset = 0;
  let from = -1;
  let to = -1;
  for (const node of textNodes(section)) {
    if (range.intersectsNode(node)) {
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : node.data.length;
      if (start < end) {
        if (from === -1) from = offset + start;
        to = offset + end;
      }
    }
    offset += node.data.length;
  }
  return { from, to };
}

/** Offset of a boundary point within the section's text. */
function offsetIn(section, container, offset) {
  const range = document.createRange();
  range.setStart(section, 0);
  range.setEnd(container, offset);
  return range.toString().length;
}

/** The selectors of a selection inside one section, or null. */
function selectorsOf(selection) {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const container = (node) => (node instanceof Element ? node : node.parentElement)?.closest(SECTION);
  const start = container(range.startContainer);
  if (!start || start !== container(range.endContainer)) return null;
  const text = sectionText(start);
  const change = isChange(start);
  const { from, to } = change
    ? changeOffsets(start, range)
    : { from: offsetIn(start, range.startContainer, range.startOffset), to: offsetIn(start, range.endContainer, range.endOffset) };
  if (from === -1) return null;
  const exact = text.slice(from, to);
  if (exact.trim() === '') return null;
  // A change page's text is not the document page's, so its offsets say nothing there: the quote alone anchors it.
  const position = change ? { start: '', end: '' } : { start: String(from), end: String(to) };
  return { section: start, exact, prefix: text.slice(Math.max(0, from - CONTEXT), from), suffix: text.slice(to, to + CONTEXT), ...position };
}

/** Wraps the characters [start, end) of a section's text in marks, one per text node they touch. */
function mark(section, start, end, comment) {
  let offset = 0;
  for (const node of textNodes(section)) {
    const length = node.data.length;
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + length);
    offset += length;
    if (from >= to) continue;
    let piece = node;
    if (from - (offset - length) > 0) piece = piece.splitText(from - (offset - length));
    if (to - from < piece.data.length) piece.splitText(to - from);
    const element = document.createElement('mark');
    element.className = 'review-mark';
    element.dataset.kommentar = String(comment.number);
    element.title = words.commentFrom.replace('{name}', comment.creator.name);
    // Reachable by keyboard; a screen reader hears the comment's text with it and is told where the thread is.
    element.tabIndex = 0;
    element.setAttribute('aria-describedby', `kommentar-${comment.number}-tekst`);
    element.setAttribute('aria-details', `kommentar-${comment.number}`);
    piece.replaceWith(element);
    element.append(piece);
  }
}

function unmark(section) {
  for (const element of section.querySelectorAll('mark.review-mark')) element.replaceWith(...element.childNodes);
  section.normalize();
}

async function highlight(aside) {
  const section = sectionOf(aside);
  if (!section) return;
  const query = new URLSearchParams({ document: aside.dataset.dokument ?? '', edition: aside.dataset.utgave ?? '' });
  const response = await fetch(`/api/kommentarer?${query}`, { headers: { accept: 'application/json' } });
  if (!response.ok) return;
  const { items } = await response.json();
  unmark(section);
  const text = sectionText(section);
  for (const comment of items) {
    const selectors = comment.target.selector ?? [];
    const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector');
    const position = selectors.find((selector) => selector.type === 'TextPositionSelector');
    if (!quote || comment.replyTo !== null) continue;
    const { state, match } = placeQuote(text, { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' }, position);
    if (match) {
      mark(section, match.start, match.end, comment);
      offerShowInText(comment.number);
    }
    labelPlace(comment.number, state);
  }
}

/** Under a thread's quote, whether the passage is where it was, elsewhere in the text, or gone (and so not marked). */
function labelPlace(number, state) {
  const quote = document.getElementById(`kommentar-${number}`)?.querySelector(':scope > .review-quote');
  if (!quote) return;
  const label = quote.nextElementSibling?.classList.contains('review-anchor') ? quote.nextElementSibling : document.createElement('p');
  label.className = 'review-anchor';
  label.dataset.anchor = state;
  label.textContent = `${words.anchor} ${words.anchors[state]}`;
  quote.after(label);
}

/** A button on a marked comment that takes the reader to its passage (the way back from thread to text). */
function offerShowInText(number) {
  const item = document.getElementById(`kommentar-${number}`);
  if (!item || item.querySelector(':scope > .review-show-mark')) return;
  const show = document.createElement('button');
  show.type = 'button';
  show.className = 'review-show-mark';
  show.dataset.kommentar = String(number);
  show.textContent = words.showInText;
  item.querySelector(':scope > .review-meta')?.after(show);
}

/** Marks and the comment they belong to light up together while either has focus or the pointer. */
function setActive(number, active) {
  for (const element of document.querySelectorAll(`[data-kommentar="${CSS.escape(number)}"]`)) {
    element.classList.toggle('review-active', active);
  }
}

function focusComment(number) {
  const comment = document.getElementById(`kommentar-${number}`);
  if (!comment) return;
  comment.tabIndex = -1;
  comment.focus();
}

/** Fills a thread's new-comment form from a selection and offers to comment on it or suggest new text for it. */
let pending = null;
const button = document.createElement('div');
button.className = 'review-select-button';
button.hidden = true;
const commentButton = document.createElement('button');
commentButton.type = 'button';
commentButton.textContent = words.commentOnSelection;
const suggestButton = document.createElement('button');
suggestButton.type = 'button';
suggestButton.textContent = words.suggestEdit;
button.append(commentButton, suggestButton);
document.body.append(button);

function offerComment() {
  const selected = selectorsOf(document.getSelection());
  if (!selected) return;
  pending = selected;
  const rect = document.getSelection().getRangeAt(0).getBoundingClientRect();
  button.style.top = `${window.scrollY + rect.bottom + 6}px`;
  button.style.left = `${window.scrollX + rect.left}px`;
  button.hidden = false;
}

/** Puts the selected passage in its thread's form; a suggestion starts from the passage's own text. */
function fillForm(suggest) {
  if (!pending) return;
  const aside = document.getElementById(`kommentarer-${pending.section.id.replace(/^tekst-/, '')}`);
  const form = aside?.querySelector('form.review-form');
  if (!form) return;
  form.elements.namedItem('sitat').value = pending.exact;
  form.elements.namedItem('prefiks').value = pending.prefix;
  form.elements.namedItem('suffiks').value = pending.suffix;
  form.elements.namedItem('start').value = pending.start;
  form.elements.namedItem('slutt').value = pending.end;
  const suggestion = form.elements.namedItem('forslag');
  const details = suggestion?.closest('details');
  if (suggest && suggestion) {
    if (details) details.open = true;
    suggestion.value = pending.exact;
  }
  button.hidden = true;
  (suggest && suggestion ? suggestion : form.elements.namedItem('tekst')).focus();
}
commentButton.addEventListener('click', () => fillForm(false));
suggestButton.addEventListener('click', () => fillForm(true));

document.addEventListener('mouseup', () => setTimeout(offerComment, 0));
document.addEventListener('keyup', (event) => {
  if (event.shiftKey) offerComment();
});
document.addEventListener('selectionchange', () => {
  if (document.getSelection()?.isCollapsed && !button.contains(document.activeElement)) button.hidden = true;
});

/** The quote fields describe the selection only while the quote is the one selected; an edited quote has no position. */
document.addEventListener('input', (event) => {
  const field = event.target;
  if (field instanceof HTMLTextAreaElement && field.name === 'sitat' && field.form) {
    field.form.elements.namedItem('start').value = '';
    field.form.elements.namedItem('slutt').value = '';
  }
});

function showError(form, message) {
  let alert = form.querySelector('.review-error');
  if (!alert) {
    alert = document.createElement('p');
    alert.className = 'review-error';
    alert.setAttribute('role', 'alert');
    form.prepend(alert);
  }
  alert.textContent = message;
}

async function refresh(aside, focusId) {
  const query = new URLSearchParams({
    dokument: aside.dataset.dokument ?? '',
    utgave: aside.dataset.utgave ?? '',
    tilbake: location.pathname,
    side: new URLSearchParams(location.search).get('kommentarside') ?? '1',
  });
  const response = await fetch(`/_review/traad?${query}`);
  if (!response.ok) return;
  const template = document.createElement('template');
  template.innerHTML = await response.text();
  const fresh = template.content.firstElementChild;
  if (!fresh) return;
  aside.replaceWith(fresh);
  await highlight(fresh);
  const target = focusId ? document.getElementById(`kommentar-${focusId}`) : fresh.querySelector('h2');
  if (target) {
    target.tabIndex = -1;
    target.focus();
  }
}

/** Sends one of a thread's forms through the API. */
async function send(form) {
  const aside = form.closest('aside.review-thread');
  const data = new FormData(form);
  const value = (name) => {
    const entry = data.get(name);
    return typeof entry === 'string' ? entry : '';
  };
  const match = /\/_review\/kommentarer\/(\d+)$/.exec(form.getAttribute('action') ?? '');
  let request;
  if (!match) {
    const body = {
      document: value('dokument'),
      edition: value('utgave'),
      text: value('tekst'),
      format: value('markdown') ? 'markdown' : 'text',
      key: crypto.randomUUID(),
    };
    if (value('svar_pa')) body.replyTo = Number(value('svar_pa'));
    if (value('navn').trim()) body.person = { name: value('navn'), ...(value('epost').trim() ? { email: value('epost') } : {}) };
    if (value('forslag').trim()) body.suggestion = value('forslag');
    const selector = [];
    if (value('sitat').trim()) selector.push({ type: 'TextQuoteSelector', exact: value('sitat'), prefix: value('prefiks'), suffix: value('suffiks') });
    if (value('sitat').trim() && value('start') && value('slutt'))
      selector.push({ type: 'TextPositionSelector', start: Number(value('start')), end: Number(value('slutt')) });
    if (selector.length > 0) body.target = { selector };
    request = { method: 'POST', url: '/api/kommentarer', body };
  } else {
    const action = value('handling');
    const url = `/api/kommentarer/${match[1]}`;
    if (action === 'slett') request = { method: 'DELETE', url };
    else if (action === 'los') request = { method: 'POST', url: `${url}/utfall`, body: { disposition: value('utfall'), reason: value('begrunnelse') } };
    else if (action === 'gjenapne') request = { method: 'PATCH', url, body: { resolved: false } };
    else request = { method: 'PATCH', url, body: { text: value('tekst') } };
  }
  const response = await fetch(request.url, {
    method: request.method,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: request.body ? JSON.stringify(request.body) : undefined,
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({ error: words.notSaved }));
    showError(form, problem.hint ? `${problem.error} ${problem.hint}` : problem.error);
    return;
  }
  const saved = response.status === 204 ? null : await response.json();
  if (aside) await refresh(aside, saved && request.method !== 'DELETE' ? saved.number : undefined);
}

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.closest('aside.review-thread')) return;
  event.preventDefault();
  send(form).catch(() => showError(form, words.notSent));
});

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('mark.review-mark, button.review-show-mark') : null;
  if (!target) return;
  if (target instanceof HTMLButtonElement) document.querySelector(`mark.review-mark[data-kommentar="${CSS.escape(target.dataset.kommentar ?? '')}"]`)?.focus();
  else focusComment(target.dataset.kommentar);
});

document.addEventListener('keydown', (event) => {
  const target = event.target instanceof Element ? event.target.closest('mark.review-mark') : null;
  if (!target || (event.key !== 'Enter' && event.key !== ' ')) return;
  event.preventDefault();
  focusComment(target.dataset.kommentar);
});

/** The comment (or mark) under focus or the pointer, and everything that belongs to it. */
const linked = (target) => (target instanceof Element ? target.closest('mark.review-mark, li.review-comment[data-kommentar]') : null);
for (const [type, active] of [
  ['focusin', true],
  ['focusout', false],
  ['mouseover', true],
  ['mouseout', false],
]) {
  document.addEventListener(type, (event) => {
    const element = linked(event.target);
    if (element?.dataset.kommentar) setActive(element.dataset.kommentar, active);
  });
}

/** On a wide screen the thread sits beside its section: both go in one grid row (the stylesheet says when). */
for (const aside of document.querySelectorAll('aside.review-thread')) {
  const section = sectionOf(aside);
  if (!section || section.parentElement?.classList.contains('review-pair')) continue;
  const pair = document.createElement('div');
  pair.className = 'review-pair';
  section.before(pair);
  pair.append(section, aside);
}

// Marking rewrites the sections' text nodes, which ends a selection made meanwhile: the page says when it is done
// (data-review-marked on <html>), so that what drives it in a test selects after it.
Promise.allSettled([...document.querySelectorAll('aside.review-thread')].map((aside) => highlight(aside))).then(() => {
  document.documentElement.dataset.reviewMarked = '';
});

/** A document's page in the preview: `/versjoner/<edition>/<kind>/<document>/`. */
const DOCUMENT_PAGE = /^\/versjoner\/([^/]+)\/[^/]+\/([^/]+)\/$/;

/** Beside each link to a document with comments, how many (and how many threads are open). */
async function countBadges() {
  const links = [...document.querySelectorAll('a[href]')].filter(
    (link) => link instanceof HTMLAnchorElement && link.origin === location.origin && DOCUMENT_PAGE.test(link.pathname) && !link.closest('.review-thread'),
  );
  if (links.length === 0) return;
  const response = await fetch('/_review/antall', { headers: { accept: 'application/json' } });
  if (!response.ok) return;
  const counts = new Map((await response.json()).map((count) => [`${count.edition}/${count.document}`, count]));
  for (const link of links) {
    const [, edition, document_] = DOCUMENT_PAGE.exec(link.pathname) ?? [];
    const count = counts.get(`${decodeURIComponent(edition ?? '')}/${decodeURIComponent(document_ ?? '')}`);
    if (!count || link.nextElementSibling?.classList.contains('review-count')) continue;
    const badge = document.createElement('span');
    badge.className = 'review-count';
    badge.textContent = `${counted(count.comments, words.comments)}${count.open > 0 ? `, ${counted(count.open, words.open)}` : ''}`;
    link.after(' ', badge);
  }
}
countBadges().catch(() => undefined);
