/**
 * An image uploaded into a document's text: its type read from its first bytes (never from its name or the
 * browser's word), a name made from the uploaded one that can only be a plain file name, and the file written
 * into the content folder's `bilder/` with the model's atomic writer, which never overwrites. SVG is refused: it
 * may carry script, and a sanitiser for it would be one more thing to trust.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { writeNewFile } from '@strategi/model';

/** The largest image taken: well under the editor's 1 MB limit on a request, and light enough for a reader's page. */
export const MAX_IMAGE_BYTES = 900 * 1024;

/** Where uploaded images go, inside the content folder, as the model's image rules and hints name it. */
const IMAGE_FOLDER = 'bilder';

/** `bilder` is there but is no plain folder (a symbolic link, a file): nothing is written through it. */
export class ImageFolderRefused extends Error {}

/** The image's extension from its signature, or undefined for anything else (SVG, HTML, a renamed file). */
export function imageExtension(bytes: Uint8Array): '.png' | '.jpg' | '.webp' | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 8 && bytes[0] === 0x89 && ascii(1, 8) === 'PNG\r\n\x1a\n') return '.png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return '.jpg';
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return '.webp';
  return undefined;
}

/** A file name from the uploaded one: small ASCII letters, digits and hyphens only, so it cannot name a folder. */
export function imageStem(original: string): string {
  const stem = path.posix
    .basename(original.replace(/\\/g, '/'))
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem || 'bilde';
}

/**
 * Writes the image as `bilder/<stem><extension>` in the content folder, or `<stem>-2`, `-3`… when the name is
 * taken, and returns its path inside the content folder. A `bilder` that is a symbolic link is refused, so a
 * write cannot land outside the content folder.
 */
export async function storeImage(contentFolder: string, bytes: Uint8Array, original: string, extension: string): Promise<string> {
  const folder = path.join(contentFolder, IMAGE_FOLDER);
  const found = await lstat(folder).catch(() => undefined);
  if (found && !found.isDirectory()) throw new ImageFolderRefused(`${folder} is not a folder.`);
  const stem = imageStem(original);
  for (let n = 1; n < 1000; n++) {
    const name = `${stem}${n === 1 ? '' : `-${n}`}${extension}`;
    try {
      await writeNewFile(path.join(folder, name), bytes);
      return `${IMAGE_FOLDER}/${name}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`No free name for ${stem}${extension} in ${folder}.`);
}

/** The Markdown of the image as written in the document at `documentPath` (`tiltak/T-3.md`): `![alt](../bilder/x.png)`. */
export function imageMarkdown(alt: string, stored: string, documentPath: string): string {
  const text = alt
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[[\]\\]/g, '\\$&');
  return `![${text}](${path.posix.relative(path.posix.dirname(documentPath), stored)})`;
}
