import { randomUUID } from 'node:crypto';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { limits } from '../limits.ts';
import { classifyLink, type DocumentTarget } from '../links/document-link.ts';
import { parsedBody } from '../parse/kept-bodies.ts';
import { flatText, nestingOf } from '../parse/nesting.ts';
import { markImages, settleImages } from './body-images.ts';
import { markPassages, namePassages } from './example-passage.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/** A document link found in a body (`../tiltak/T-12.md#bakgrunn` or `tiltak:T-12`), in the order of its placeholder number. */
export type DocumentLinkTarget = DocumentTarget;

/** A body as the sanitised HTML tree every public output is made from, document links left as placeholders. */
export interface SanitisedBody {
  tree: HastRoot;
  targets: DocumentLinkTarget[];
  /** The image files the body shows (paths inside the version), in the order of their placeholder number (body-images.ts). */
  images: string[];
}

/** The words of a body's footnotes, in the page's language: the heading over them and the link back to a reference. */
export interface FootnoteLabels {
  /** The heading over the footnotes («Fotnoter»). */
  label: string;
  /** The link back from a footnote to where it is referred to, before the reference's number («Tilbake til henvisning»). */
  backLabel: string;
}

/** What remark-rehype writes when no labels are given; the site always gives its own. */
export const DEFAULT_FOOTNOTE_LABELS: FootnoteLabels = { label: 'Fotnoter', backLabel: 'Tilbake til henvisning' };

/**
 * Markdown to sanitised HTML: raw HTML is parsed (rehype-raw, with the parse5 the model is installed with), then
 * everything goes through the allow-list. Every plugin is synchronous, so `runSync` serves every caller. One
 * processor per set of footnote labels (one per language).
 */
const toSanitisedHast = boundedMemo(16, (key) => {
  const [label = DEFAULT_FOOTNOTE_LABELS.label, backLabel = DEFAULT_FOOTNOTE_LABELS.backLabel] = key.split('\u0000');
  return (
    unified()
      .use(remarkRehype, {
        allowDangerousHtml: true,
        footnoteLabel: label,
        footnoteBackLabel: (reference: number, rereference: number) => `${backLabel} ${reference + 1}${rereference > 1 ? `-${rereference}` : ''}`,
      })
      // Raw HTML is parsed so that the sanitiser sees it as elements; see sanitize-schema.ts for what survives.
      .use(rehypeRaw)
      // Headings get the slug a link's `#…` names (the validator checks links against the same slugs), after the
      // document's id so that several documents on one page never share one; the sanitiser prefixes `innhold-`.
      .use(rehypeSlug)
      .use(prefixHeadingIds)
      .use(rehypeSanitize, sanitizeSchema)
      .use(settleImages)
      .use(linkFootnotes)
      // A `:::eksempel` passage passed the sanitiser under a placeholder class; now it gets its own (example-passage.ts).
      .use(namePassages)
      .freeze()
  );
});

/** The prefix remark-rehype gives footnote ids (its default `clobberPrefix`). */
const FOOTNOTE_PREFIX = 'user-content-';

/**
 * Footnote ids and the links to them agree after the sanitiser: it prefixes ids (`innhold-user-content-fn-1`) but not
 * the `#user-content-fn-1` that points there. Both become `innhold-<document id>-fn-1`, so that two documents on the
 * whole-document page never share a footnote id.
 */
function linkFootnotes() {
  return (tree: HastRoot, file: { data: Record<string, unknown> }) => {
    const prefix = file.data['headingIdPrefix'];
    const own = `innhold-${typeof prefix === 'string' && prefix !== '' ? `${prefix}-` : ''}`;
    const rename = (id: string) => (id.startsWith(`innhold-${FOOTNOTE_PREFIX}`) ? own + id.slice(`innhold-${FOOTNOTE_PREFIX}`.length) : id);
    visit(tree, 'element', (node) => {
      const { properties } = node;
      if (typeof properties['id'] === 'string') properties['id'] = rename(properties['id']);
      if (Array.isArray(properties['ariaDescribedBy'])) properties['ariaDescribedBy'] = properties['ariaDescribedBy'].map((id) => rename(String(id)));
      const href = properties['href'];
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith(`#${FOOTNOTE_PREFIX}`))
        properties['href'] = `#${own}${href.slice(FOOTNOTE_PREFIX.length + 1)}`;
    });
  };
}

/** Puts the document's own id before each heading's slug (`T-3-bakgrunn`). */
function prefixHeadingIds() {
  return (tree: HastRoot, file: { data: Record<string, unknown> }) => {
    const prefix = file.data['headingIdPrefix'];
    if (typeof prefix !== 'string' || prefix === '') return;
    visit(tree, 'element', (node) => {
      if (/^h[1-6]$/.test(node.tagName) && typeof node.properties['id'] === 'string') node.properties['id'] = `${prefix}-${node.properties['id']}`;
    });
  };
}

const headingIdPrefix = (path: string) => path.split('/').at(-1)!.replace(/\.md$/i, '');

/** The id a heading with slug `slug` gets in the body of the document at `path` (`tiltak/T-3.md` → `innhold-T-3-…`). */
export function headingId(path: string, slug: string): string {
  return `innhold-${headingIdPrefix(path)}-${slug}`;
}

/** A fragment link survives the sanitiser untouched, so it can stand in for a document link until it is resolved. */
export const PLACEHOLDER = `strategi-dokumentlenke-${randomUUID().slice(0, 8)}-`;
/** `#<placeholder><n>` as written into an `href`, with the number captured. */
export const placeholderHref = new RegExp(`^#${PLACEHOLDER}(\\d+)$`);

/**
 * Parses `markdown` with the project's one parser and sanitises it. Headings are shifted so that the body's
 * highest heading sits one level under `headingOffset` (a body whose sections are `##` under the page's h1 gets
 * h2, as does one written with `#`), so a page never skips a level; capped at h6. With `headingOffset` 0 nothing
 * moves; each document link becomes a numbered placeholder, its written title dropped because the
 * resolved document's title replaces it.
 */
export function sanitisedBody(markdown: string, headingOffset: number, fromPath = '', footnotes = DEFAULT_FOOTNOTE_LABELS): SanitisedBody {
  const parsed = parsedOnce(markdown);
  // The validator refuses a body this deep (file/too-complex); one that gets here anyway (an old version, a caller
  // that did not validate) is shown as its plain text rather than stopping the build in a recursive walk.
  if (nestingOf(parsed, limits.maxNestingDepth).depth > limits.maxNestingDepth) return { tree: plainTextTree(flatText(parsed)), targets: [], images: [] };
  // Everything below changes the tree (headings, links, images, passages), so it works on a copy of the shared one.
  const tree: MdastRoot = structuredClone(parsed);
  const targets: DocumentLinkTarget[] = [];
  let top = 6;
  visit(tree, 'heading', (node) => {
    top = Math.min(top, node.depth);
  });
  const shift = headingOffset ? headingOffset + 1 - top : 0;
  visit(tree, (node) => {
    if (node.type === 'heading' && shift) node.depth = Math.max(1, Math.min(6, node.depth + shift)) as typeof node.depth;
    if (node.type === 'link' || node.type === 'definition') {
      const link = classifyLink(node.url, fromPath);
      if (link.type !== 'document') return;
      const target = link.target;
      node.url = `#${PLACEHOLDER}${targets.length}`;
      node.title = null;
      targets.push(target);
    }
  });
  const images = markImages(tree, fromPath);
  markPassages(tree);
  const file = { data: { headingIdPrefix: fromPath ? headingIdPrefix(fromPath) : '' } };
  return { tree: toSanitisedHast(`${footnotes.label}\u0000${footnotes.backLabel}`).runSync(tree, file) as HastRoot, targets, images };
}

/**
 * Each body's parsed tree, by its text. A body is made into its page, the whole document, the open data's Markdown and
 * the feeds' plain text, and the Markdown tokenizer is the largest single cost of a build: it runs once per text, and
 * each form copies the tree (far cheaper than parsing again). Where the validator's trees are kept
 * (`keepParsedBodies`), a validated body is not parsed again at all. Read only: callers copy before they change it.
 */
const parsedOnce = boundedMemo(20_000, parsedBody);

/**
 * A body sanitised with no heading shift and no path, as the open data, the feeds and the diffs read it, made once per
 * text. Read only: the tree is shared by every caller.
 */
export const publicBody: (markdown: string) => SanitisedBody = boundedMemo(20_000, (markdown) => sanitisedBody(markdown, 0));

/** Text as paragraphs, one per line, with nothing in it to walk deeply. */
function plainTextTree(text: string): HastRoot {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return {
    type: 'root',
    children: lines.map((line) => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: line }] })),
  };
}

/** A map that forgets everything when it reaches `limit` entries, so that a huge corpus cannot grow it without end. */
export function boundedMemo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const value = compute(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}
