/**
 * The preview build: GET and HEAD only, files from the build folder through `@strategi/hosting`'s resolver, and
 * each HTML page with the server's script and, after every commentable section, one page of its thread.
 */
import { readFile } from 'node:fs/promises';
import { contentTypeOf, resolveStatic } from '@strategi/hosting';
import { Hono } from 'hono';
import { type Env, type ReviewContext, statusPage } from '../context.ts';
import { fillPage, pageTemplate } from '../page-template.ts';
import { pageNumber } from '../paging.ts';
import { PAGE_PARAMETER, sectionThread } from '../section-threads.ts';
import { pages } from '../status-pages.ts';
import type { Reader } from '../threads.ts';
import { headAdditions } from './assets.ts';

/** The host configuration file and the server's own namespace are never files of the preview. */
const HIDDEN = ['_headers', '_review'];

export interface PreviewBuilds {
  /** What an outside reader may see: every reader's pages unless the next applies. */
  outside: string;
  /** With internal notes, source paths and edit links: only for a reader whose link was made with `--intern`. */
  internal?: string | undefined;
}

/** The one folder a reader's pages come from; never both, so a path missing in one is not looked up in the other. */
export const buildFor = (builds: PreviewBuilds, reader: Reader): string => (reader.internal && builds.internal ? builds.internal : builds.outside);

export function pageRoutes(context: ReviewContext, builds: PreviewBuilds) {
  const routes = new Hono<Env>();

  routes.on(['GET', 'HEAD'], '*', async (c) => {
    const url = new URL(c.req.url);
    const reader = c.get('reader');
    const dist = buildFor(builds, reader);
    const resolved = resolveStatic(dist, url.pathname, url.search, { hidden: HIDDEN });
    if (resolved.kind === 'redirect') return c.redirect(resolved.location, 301);
    if (resolved.kind === 'none') return statusPage(c, pages.notFound);
    const type = contentTypeOf(resolved.file);
    if (!type.startsWith('text/html')) return c.body(await readFile(resolved.file), 200, { 'Content-Type': type });
    const page = pageNumber(url.searchParams.get(PAGE_PARAMETER) ?? undefined);
    if (page === undefined) return statusPage(c, pages.badPage);
    const template = pageTemplate(resolved.file, url.pathname.replace(/\/{2,}/g, '/'));
    const back = url.pathname.replace(/\/{2,}/g, '/');
    const threads = await Promise.all(template.sections.map((section) => sectionThread(context, section, reader, back, page)));
    return c.html(fillPage(template, headAdditions(c.get('lang')), threads));
  });

  routes.all('*', (c) => statusPage(c, pages.methodNotAllowed));
  return routes;
}
