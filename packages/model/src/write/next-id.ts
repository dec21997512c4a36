import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { type DocumentKind, documentKinds } from '@strategi/schema';
import type { Corpus } from '../types.ts';

/**
 * The next ids of a numbered kind (`T-13`, `T-14`, …): counting on from the highest number the kind has ever used —
 * in the working draft, in every released version, in former ids (aliases), and in the names of files whose
 * frontmatter is broken (they have no id in the graph) — so an id is never given twice. The arithmetic is on whole
 * numbers (BigInt), never floating point. Undefined when the kind has no numbered ids, or has run out of numbers
 * its id pattern allows.
 */
export async function allocateIds(kind: DocumentKind, corpus: Corpus, count = 1): Promise<string[] | undefined> {
  const { idPrefix: prefix, idPattern, folder } = documentKinds[kind];
  if (prefix === undefined) return undefined;
  const used: string[] = [];
  for (const edition of [corpus.working, ...corpus.versions]) {
    for (const doc of edition.index.byKind[kind]) used.push(doc.id, ...doc.data.aliases);
    const names = await readdir(path.join(edition.root, folder)).catch(() => [] as string[]);
    used.push(...names.map((name) => name.replace(/\.md$/i, '')));
  }
  let highest = 0n;
  for (const id of used) {
    const digits = id.startsWith(prefix) ? id.slice(prefix.length) : '';
    if (/^\d+$/.test(digits) && BigInt(digits) > highest) highest = BigInt(digits);
  }
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${highest + BigInt(i) + 1n}`);
  return ids.every((id) => idPattern.test(id)) ? ids : undefined;
}

/** The next id of a numbered kind; see `allocateIds`. */
export async function nextId(kind: DocumentKind, corpus: Corpus): Promise<string | undefined> {
  return (await allocateIds(kind, corpus, 1))?.[0];
}
