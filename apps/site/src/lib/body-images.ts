/**
 * The images of a body on a page. A document's image files (`bilder/figur.png`, relative to its version's folder) are
 * published under the version's base, as the pages are: `/versjoner/<id>/bilder/figur.png`, and at the root for the
 * current version (the body-images integration copies them). Width and height are read from the file, so that the
 * page does not jump when the image arrives.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type AnyDoc, classifyImage, type Edition, IMAGE_EXTENSIONS } from '@strategi/model';
import type { ResolvedImage } from '@strategi/model/render';
import { imageMetadata } from 'astro/assets/utils';
import { href } from './urls.ts';

/** The image files of `edition` its documents show, paths inside the version's folder. */
export function imagesUsed(edition: Edition): string[] {
  const present = new Set(edition.images);
  const used = new Set<string>();
  for (const doc of edition.documents) {
    for (const image of doc.images) {
      const target = classifyImage(image.url, doc.path);
      if (target.type === 'file' && IMAGE_EXTENSIONS.has(target.extension) && present.has(target.path)) used.add(target.path);
    }
  }
  return [...used].sort();
}

const sizes = new Map<string, Promise<{ width: number; height: number } | undefined>>();

/** The size of an image file in pixels; undefined when the file does not say (an SVG without width and height). */
function sizeOf(file: string): Promise<{ width: number; height: number } | undefined> {
  let size = sizes.get(file);
  if (!size) {
    size = readFile(file)
      .then((bytes) => imageMetadata(bytes, file))
      .then(
        ({ width, height }) => ({ width, height }),
        () => undefined,
      );
    sizes.set(file, size);
  }
  return size;
}

/** What `renderBody` asks for each image of `doc` on a page of `edition` under `base`. */
export async function imageResolver(doc: AnyDoc, edition: Edition, base: string): Promise<(file: string) => ResolvedImage | undefined> {
  const present = new Set(edition.images);
  const found = new Map<string, ResolvedImage>();
  for (const image of doc.images) {
    const target = classifyImage(image.url, doc.path);
    if (target.type !== 'file' || !present.has(target.path) || found.has(target.path)) continue;
    const size = await sizeOf(path.join(edition.root, target.path));
    found.set(target.path, { src: href(base, target.path), ...size });
  }
  return (file) => found.get(file);
}
