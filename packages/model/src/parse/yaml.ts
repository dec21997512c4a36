import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, parseDocument, visit } from 'yaml';
import type { Limits } from '../limits.ts';
import type { LineIndex, Range } from './lines.ts';
import { rangeOf } from './lines.ts';

export type YamlResult =
  | { ok: true; data: unknown; keys: Record<string, Range>; values: Record<string, Range> }
  | { ok: false; rule: 'frontmatter/yaml-syntax' | 'frontmatter/too-complex'; reason: string; range: Range };

/**
 * Parses frontmatter YAML (1.2 core schema, so dates stay strings) and records where every key and value is.
 * `offset` is where the YAML starts in the file, so that ranges point into the file, not the block.
 */
export function parseFrontmatterYaml(source: string, offset: number, index: LineIndex, limits: Limits): YamlResult {
  const at = (start: number, end: number) => rangeOf(index, offset + start, offset + end);
  // Deep flow nesting (`[[[[…`) is refused before parsing: whether the parser would run out of stack on it
  // depends on the thread it runs in, and the answer must not.
  const deepFlow = flowNestingBeyond(source, limits.maxYamlDepth);
  if (deepFlow !== undefined) {
    return {
      ok: false,
      rule: 'frontmatter/too-complex',
      reason: `verdiene er nøstet dypere enn ${limits.maxYamlDepth} nivåer`,
      range: at(deepFlow, deepFlow + 1),
    };
  }
  let document: Document;
  try {
    document = parseDocument(source, { uniqueKeys: true, prettyErrors: false, strict: true, keepSourceTokens: false });
  } catch (error) {
    return { ok: false, rule: 'frontmatter/too-complex', reason: describeCrash(error), range: at(0, 0) };
  }
  const firstError = document.errors[0];
  if (firstError && /call stack/i.test(firstError.message)) {
    // Where the parser ran out of stack depends on the thread's stack size (a worker has more than the main
    // thread); the top-level value that holds the place does not, so the problem is put there.
    const [start, end] = topLevelValueAround(document, firstError.pos[0]) ?? firstError.pos;
    return { ok: false, rule: 'frontmatter/too-complex', reason: `verdiene er nøstet dypere enn ${limits.maxYamlDepth} nivåer`, range: at(start, end) };
  }
  if (firstError) {
    // An unclosed quote is noticed where the frontmatter ends; point at the quote that was opened instead.
    const opened = firstError.code === 'MISSING_CHAR' && /quote/.test(firstError.message) ? unclosedQuoteAt(document, firstError.pos[0]) : undefined;
    if (opened !== undefined) {
      return { ok: false, rule: 'frontmatter/yaml-syntax', reason: 'et anførselstegn åpnes, men lukkes aldri.', range: at(opened, opened + 1) };
    }
    return {
      ok: false,
      rule: 'frontmatter/yaml-syntax',
      reason: translateYamlError(firstError.code, firstError.message),
      range: at(firstError.pos[0], firstError.pos[1]),
    };
  }
  const keys: Record<string, Range> = {};
  const values: Record<string, Range> = {};
  const depthProblem = collectPositions(document.contents as Node | null, [], keys, values, at, limits.maxYamlDepth);
  if (depthProblem) return { ok: false, rule: 'frontmatter/too-complex', reason: depthProblem.reason, range: depthProblem.range };
  try {
    const data = document.toJS({ maxAliasCount: limits.maxAliasCount });
    return { ok: true, data, keys, values };
  } catch (error) {
    return { ok: false, rule: 'frontmatter/too-complex', reason: describeCrash(error), range: at(0, 0) };
  }
}

type At = (start: number, end: number) => Range;

function collectPositions(
  node: Node | null,
  path: string[],
  keys: Record<string, Range>,
  values: Record<string, Range>,
  at: At,
  depthLeft: number,
): { reason: string; range: Range } | undefined {
  if (!node) return undefined;
  const key = path.join('.');
  if (node.range) values[key] = at(node.range[0], node.range[1]);
  if (depthLeft < 0 && (isMap(node) || isSeq(node))) {
    return { reason: `verdiene er nøstet dypere enn ${path.length - 1} nivåer`, range: values[key]! };
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const childPath = [...path, name];
      const keyNode = pair.key as Node | null;
      if (keyNode?.range) keys[childPath.join('.')] = at(keyNode.range[0], keyNode.range[1]);
      const problem = collectPositions(pair.value as Node | null, childPath, keys, values, at, depthLeft - 1);
      if (problem) return problem;
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const problem = collectPositions(item as Node | null, [...path, String(i)], keys, values, at, depthLeft - 1);
      if (problem) return problem;
    }
  } else if (isAlias(node)) {
    // An alias points elsewhere; its own range is enough.
  }
  return undefined;
}

/** The range of the top-level value (or the whole contents) that holds `offset`. */
function topLevelValueAround(document: Document, offset: number): [number, number] | undefined {
  const contents = document.contents as Node | null;
  if (isMap(contents) || isSeq(contents)) {
    for (const item of contents.items) {
      const value = (isPair(item) ? item.value : item) as Node | null;
      if (value?.range && value.range[0] <= offset && offset <= value.range[1]) return [value.range[0], value.range[1]];
    }
  }
  return contents?.range ? [contents.range[0], contents.range[1]] : undefined;
}

/** Start of the quoted scalar that runs up to `end` without its closing quote, if there is one. */
function unclosedQuoteAt(document: Document, end: number): number | undefined {
  let start: number | undefined;
  visit(document, {
    Scalar(_key, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range?.[1] === end) {
        start = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return start;
}

function describeCrash(error: unknown): string {
  if (error instanceof RangeError) return 'verdiene er nøstet for dypt';
  const message = error instanceof Error ? error.message : String(error);
  if (/alias/i.test(message)) return 'for mange YAML-aliaser («*»); det ser ut som et forsøk på å blåse opp innholdet';
  return message;
}

const yamlErrorText: Record<string, string> = {
  DUPLICATE_KEY: 'et felt står to ganger',
  BAD_INDENT: 'feil innrykk',
  MISSING_CHAR: 'et tegn mangler (ofte et avsluttende anførselstegn eller klammeparentes)',
  MULTILINE_IMPLICIT_KEY: 'et feltnavn går over flere linjer (mangler det et kolon?)',
  BLOCK_AS_IMPLICIT_KEY: 'en liste eller tekstblokk brukes som feltnavn',
  UNEXPECTED_TOKEN: 'uventet tegn',
  TAB_AS_INDENT: 'tabulator brukt som innrykk; bruk mellomrom',
  BAD_SCALAR_START: 'verdien begynner med et tegn som må stå i anførselstegn',
  MISSING_KEY: 'et felt mangler navn',
  UNEXPECTED_FLOW_KEY: 'uventet tegn i en liste eller et objekt',
};

function translateYamlError(code: string, message: string): string {
  const known = yamlErrorText[code];
  const firstLine = message.split('\n')[0] ?? message;
  return known ? `${known}.` : `${firstLine.replace(/ at line \d+, column \d+:?$/, '')}.`;
}

/**
 * The offset of the outermost bracket of a flow collection (`[…]`, `{…}`) nested deeper than `limit`, or
 * undefined. Brackets in quoted strings and comments do not count.
 */
export function flowNestingBeyond(source: string, limit: number): number | undefined {
  let depth = 0;
  let outermost = 0;
  let quote: string | undefined;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quote) {
      if (char === quote && !(quote === '"' && source[i - 1] === '\\')) quote = undefined;
      continue;
    }
    if ((char === '"' || char === "'") && /[\s[{,:]/.test(source[i - 1] ?? ' ')) quote = char;
    else if (char === '#' && /\s/.test(source[i - 1] ?? ' ')) {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (char === '[' || char === '{') {
      if (depth === 0) outermost = i;
      depth++;
      if (depth > limit) return outermost;
    } else if ((char === ']' || char === '}') && depth > 0) depth--;
  }
  return undefined;
}
