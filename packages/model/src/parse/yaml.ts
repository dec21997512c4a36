import { type Alias, CST, type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, Parser, parseDocument, visit } from 'yaml';
import type { Limits } from '../limits.ts';
import { bidiControlsIn, showInvisible, stripBidiControls } from './invisible.ts';
import type { LineIndex, Range } from './lines.ts';
import { rangeOf } from './lines.ts';
import { describeYamlError } from './yaml-messages.ts';

/** A text value or field name that held bidirectional controls, which were taken out. */
interface BidiFinding {
  path: (string | number)[];
  range: Range;
  /** The controls found, as `U+202E`. */
  found: string[];
}

export type YamlResult =
  | { ok: true; data: unknown; keys: Record<string, Range>; values: Record<string, Range>; bidi: BidiFinding[] }
  | { ok: false; rule: 'frontmatter/yaml-syntax' | 'frontmatter/too-complex'; reason: string; range: Range };

/**
 * Parses frontmatter YAML (1.2 core schema, so dates stay strings) and records where every key and value is.
 * `offset` is where the YAML starts in the file, so that ranges point into the file, not the block.
 * Bidirectional controls are taken out of every field name and text value, and each place that had one is
 * returned in `bidi`; the keys of `keys` and `values` are the cleaned names.
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
    // An unclosed bracket or quote is noticed lines later, where the parser gives up; point at where it opened.
    const opener = unclosedOpener(source);
    if (opener) return { ok: false, rule: 'frontmatter/yaml-syntax', reason: opener.reason, range: at(opener.offset, opener.offset + 1) };
    return { ok: false, rule: 'frontmatter/yaml-syntax', reason: describeYamlError(firstError, source), range: at(firstError.pos[0], firstError.pos[1]) };
  }
  const alias = unresolvedAlias(document);
  if (alias) {
    const name = showInvisible(alias.source, 40);
    return {
      ok: false,
      rule: 'frontmatter/yaml-syntax',
      reason: `«*${name}» er et YAML-alias, men ingen verdi foran det er merket med ankeret «&${name}». Tekst som begynner med «*», må stå i anførselstegn.`,
      range: at(alias.range![0], alias.range![1]),
    };
  }
  const found: Found = { keys: {}, values: {}, bidi: [] };
  const problem = collectPositions(document.contents as Node | null, [], found, at, limits.maxYamlDepth);
  if (problem) return { ok: false, rule: problem.rule, reason: problem.reason, range: problem.range };
  try {
    const data = document.toJS({ maxAliasCount: limits.maxAliasCount });
    return { ok: true, data: found.bidi.length > 0 ? withoutBidiControls(data) : data, keys: found.keys, values: found.values, bidi: found.bidi };
  } catch (error) {
    return { ok: false, rule: 'frontmatter/too-complex', reason: describeCrash(error), range: at(0, 0) };
  }
}

type At = (start: number, end: number) => Range;

interface Found {
  keys: Record<string, Range>;
  values: Record<string, Range>;
  bidi: BidiFinding[];
}

function collectPositions(
  node: Node | null,
  path: (string | number)[],
  found: Found,
  at: At,
  depthLeft: number,
): { rule: 'frontmatter/yaml-syntax' | 'frontmatter/too-complex'; reason: string; range: Range } | undefined {
  if (!node) return undefined;
  const key = path.join('.');
  if (node.range) found.values[key] = at(node.range[0], node.range[1]);
  if (depthLeft < 0 && (isMap(node) || isSeq(node))) {
    return { rule: 'frontmatter/too-complex', reason: `verdiene er nøstet dypere enn ${path.length - 1} nivåer`, range: found.values[key]! };
  }
  if (isScalar(node) && typeof node.value === 'string' && node.range) {
    const controls = bidiControlsIn(node.value);
    if (controls.length > 0) found.bidi.push({ path, range: found.values[key]!, found: controls });
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      if (keyNode && !isScalar(keyNode)) {
        // `? [a]` or `*alias: 1`: a field name must be text, and JavaScript would quietly turn the list into «[ a ]».
        return {
          rule: 'frontmatter/yaml-syntax',
          reason: 'et feltnavn er en liste, et sett med felt eller et alias. Et feltnavn skal være tekst.',
          range: at(keyNode.range?.[0] ?? 0, keyNode.range?.[1] ?? 0),
        };
      }
      const raw = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const name = stripBidiControls(raw);
      const childPath = [...path, name];
      if (keyNode?.range) {
        found.keys[childPath.join('.')] = at(keyNode.range[0], keyNode.range[1]);
        const controls = bidiControlsIn(raw);
        if (controls.length > 0) found.bidi.push({ path: childPath, range: found.keys[childPath.join('.')]!, found: controls });
      }
      const problem = collectPositions(pair.value as Node | null, childPath, found, at, depthLeft - 1);
      if (problem) return problem;
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const problem = collectPositions(item as Node | null, [...path, i], found, at, depthLeft - 1);
      if (problem) return problem;
    }
  } else if (isAlias(node)) {
    // An alias points elsewhere; its own range is enough.
  }
  return undefined;
}

/** `data` with bidirectional controls taken out of every text and field name. */
export function withoutBidiControls(data: unknown): unknown {
  if (typeof data === 'string') return stripBidiControls(data);
  if (Array.isArray(data)) return data.map(withoutBidiControls);
  if (data && typeof data === 'object') {
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [stripBidiControls(key), withoutBidiControls(value)]));
  }
  return data;
}

/** The first alias (`*x`) with no anchor (`&x`) before it. */
function unresolvedAlias(document: Document): Alias | undefined {
  const anchors = new Set<string>();
  let unresolved: Alias | undefined;
  visit(document, (_key, node) => {
    if (isAlias(node)) {
      if (!anchors.has(node.source)) {
        unresolved = node;
        return visit.BREAK;
      }
    } else if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) anchors.add(node.anchor);
    return undefined;
  });
  return unresolved;
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

/**
 * Where a bracket or quote was opened and never closed, read from the parser's token tree (so brackets inside block
 * text and comments do not count). An unclosed quote comes first, as it swallows every closing bracket after it;
 * then a bracket closed by the wrong one (`[` closed by `}`: the `[` was forgotten); then the first bracket that
 * runs to the end.
 */
function unclosedOpener(source: string): { offset: number; reason: string } | undefined {
  const quotes: number[] = [];
  const mismatched: { offset: number; open: string }[] = [];
  const open: { offset: number; open: string }[] = [];
  const look = (token: CST.Token | undefined) => {
    if (!token) return;
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      if (!isClosedQuote(token.source)) quotes.push(token.offset);
    } else if (token.type === 'flow-collection') {
      const closer = token.start.source === '[' ? ']' : '}';
      if (!token.end.some((end) => end.source === closer)) {
        const wrong = token.end.some((end) => end.source === ']' || end.source === '}');
        (wrong ? mismatched : open).push({ offset: token.offset, open: token.start.source });
      }
    }
  };
  for (const token of new Parser().parse(source)) {
    if (token.type !== 'document') continue;
    look(token.value);
    CST.visit(token, (item) => {
      look(item.key ?? undefined);
      look(item.value ?? undefined);
    });
  }
  const first = <T extends { offset: number }>(list: T[]) => list.sort((a, b) => a.offset - b.offset)[0];
  const quote = quotes.sort((a, b) => a - b)[0];
  if (quote !== undefined) return { offset: quote, reason: 'et anførselstegn åpnes, men lukkes aldri.' };
  const bracket = first(mismatched) ?? first(open);
  if (!bracket) return undefined;
  return {
    offset: bracket.offset,
    reason: bracket.open === '[' ? 'en liste åpnes med «[», men lukkes aldri med «]».' : 'et sett med felt åpnes med «{», men lukkes aldri med «}».',
  };
}

/** True when a quoted scalar's source ends with the quote that opened it (and not with an escaped one). */
function isClosedQuote(text: string): boolean {
  const quote = text[0];
  for (let i = 1; i < text.length; i++) {
    const char = text[i];
    if (quote === '"' && char === '\\') i++;
    else if (char === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i === text.length - 1;
    }
  }
  return false;
}

function describeCrash(error: unknown): string {
  if (error instanceof RangeError) return 'verdiene er nøstet for dypt';
  const message = error instanceof Error ? error.message : String(error);
  if (/alias count|resource exhaustion/i.test(message)) return 'for mange YAML-aliaser («*»); det ser ut som et forsøk på å blåse opp innholdet';
  return 'teksten kan ikke leses som YAML';
}

/**
 * The offset of the outermost bracket of a flow collection (`[…]`, `{…}`) nested deeper than `limit`, or
 * undefined. Brackets in quoted strings and comments do not count.
 */
function flowNestingBeyond(source: string, limit: number): number | undefined {
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
