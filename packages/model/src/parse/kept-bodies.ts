import type { Root } from 'mdast';
import { parseMarkdown } from './markdown.ts';
import { isUnparsed } from './nesting.ts';

/**
 * Bodies parsed by the validator, kept by text for the renderer in the same process. A site build validates every
 * file and then renders each body, and the Markdown tokenizer is its largest single cost: with the trees kept, a body
 * is tokenised once per build instead of twice. Off until `keepParsedBodies()` is called, so that `strategi validate`
 * holds no tree after it has read a file.
 *
 * The store is on globalThis, not in this module, because the site loads the model twice in one process: once for its
 * configuration (Vite's module runner), where the content is read and validated, and once for its pages (Node's own
 * loader), where the bodies are rendered. Each copy of this module finds the same store.
 */
const KEPT = Symbol.for('strategi.model.keptBodies');
const shared = globalThis as { [KEPT]?: Map<string, Root> };

/** At most this many trees are kept; past it the store starts again (as the renderer's own memos do). */
const LIMIT = 20_000;

/** From now on, every body parsed through `parsedBody` in this process is kept for the next reader of the same text. */
export function keepParsedBodies(): void {
  shared[KEPT] ??= new Map();
}

/**
 * The tree `parseMarkdown(text)` gives, parsed once per text while bodies are kept. Read only: the validator walks it
 * and the renderer copies it before it changes anything. A text too deep or too crowded to parse is not kept: its
 * stand-in tree is known as one only to the copy of the model that made it (nesting.ts).
 */
export function parsedBody(text: string): Root {
  const store = shared[KEPT];
  const kept = store?.get(text);
  if (kept) return kept;
  const tree = parseMarkdown(text);
  if (store && !isUnparsed(tree)) {
    if (store.size >= LIMIT) store.clear();
    store.set(text, tree);
  }
  return tree;
}
