/**
 * «Mine kommentarer»: the reader's own comments across every document, newest first, each with a link to its place
 * on the page. A named person sees theirs; a reader who never named themselves sees what their link wrote unnamed.
 */
import { type UiLang, ui } from '@strategi/i18n';
import { type Comment, commentHtml, escapeHtml } from '@strategi/review';
import { Hono } from 'hono';
import { type Env, type ReviewContext, statusPage } from '../context.ts';
import { documentPath } from '../document-paths.ts';
import { pageNumber } from '../paging.ts';
import { pages, reviewPageHtml } from '../status-pages.ts';
import { readerTime } from '../time.ts';
import { buildFor, type PreviewBuilds } from './pages.ts';

async function item(comment: Comment, dist: string, lang: UiLang): Promise<string> {
  const page = documentPath(dist, comment.edition, comment.document);
  const words = ui(lang).reviewServer;
  const edition = comment.edition === 'utkast' ? words.overview.draft : words.overview.version(comment.edition);
  const where = `${escapeHtml(comment.document)} (${escapeHtml(edition)})`;
  return [
    '<li class="review-comment">',
    `<h2 class="review-own-document">${page ? `<a href="${escapeHtml(`${page}#kommentar-${comment.id}`)}">${where}</a>` : where}</h2>`,
    comment.quote ? `<blockquote class="review-quote">«${escapeHtml(comment.quote.exact)}»</blockquote>` : '',
    `<div class="review-text">${await commentHtml(comment.text, comment.format)}</div>`,
    `<p class="review-meta"><time datetime="${comment.createdAt}">${readerTime(comment.createdAt, lang)}</time>${comment.parentId !== null ? ` · ${words.mine.reply}` : ''}${
      comment.resolvedAt ? ` · <strong class="review-resolved">${words.thread.resolved}</strong>` : ''
    }</p>`,
    '</li>',
  ].join('');
}

export function peopleRoutes(context: ReviewContext, builds: PreviewBuilds) {
  const routes = new Hono<Env>();
  routes.get('/_review/mine', async (c) => {
    const reader = c.get('reader');
    const page = pageNumber(c.req.query('side'));
    if (page === undefined) return statusPage(c, pages.badPage);
    const size = context.limits.pageSize;
    const own = reader.person ? { personId: reader.person.id } : { linkId: reader.linkId };
    const found = await context.store.listOwnComments(own, { limit: size + 1, offset: (page - 1) * size });
    const dist = buildFor(builds, reader);
    const items = await Promise.all(found.slice(0, size).map((comment) => item(comment, dist, c.get('lang'))));
    const who = reader.person ? `${reader.person.name} (${reader.name})` : reader.name;
    const words = ui(c.get('lang')).reviewServer;
    const t = words.mine;
    const paging = [
      page > 1 ? `<a href="/_review/mine?side=${page - 1}" rel="prev">${t.newer}</a>` : '',
      found.length > size ? `<a href="/_review/mine?side=${page + 1}" rel="next">${t.older}</a>` : '',
    ].filter(Boolean);
    return c.html(
      reviewPageHtml(
        t.title,
        `<p>${t.intro(escapeHtml(who), readerTime(reader.expiresAt, c.get('lang')))}</p>
      ${items.length > 0 ? `<ol class="review-comments">${items.join('')}</ol>` : `<p class="review-empty">${t.empty}</p>`}
      ${paging.length > 0 ? `<nav class="review-paging" aria-label="${words.thread.paging}">${paging.join(' ')}</nav>` : ''}`,
        c.get('lang'),
      ),
    );
  });
  return routes;
}
