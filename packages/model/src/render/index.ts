import type { Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { type ResolvedImage, resolveImages } from './body-images.ts';
import { DEFAULT_PASSAGE_LABEL, labelPassages, type PassageLabel } from './example-passage.ts';
import {
  boundedMemo,
  DEFAULT_FOOTNOTE_LABELS,
  type DocumentLinkTarget,
  type FootnoteLabels,
  PLACEHOLDER,
  publicBody,
  sanitisedBody,
} from './sanitised-tree.ts';

/**
 * Where a document link (`../tiltak/T-12.md#bakgrunn`, or the shorthand `tiltak:T-12`) goes on the site, or undefined
 * when it does not resolve. A `fragment` is a heading's slug; `headingId` gives the id the rendered heading has.
 */
export type LinkResolver = (target: DocumentLinkTarget) => { href: string; title?: string } | undefined;

export interface RenderOptions {
  resolveLink: LinkResolver;
  /** Shift headings so that a body's `#` sits under the page's own h1. Default 1 (`#` becomes h2). */
  headingOffset?: number;
  /** The rendered document's path inside its version (`tiltak/T-3.md`), for its relative links and heading ids. */
  fromPath?: string;
  /**
   * The label at the top of each passage marked `:::eksempel`, in the page's language: a tag and a sentence.
   * Default `{ tag: 'Eksempel', text: 'Avsnittet bygger ikke på kjente fakta.' }`.
   */
  exampleLabel?: PassageLabel;
  /** The footnotes' heading and back links, in the page's language. Default `{ label: 'Fotnoter', backLabel: 'Tilbake til henvisning' }`. */
  footnotes?: FootnoteLabels;
  /**
   * Where an image file of the version (`bilder/figur.png`, relative to the version's folder) is on the page, with its
   * size; an image without an answer (or without this option) is shown as its alt text.
   */
  resolveImage?: (path: string) => ResolvedImage | undefined;
}

const stringifier = unified().use(rehypeStringify).freeze();

/** A body rendered once, with each document link left as a numbered placeholder to resolve per page. */
interface RenderedBody {
  html: string;
  targets: DocumentLinkTarget[];
  images: string[];
}

/**
 * Bodies already rendered, by heading offset and text. The same body appears on its own page, on the whole-document
 * page and in every version that did not change it; the Markdown is parsed and sanitised once, and only the links
 * (which depend on the page) are filled in each time.
 */
const renderOnce = boundedMemo(50_000, (key): RenderedBody => {
  const [offset = '1', fromPath = '', label = '', backLabel = '', ...rest] = key.split('\u0000');
  const markdown = rest.join('\u0000');
  const { tree, targets, images } = sanitisedBody(markdown, Number(offset), fromPath, { label, backLabel });
  return { html: stringifier.stringify(tree as HastRoot), targets, images };
});

const escapeAttribute = (value: string) => value.replace(/&/g, '&#x26;').replace(/"/g, '&#x22;').replace(/</g, '&#x3C;');

/**
 * Renders a document body to safe HTML with the project's one Markdown parser: document links resolved
 * to site URLs, headings shifted under the page title, each `:::eksempel` passage labelled, and everything
 * sanitised against an allow-list.
 */
export async function renderBody(markdown: string, options: RenderOptions): Promise<string> {
  const { label, backLabel } = options.footnotes ?? DEFAULT_FOOTNOTE_LABELS;
  const {
    html: rendered,
    targets,
    images,
  } = renderOnce(`${options.headingOffset ?? 1}\u0000${options.fromPath ?? ''}\u0000${label}\u0000${backLabel}\u0000${markdown}`);
  const html = resolveImages(rendered, images, options.resolveImage);
  const linked =
    targets.length === 0
      ? html
      : html.replace(new RegExp(`href="#${PLACEHOLDER}(\\d+)"`, 'g'), (_, index: string) => {
          const resolved = options.resolveLink(targets[Number(index)]!);
          if (!resolved) return 'href=""';
          return `href="${escapeAttribute(resolved.href)}"${resolved.title ? ` title="${escapeAttribute(resolved.title)}"` : ''}`;
        });
  // The label is the page's, not the body's: it is put in after the cache, so one cached body serves every language.
  return labelPassages(linked, options.exampleLabel ?? DEFAULT_PASSAGE_LABEL);
}

/**
 * Plain text of a body as the page shows it (the text of the sanitised HTML, whitespace collapsed), for feeds and
 * descriptions: no comment, raw HTML or link definition reaches it.
 */
export const bodyText: (markdown: string) => string = boundedMemo(50_000, (markdown) => toText(publicBody(markdown).tree).replace(/\s+/g, ' ').trim());

export type { ResolvedImage } from './body-images.ts';
export type { PassageLabel } from './example-passage.ts';
export { publicMarkdown } from './public-markdown.ts';
export { type FootnoteLabels, headingId } from './sanitised-tree.ts';
export { sanitizeSchema } from './sanitize-schema.ts';
