/**
 * The built preview, opened inside the editor under /forhandsvisning/: GET and HEAD only, files from the folder of
 * the last finished build through `@strategi/hosting`'s resolver (no traversal, no hidden files, no symbolic link
 * out), for a session with the editor role. The site's pages link from the root (`/tiltak/`), so the root-relative
 * addresses in its HTML and CSS are moved under this path as they are served; the files are never changed.
 *
 * Its files are served with the site's own headers (the build's `_headers`, as the public site sends them), not
 * the editor's strict policy, which would block Pagefind's search (WebAssembly) and the site's fonts; every other
 * answer, the refusals here included, keeps the editor's.
 */
import { readFile } from 'node:fs/promises';
import { contentTypeOf, resolveStatic, securityHeaderSet, siteHeaders } from '@strategi/hosting';
import type { MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { contextOf, type Env, plainPage } from '../context.ts';
import type { PreviewBuild } from '../preview-build.ts';
import { BUILT_PREVIEW_PATH } from '../views/publish.ts';

const PREFIX = BUILT_PREVIEW_PATH.slice(0, -1);

/** The host configuration file is not a page of the preview. */
const HIDDEN = ['_headers'];

/** Root-relative addresses (`/x`, never `//host/x`) in attributes and in CSS `url()`, moved under `prefix`. */
function underPrefix(text: string, prefix: string): string {
  return text.replace(/(\s(?:href|src|action|poster|content)=)(["'])\/(?!\/)/g, `$1$2${prefix}/`).replace(/(url\(\s*)(["']?)\/(?!\/)/g, `$1$2${prefix}/`);
}

/** The headers of the answers served from the build, by answer: only this route can put one here. */
const servedFromBuild = new WeakMap<Response, Record<string, string>>();

/** The site's headers for a file of the build in `folder`, kept from indexing and caches like the editor's pages. */
const previewHeaders = (folder: string) => securityHeaderSet({ ...siteHeaders(folder), 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' });

/** The editor's own stylesheets and scripts, whose addresses name their content (public-files.ts). */
const keptAnswers = new WeakSet<Response>();

/** Marks an answer the browser may keep for a year, unchanged: only for an address that changes with the content. */
export function keptByBrowser(response: Response): Response {
  keptAnswers.add(response);
  return response;
}

/**
 * Middleware for the whole editor, in place of `securityHeaders(editorHeaders)`: the editor's headers on every
 * answer (refusals and errors included) but the built preview's files, which get the site's; the editor's own
 * stylesheets and scripts may be kept by the browser, every other answer is `no-store`.
 */
export function editorOrSiteHeaders(editorHeaders: Record<string, string>): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(servedFromBuild.get(c.res) ?? editorHeaders)) c.res.headers.set(name, value);
    if (keptAnswers.has(c.res)) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  };
}

export function builtPreviewRoutes(preview: PreviewBuild) {
  const routes = new Hono<Env>();

  routes.on(['GET', 'HEAD'], PREFIX, (c) => c.redirect(BUILT_PREVIEW_PATH, 301));

  routes.on(['GET', 'HEAD'], `${PREFIX}/*`, async (c) => {
    const { t } = contextOf(c);
    if (!c.get('session').canEdit) return plainPage(c, 403, t.editor.readOnlyRole);
    const folder = preview.folder;
    if (!folder) return plainPage(c, 404, t.editor.releaseFlow.previewNotBuilt);
    const url = new URL(c.req.url);
    const resolved = resolveStatic(folder, url.pathname.slice(PREFIX.length), url.search, { hidden: HIDDEN });
    if (resolved.kind === 'redirect') return c.redirect(`${PREFIX}${resolved.location}`, 301);
    if (resolved.kind === 'none') return plainPage(c, 404, t.editor.notFound);
    const type = contentTypeOf(resolved.file);
    const rewritten = type.startsWith('text/html') || type.startsWith('text/css');
    const response = rewritten
      ? c.body(underPrefix(await readFile(resolved.file, 'utf8'), PREFIX), 200, { 'Content-Type': type })
      : c.body(await readFile(resolved.file), 200, { 'Content-Type': type });
    servedFromBuild.set(response, previewHeaders(folder));
    return response;
  });

  return routes;
}
