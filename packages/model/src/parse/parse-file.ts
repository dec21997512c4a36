import { createProblem, type Problem } from '@strategi/problems';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Limits } from '../limits.ts';
import { LineIndex, type Range, rangeOf } from './lines.ts';
import { parseMarkdown } from './markdown.ts';
import { type TextStats, textStats } from './text-stats.ts';
import { parseFrontmatterYaml } from './yaml.ts';

/** A link in the body, with its place. */
export interface BodyLink extends Range {
  url: string;
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
  /** The GitHub-style slugs of the body's headings, in order (what `#…` in a link to the document names). */
  headings?: string[];
  stats: TextStats;
  /** Problems found while parsing, without a file name (added by the caller). */
  problems: Omit<Problem, 'file'>[];
}

const NO_STATS: TextStats = { words: 0, sentences: 0, longWords: 0 };

/** Parses a document's text once: frontmatter with positions, body links, and text counts. */
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
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problem('file/too-complex', {}, '');
    return { data: undefined, keys: {}, values: {}, body: '', bodyLine: 1, links: [], stats: NO_STATS, problems };
  }
  const first = tree.children[0];
  const result: ParsedFile = { data: undefined, keys: {}, values: {}, body: text, bodyLine: 1, links: [], stats: NO_STATS, problems };
  if (first?.type === 'yaml' && first.position?.start.offset !== undefined && first.position.end.offset !== undefined) {
    const blockStart = first.position.start.offset;
    const blockEnd = first.position.end.offset;
    const contentStart = text.indexOf('\n', blockStart) + 1;
    const contentEnd = Math.max(contentStart, text.lastIndexOf('\n', blockEnd - 1) + 1);
    const source = text.slice(contentStart, contentEnd);
    const bodyStart = text.indexOf('\n', blockEnd);
    result.body = bodyStart === -1 ? '' : text.slice(bodyStart + 1);
    result.bodyLine = (first.position.end.line ?? 1) + 1;
    if (source.trim() === '') {
      problem('frontmatter/empty', {}, '', rangeOf(index, blockStart, blockStart));
    } else {
      const yaml = parseFrontmatterYaml(source, contentStart, index, limits);
      if (!yaml.ok) problem(yaml.rule, { reason: yaml.reason }, '', yaml.range);
      else if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
        problem(
          'frontmatter/not-a-mapping',
          { found: Array.isArray(yaml.data) ? 'en liste' : 'én enkelt verdi' },
          '',
          yaml.values[''] ?? rangeOf(index, contentStart, contentStart),
        );
      } else {
        result.data = yaml.data;
        result.keys = yaml.keys;
        result.values = yaml.values;
      }
    }
    tree.children.shift();
  } else if (/^---[ \t]*\r?\n/.test(text)) {
    problem('frontmatter/yaml-syntax', { reason: 'frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.' }, '', rangeOf(index, 0, 3));
  } else {
    problem('frontmatter/missing', {}, '');
  }
  const slugger = new GithubSlugger();
  result.headings = [];
  visit(tree, (node) => {
    if (node.type === 'heading') result.headings!.push(slugger.slug(mdastToString(node)));
    if ((node.type === 'link' || node.type === 'definition') && node.position) {
      const { start, end } = node.position;
      result.links.push({ url: node.url, line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
    }
  });
  result.stats = textStats(tree);
  return result;
}
