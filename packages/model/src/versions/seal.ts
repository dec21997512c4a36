import { createHash } from 'node:crypto';
import { limits } from '../limits.ts';
import { parseFile } from '../parse/parse-file.ts';
import { documentText } from '../write/frontmatter.ts';

/** JSON with every object's keys sorted, so that the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/**
 * The seal of a version description: a hash of its frontmatter (without the seal) and its body. The commands that
 * write `versjon.md` (release, version status) write it; a change by hand — a status moved from draft to adopted, a
 * date or a label changed — no longer matches, and the validator says so. Formatting (spacing, key order, quotes)
 * does not count: the data does.
 */
export function sealOf(frontmatter: Record<string, unknown>, body: string): string {
  const { seal: _seal, ...data } = frontmatter;
  const text = `${canonicalJson(data)}\n${body.replace(/\r\n?/g, '\n').trim()}`;
  return `sha256-${createHash('sha256').update(text).digest('hex')}`;
}

/**
 * The text of a sealed version description: the seal is made from the data and body as the reader reads them
 * back from the written text, not from what was handed to the writer, so that no difference in between (a character
 * the reader drops, a value YAML reads differently) can make a fresh release fail its own seal.
 */
export function sealedDocumentText(frontmatter: Record<string, unknown>, body: string): string {
  const back = parseFile(documentText(frontmatter, body), limits);
  return documentText({ ...frontmatter, seal: sealOf(back.data as Record<string, unknown>, back.body) }, body);
}
