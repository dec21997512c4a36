import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';

/** A step down into a document: a key of a map or an index in a list. */
export type ValuePath = (string | number)[];

/**
 * Which value of a document an import wrote holds `line`: the keys and indexes down to it (`['summary']`,
 * `['entries', 2, 'note']`), `['body']` below the frontmatter, or undefined on a fence or between values. It lets a
 * problem the whole-draft check finds in a planned file be put at the spreadsheet cell the value came from. The text
 * is the frontmatter writer's own, so its YAML parses.
 */
export function valueAtLine(text: string, line: number): ValuePath | undefined {
  const offset = lineStart(text, line);
  if (offset === undefined || !text.startsWith('---\n')) return undefined;
  const close = text.indexOf('\n---\n', 3);
  if (close === -1) return undefined;
  if (offset > close + 4) return ['body'];
  const document = parseDocument(text.slice(4, close + 1));
  return descend(document.contents as Node | null, offset - 4, []);
}

function descend(node: Node | null, offset: number, path: ValuePath): ValuePath | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key : undefined;
      const value = pair.value as Node | null;
      const start = key?.range?.[0];
      const end = value?.range?.[2] ?? key?.range?.[2];
      if (start !== undefined && end !== undefined && offset >= start && offset < end) return descend(value, offset, [...path, String(key!.value)]);
    }
    return path.length > 0 ? path : undefined;
  }
  if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const range = (item as Node).range;
      if (range && offset >= range[0] && offset < range[2]) return descend(item as Node, offset, [...path, index]);
    }
    return path;
  }
  return path.length > 0 ? path : undefined;
}

/** Where the text of `line` begins, past its indentation and a list item's «- ». */
function lineStart(text: string, line: number): number | undefined {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return undefined;
    offset = next + 1;
  }
  const end = text.indexOf('\n', offset);
  return offset + (/^ *(?:- +)*/.exec(text.slice(offset, end === -1 ? undefined : end))?.[0].length ?? 0);
}
