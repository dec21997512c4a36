/**
 * Which search index a page loads. A version's archived pages (`/versjoner/<id>/`) and the change pages framed by it
 * load the version's own index, built from those pages and archived with them, so their hits never change. The
 * current version's root pages, and the site-wide pages framed by it, load the root's index (`/pagefind/`), built on
 * every build from the root pages: a hit there shows what the root page says today (the published progress
 * reports' statuses included) and leads to it.
 */
import { VERSIONS_PATH } from '../urls.ts';

/** The root's index folder, relative to the site's root; never part of an archived unit. */
export const ROOT_INDEX = 'pagefind';

/** The Pagefind bundle a search on a page of `editionId` loads: the root's when `atRoot`, else the version's own. */
export function searchBundle(editionId: string, atRoot: boolean): string {
  return atRoot ? `/${ROOT_INDEX}/pagefind.js` : `/${VERSIONS_PATH}/${editionId}/pagefind/pagefind.js`;
}

/** Whether a page of the built site (a path relative to its root) is one the root's index covers: not under `versjoner/`. */
export const isRootPage = (file: string): boolean => file.endsWith('.html') && !file.startsWith(`${VERSIONS_PATH}/`);
