import { posix } from 'node:path';

/** The image files a body may show, by extension (small letters): what browsers show without a plug-in or a script. */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['.png', '.jpg', '.jpeg', '.webp', '.svg']);

/** Whether a file of an edition folder (`bilder/figur.png`) is an image the site may publish. */
export const isImageFile = (relative: string): boolean => IMAGE_EXTENSIONS.has(posix.extname(relative).toLowerCase());

/** What an image's address in a body is: a file of the version, or something the site will not show. */
export type ImageTarget =
  /** A file inside the version's folder (`bilder/figur.png`, resolved from the document's own folder). */
  | { type: 'file'; path: string; extension: string }
  /** An address on another site (`https://…`, `//…`, `data:`): never fetched, so a reader's visit is told nobody. */
  | { type: 'remote' }
  /** A path that climbs out of the version's folder, or starts at the disk's root. */
  | { type: 'outside' };

/**
 * Reads an image's address as the validator, the renderer and the site all read it. `fromPath` is the document's
 * path inside its version folder (`tiltak/T-3.md`): `../bilder/figur.png` there is `bilder/figur.png`.
 */
export function classifyImage(url: string, fromPath: string): ImageTarget {
  const text = url.trim();
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(text) || text.startsWith('//')) return { type: 'remote' };
  if (text.startsWith('/') || text.startsWith('\\')) return { type: 'outside' };
  let decoded = text.replace(/[?#].*$/, '');
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A stray «%» is part of the name.
  }
  const resolved = posix.normalize(posix.join(posix.dirname(fromPath), decoded.replace(/\\/g, '/')));
  if (resolved === '..' || resolved.startsWith('../')) return { type: 'outside' };
  return { type: 'file', path: resolved, extension: posix.extname(resolved).toLowerCase() };
}
