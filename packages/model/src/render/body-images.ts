import { randomUUID } from 'node:crypto';
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { classifyImage, IMAGE_EXTENSIONS } from '../links/image.ts';

/**
 * Images in a body. A Markdown image of a file of the version (`![alt](../bilder/figur.png)`) passes the sanitiser
 * under a numbered placeholder, as a document link does, and each page fills in where the file is on the site and
 * its size. Anything else (an image from another site, outside the content folder, of another type, or written as
 * raw HTML) becomes its alt text: the page never fetches anything from elsewhere.
 */
const IMAGE_PLACEHOLDER = `strategi-bilde-${randomUUID().slice(0, 8)}-`;

/** What a page shows for an image of the version: its address on the site and, when known, its size in pixels. */
export interface ResolvedImage {
  src: string;
  width?: number | undefined;
  height?: number | undefined;
}

/** The image files (paths inside the version) a body shows, in the order of their placeholder number; the tree's images get placeholders. */
export function markImages(tree: MdastRoot, fromPath: string): string[] {
  const images: string[] = [];
  visit(tree, 'image', (node, index, parent) => {
    const target = classifyImage(node.url, fromPath);
    if (target.type === 'file' && IMAGE_EXTENSIONS.has(target.extension)) {
      node.url = `#${IMAGE_PLACEHOLDER}${images.length}`;
      node.title = null;
      images.push(target.path);
      return;
    }
    if (parent && index !== undefined) {
      if (node.alt) parent.children.splice(index, 1, { type: 'text', value: node.alt });
      else parent.children.splice(index, 1);
      return [SKIP, node.alt ? index + 1 : index];
    }
  });
  return images;
}

/** After the sanitiser: an `img` keeps only a placeholder source, its alt text and lazy loading; any other becomes its alt text. */
export function settleImages() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return;
      const src = node.properties['src'];
      const alt = typeof node.properties['alt'] === 'string' ? node.properties['alt'] : '';
      if (typeof src === 'string' && src.startsWith(`#${IMAGE_PLACEHOLDER}`)) {
        node.properties = { src, alt, loading: 'lazy' };
        return;
      }
      if (alt) parent.children.splice(index, 1, { type: 'text', value: alt });
      else parent.children.splice(index, 1);
      return [SKIP, alt ? index + 1 : index];
    });
  };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&#x26;').replace(/"/g, '&#x22;').replace(/</g, '&#x3C;');

/** The placeholder images of rendered `html` given their files' places on the page; an image that does not resolve becomes its alt text. */
export function resolveImages(html: string, images: readonly string[], resolve: ((path: string) => ResolvedImage | undefined) | undefined): string {
  if (images.length === 0) return html;
  return html.replace(new RegExp(`<img src="#${IMAGE_PLACEHOLDER}(\\d+)" alt="([^"]*)" loading="lazy">`, 'g'), (_, index: string, alt: string) => {
    const resolved = resolve?.(images[Number(index)]!);
    // The alt text was escaped for an attribute (quotes, ampersands); as text, a «<» must not open a tag.
    if (!resolved) return alt.replace(/</g, '&#x3C;').replace(/>/g, '&#x3E;');
    const size = resolved.width && resolved.height ? ` width="${resolved.width}" height="${resolved.height}"` : '';
    return `<img src="${escapeAttribute(resolved.src)}" alt="${alt}"${size} loading="lazy">`;
  });
}
