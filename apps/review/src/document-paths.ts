/**
 * Where a document's page is in a preview build (`/versjoner/utkast/tiltak/T-1/`), for the review server's own
 * pages that link to documents by the id and edition a comment carries. The ids are checked against the API's own
 * patterns first, so nothing from the store walks out of the build folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const EDITION = /^[a-z0-9][a-z0-9-]*$/;
const DOCUMENT = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

/** The page of a document in an edition, or undefined when the build has none. */
export function documentPath(dist: string, edition: string, document: string): string | undefined {
  if (!EDITION.test(edition) || !DOCUMENT.test(document)) return undefined;
  const folder = path.join(dist, 'versjoner', edition);
  if (!existsSync(folder)) return undefined;
  const kind = readdirSync(folder).find((name) => !name.startsWith('.') && existsSync(path.join(folder, name, document, 'index.html')));
  return kind === undefined ? undefined : `/versjoner/${edition}/${encodeURIComponent(kind)}/${encodeURIComponent(document)}/`;
}
