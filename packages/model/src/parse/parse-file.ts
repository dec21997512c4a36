import { createProblem, type Problem } from '@strategi/problems';
import { fieldLabels } from '@strategi/schema';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Limits } from '../limits.ts';
import { fieldPhrase } from '../validate/field-path.ts';
import { fieldInBody, splitFrontmatter } from './frontmatter.ts';
import { parsedBody } from './kept-bodies.ts';
import { LineIndex, type Range, rangeOf } from './lines.ts';
import { containerDirectives } from './markdown.ts';
import { tooManyMarkers } from './markers.ts';
import { nestingOf, rawNestingOf } from './nesting.ts';
import { type TextStats, textStats } from './text-stats.ts';
import { parseFrontmatterYaml } from './yaml.ts';

/** A link in the body, with its place. */
export interface BodyLink extends Range {
  url: string;
}

/** An image in the body (`![alt](bilder/figur.png)`), with its place. */
export interface BodyImage extends Range {
  url: string;
  alt: string;
}

/**
 * A `:::name` block of the body (a passage marked `:::eksempel`, or a misspelt or unknown block), at its opening
 * line; for the checks of the blocks.
 */
export interface BodyBlock extends Range {
  name: string;
  /** False when no `:::` line closes it: it runs to the end of the text. */
  closed: boolean;
  /** True when nothing stands between its fences (a `[label]` on the opening line is not content). */
  empty: boolean;
  /** What its opening line has after the name, which a block does not use: a `[label]`, `{attributes}`. */
  extras: { label: string | undefined; attributes: string[] };
}

/** What one file's text yields, independent of where the file lives (so it can be cached by content hash). */
export interface ParsedFile {
  /** The frontmatter as plain data; undefined when it is missing or broken. */
  data: unknown;
  /** Where each frontmatter key is, by dotted path (`goals.0`). */
  keys: Record<string, Range>;
  /** Where each frontmatter value is, by dotted path; `''` is the whole block's contents. */
  values: Record<string, Range>;
  /** The Markdown after the frontmatter. */
  body: string;
  /** The line the body starts on. */
  bodyLine: number;
  links: BodyLink[];
  /** The body's images; absent where the body was not walked (too deep, or not parsed). */
  images?: BodyImage[];
  /** The GitHub-style slugs of the body's headings, in order (what `#…` in a link to the document names). */
  headings?: string[];
  /** The body's `:::name` blocks, outermost first. */
  blocks?: BodyBlock[];
  stats: TextStats;
  /** Problems found while parsing, without a file name (added by the caller). */
  problems: Omit<Problem, 'file'>[];
}

const NO_STATS: TextStats = { words: 0, sentences: 0, longWords: 0 };

/** Every field name of every kind: a `name: value` line that starts a body with one of them escaped the frontmatter. */
const FIELD_NAMES: ReadonlySet<string> = new Set(Object.keys(fieldLabels));

/**
 * Parses a document's text once: frontmatter with positions, body links, and text counts. The frontmatter is
 * only what stands between two lines of exactly `---` (see frontmatter.ts); the body is parsed on its own, and
 * its places are counted from the line it starts on.
 */
export function parseFile(source: string, limits: Limits): ParsedFile {
  // A lone CR ends a line for remark and YAML as for LF; as LF it ends one for our line index too. Same length,
  // so every offset stays where it was.
  const text = source.replace(/\r(?!\n)/g, '\n');
  const index = new LineIndex(text);
  const problems: Omit<Problem, 'file'>[] = [];
  const problem = (...args: Parameters<typeof createProblem>) => {
    const { file: _file, ...rest } = createProblem(...args);
    problems.push(rest);
  };
  const result: ParsedFile = { data: undefined, keys: {}, values: {}, body: text, bodyLine: 1, links: [], stats: NO_STATS, problems };
  const split = splitFrontmatter(text);
  for (const near of split.nearFences) {
    problem('frontmatter/near-fence', { value: near.shown, reason: near.reason }, '', rangeOf(index, near.offset, near.end));
  }
  if (split.kind === 'closed') {
    result.body = text.slice(split.bodyStart);
    result.bodyLine = split.closeLine + 1;
    // With a near-fence inside, what the frontmatter holds is unclear: nothing of it is used.
    if (split.nearFences.length === 0) readFrontmatter(text.slice(split.yamlStart, split.yamlEnd), split.yamlStart, result, index, limits, problem);
    const escaped = fieldInBody(text, split.bodyStart, FIELD_NAMES);
    if (escaped) problem('frontmatter/field-in-body', { key: escaped.key }, '', rangeOf(index, escaped.offset, escaped.offset + escaped.key.length + 1));
  } else if (split.nearFences.length === 0) {
    if (split.kind === 'unclosed') {
      problem(
        'frontmatter/yaml-syntax',
        { reason: 'frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.' },
        '',
        rangeOf(index, 0, 3),
      );
    } else problem('frontmatter/missing', {}, '');
  }
  // A body already found too deep in its raw text is reported as that alone (below), as markdown.ts checks it first.
  const tooDeep = rawNestingOf(result.body, limits.maxNestingDepth).depth > limits.maxNestingDepth;
  const crowded = tooDeep ? undefined : tooManyMarkers(result.body, limits.maxMarkersPerParagraph, limits.maxMarkersPerBody);
  if (crowded) {
    const { markers, limit, paragraph, line, column } = crowded;
    problem('file/too-many-markers', { count: markers, limit, paragraph }, '', { line: line + result.bodyLine - 1, column });
  }
  let tree: Root;
  try {
    tree = parsedBody(result.body);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problem('file/too-complex', { limit: limits.maxNestingDepth }, '');
    return { data: undefined, keys: {}, values: {}, body: '', bodyLine: 1, links: [], stats: NO_STATS, problems };
  }
  const shift = result.bodyLine - 1;
  // Too deep a tree is reported where it goes past the limit, and not walked further: the walks below recurse.
  const nesting = nestingOf(tree, limits.maxNestingDepth);
  if (nesting.depth > limits.maxNestingDepth) {
    const at = nesting.over ? { line: nesting.over.line + shift, column: nesting.over.column } : undefined;
    problem('file/too-complex', { limit: limits.maxNestingDepth }, '', at);
    return result;
  }
  const slugger = new GithubSlugger();
  result.headings = [];
  result.images = [];
  visit(tree, (node) => {
    if (node.type === 'heading') result.headings!.push(slugger.slug(mdastToString(node)));
    if (node.type === 'html' && node.position) {
      for (const found of emptyComments(node.value, node.position.start)) {
        problem('file/empty-html-comment', { found: found.text }, '', { line: found.line + shift, column: found.column });
      }
    }
    if ((node.type === 'link' || node.type === 'definition') && node.position) {
      const { start, end } = node.position;
      result.links.push({ url: node.url, line: start.line + shift, column: start.column, endLine: end.line + shift, endColumn: end.column });
    }
    if (node.type === 'image' && node.position) {
      const { start, end } = node.position;
      result.images!.push({
        url: node.url,
        alt: node.alt ?? '',
        line: start.line + shift,
        column: start.column,
        endLine: end.line + shift,
        endColumn: end.column,
      });
    }
  });
  result.blocks = containerDirectives(result.body).map((node) => {
    const opening = node.data?.position?.opening ?? node.position!;
    // The generic syntax reads `:::name[label]{key=value}`; the label comes as the first child, marked as one.
    const first = node.children[0];
    const label = first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
    return {
      name: node.name,
      closed: node.data?.position?.closing !== undefined,
      empty: node.children.length === (label ? 1 : 0),
      extras: { label: label ? mdastToString(label) : undefined, attributes: Object.keys(node.attributes ?? {}) },
      line: opening.start.line + shift,
      column: opening.start.column,
      endLine: opening.end.line + shift,
      endColumn: opening.end.column,
    };
  });
  result.stats = textStats(tree);
  return result;
}

/**
 * `<!-->` and `<!--->`: by the HTML standard each is a whole comment, so the text an author meant to comment out
 * after it is published. Places are counted within the raw HTML, from where it starts.
 */
function emptyComments(html: string, start: { line: number; column: number }): { text: string; line: number; column: number }[] {
  return [...html.matchAll(/<!---?>/g)].map((match) => {
    const before = html.slice(0, match.index);
    const lines = before.split('\n');
    const line = start.line + lines.length - 1;
    const column = lines.length === 1 ? start.column + before.length : lines.at(-1)!.length + 1;
    return { text: match[0], line, column };
  });
}

/** Parses the YAML between the fences into `result`, or adds the problem that stops it. */
function readFrontmatter(
  source: string,
  start: number,
  result: ParsedFile,
  index: LineIndex,
  limits: Limits,
  problem: (...args: Parameters<typeof createProblem>) => void,
): void {
  if (source.trim() === '') {
    problem('frontmatter/empty', {}, '', rangeOf(index, 0, 0));
    return;
  }
  const yaml = parseFrontmatterYaml(source, start, index, limits);
  if (!yaml.ok) {
    problem(yaml.rule, { reason: yaml.reason }, '', yaml.range);
    return;
  }
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    problem(
      'frontmatter/not-a-mapping',
      { found: Array.isArray(yaml.data) ? 'en liste' : 'én enkelt verdi' },
      '',
      yaml.values[''] ?? rangeOf(index, start, start),
    );
    return;
  }
  for (const finding of yaml.bidi)
    problem('frontmatter/bidi-control', { field: fieldPhrase(finding.path), found: finding.found.join(', ') }, '', finding.range);
  result.data = yaml.data;
  result.keys = yaml.keys;
  result.values = yaml.values;
}
