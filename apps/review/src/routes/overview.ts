/**
 * The overview of a review: every document with comments, how many threads are still open and how many comments it
 * has in all, linked to its page (`/_review/oversikt`); the same counts as JSON for the page script's badges on
 * document links (`/_review/antall`).
 */
import { ui } from '@strategi/i18n';
import { escapeHtml } from '@strategi/review';
import { Hono } from 'hono';
import type { Env, ReviewContext } from '../context.ts';
import { documentPath } from '../document-paths.ts';
import { reviewPageHtml } from '../status-pages.ts';
import { buildFor, type PreviewBuilds } from './pages.ts';

export function overviewRoutes(context: ReviewContext, builds: PreviewBuilds) {
  const routes = new Hono<Env>();

  routes.get('/_review/antall', async (c) => c.json(await context.store.documentCounts()));

  routes.get('/_review/oversikt', async (c) => {
    const counts = await context.store.documentCounts();
    const dist = buildFor(builds, c.get('reader'));
    const editions = [...new Set(counts.map((count) => count.edition))];
    const t = ui(c.get('lang')).reviewServer.overview;
    const tables = editions.map((edition) => {
      const rows = counts
        .filter((count) => count.edition === edition)
        .map((count) => {
          const page = documentPath(dist, count.edition, count.document);
          const name = escapeHtml(count.document);
          return `<tr><th scope="row">${page ? `<a href="${escapeHtml(page)}">${name}</a>` : name}</th><td>${count.open}</td><td>${count.comments}</td></tr>`;
        });
      const id = `utgave-${escapeHtml(edition)}`;
      const name = edition === 'utkast' ? t.draft : t.version(edition);
      return `<h2 id="${id}">${escapeHtml(t.heading(name))}</h2><table class="review-table" aria-labelledby="${id}"><thead><tr><th scope="col">${t.document}</th><th scope="col">${t.open}</th><th scope="col">${t.all}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    });
    return c.html(reviewPageHtml(t.title, tables.length > 0 ? tables.join('') : `<p class="review-empty">${t.empty}</p>`, c.get('lang')));
  });

  return routes;
}
