import { diffArrays, diffWords } from 'diff';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import { PASSAGE_CLASS } from '../render/example-passage.ts';
import { boundedMemo, sanitisedBody } from '../render/sanitised-tree.ts';
import type { ProsePart } from './index.ts';

/** What a block of text is on the page: a paragraph, a heading, a list item, a table row, a quote, a code block. */
export type BlockKind = 'paragraph' | 'heading' | 'item' | 'row' | 'quote' | 'code';

/**
 * One block of a body that was added, removed or changed between two versions, as readers see it: rendered text,
 * links as their text, never Markdown. A changed block holds its word changes; unchanged blocks are not listed.
 */
export type ParagraphChange =
  | { type: 'added'; kind: BlockKind; text: string }
  | { type: 'removed'; kind: BlockKind; text: string }
  | { type: 'changed'; kind: BlockKind; words: ProsePart[] }
  /** The same words, now inside a passage marked `:::eksempel` (`example: true`) or taken out of one. */
  | { type: 'marked'; kind: BlockKind; text: string; example: boolean };

interface Block {
  kind: BlockKind;
  text: string;
  /** Inside a passage marked `:::eksempel`. */
  example?: boolean;
}

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A passage marked `:::eksempel`, as the sanitised tree has it. */
const isPassage = (node: Element) => {
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes(PASSAGE_CLASS);
};

/**
 * The blocks of a body in reading order; a list gives one block per item, a table one per row. Kept per text: the
 * same body stands on one side of many diffs (every change page that compares a new version with an older one).
 */
export const blocksOf: (markdown: string) => Block[] = boundedMemo(20_000, (markdown) => blocksOfText(markdown));

function blocksOfText(markdown: string): Block[] {
  const { tree } = sanitisedBody(markdown, 0);
  const blocks: Block[] = [];
  const text = (node: ElementContent | HastRoot) =>
    toText(node as Element)
      .replace(/\s+/g, ' ')
      .trim();
  const walk = (nodes: readonly ElementContent[], example = false) => {
    const push = (block: Block) => blocks.push(example ? { ...block, example } : block);
    for (const node of nodes) {
      if (node.type !== 'element') {
        if (node.type === 'text' && node.value.trim()) push({ kind: 'paragraph', text: text(node) });
        continue;
      }
      const tag = node.tagName;
      if (tag === 'div' && isPassage(node)) walk(node.children, true);
      else if (tag === 'ul' || tag === 'ol' || tag === 'table' || tag === 'thead' || tag === 'tbody' || tag === 'div' || tag === 'section')
        walk(node.children, example);
      else if (tag === 'li') {
        // A nested list's items are blocks of their own, after the item's own text.
        const own = node.children.filter((child) => !(child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')));
        const ownText = own
          .map((child) => text(child))
          .join(' ')
          .trim();
        if (ownText) push({ kind: 'item', text: ownText });
        walk(
          node.children.filter((child) => child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')),
          example,
        );
      } else if (tag === 'tr')
        push({
          kind: 'row',
          text: node.children
            .map((cell) => text(cell))
            .filter(Boolean)
            .join(' | '),
        });
      else if (tag === 'blockquote') push({ kind: 'quote', text: text(node) });
      else if (tag === 'pre') push({ kind: 'code', text: toText(node).trimEnd() });
      else if (headings.has(tag)) push({ kind: 'heading', text: text(node) });
      else {
        const value = text(node);
        if (value) push({ kind: 'paragraph', text: value });
      }
    }
  };
  walk(tree.children as ElementContent[]);
  return blocks.filter((block) => block.text !== '');
}

/** The word diff of two blocks' texts. */
const wordParts = (parts: ReturnType<typeof diffWords>): ProsePart[] =>
  parts.map((part) => ({ value: part.value, ...(part.added ? { added: true } : {}), ...(part.removed ? { removed: true } : {}) }));

/** Share of the two texts a word diff keeps, 0–1: whether a removed and an added block are one block reworded. */
function similarity(parts: ReturnType<typeof diffWords>, a: string, b: string): number {
  const kept = parts.filter((part) => !part.added && !part.removed).reduce((sum, part) => sum + part.value.length, 0);
  return (2 * kept) / Math.max(1, a.length + b.length);
}

/**
 * The blocks that differ between two bodies, in reading order. Blocks are matched by their text; a removed block
 * followed by an added one of the same kind that shares enough of its words (any, one for one; 30 % among several) is one changed block, shown
 * with its word changes. Each body is rendered and sanitised first, so nothing unpublished and no Markdown syntax
 * reaches the result.
 */
export function diffParagraphs(before: string, after: string): readonly ParagraphChange[] {
  // The length first: a body may hold any character, so no separator alone can say where `before` ends.
  return paragraphDiffs(`${before.length}:${before}${after}`);
}

/**
 * Kept per pair of texts, a bounded number: a body changed in a new version is compared with the same older text
 * on the change page of every version that had it, and the word diffs are the costliest part of a diff.
 */
const paragraphDiffs = boundedMemo(4_000, (pair) => {
  const colon = pair.indexOf(':');
  const end = colon + 1 + Number(pair.slice(0, colon));
  return Object.freeze(paragraphChanges(pair.slice(colon + 1, end), pair.slice(end)));
});

function paragraphChanges(before: string, after: string): ParagraphChange[] {
  const a = blocksOf(before);
  const b = blocksOf(after);
  const key = (block: Block) => `${block.kind}\u0000${block.example ? 'e' : ''}\u0000${block.text}`;
  const runs = diffArrays(a.map(key), b.map(key));
  const changes: ParagraphChange[] = [];
  const split = (value: string): Block => {
    const [kind, example, ...text] = value.split('\u0000');
    return { kind: kind as BlockKind, text: text.join('\u0000'), ...(example ? { example: true } : {}) };
  };
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (!run.added && !run.removed) continue;
    const next = runs[i + 1];
    if (run.removed && next?.added) {
      const removed = run.value.map(split);
      const added = next.value.map(split);
      const paired = Math.min(removed.length, added.length);
      for (let j = 0; j < Math.max(removed.length, added.length); j++) {
        const was = removed[j];
        const now = added[j];
        // One block in place of one is that block reworded if they share any words; among several, 30 % is needed.
        if (j < paired && was && now && was.kind === now.kind && was.text === now.text) {
          changes.push({ type: 'marked', kind: now.kind, text: now.text, example: now.example === true });
          continue;
        }
        const words = j < paired && was && now && was.kind === now.kind ? diffWords(was.text, now.text) : undefined;
        const alike = words ? similarity(words, was!.text, now!.text) : 0;
        if (words && (alike >= 0.3 || (removed.length === 1 && added.length === 1 && alike > 0))) {
          changes.push({ type: 'changed', kind: now!.kind, words: wordParts(words) });
          continue;
        }
        if (was) changes.push({ type: 'removed', kind: was.kind, text: was.text });
        if (now) changes.push({ type: 'added', kind: now.kind, text: now.text });
      }
      i++;
      continue;
    }
    for (const value of run.value) {
      const block = split(value);
      changes.push(run.added ? { type: 'added', kind: block.kind, text: block.text } : { type: 'removed', kind: block.kind, text: block.text });
    }
  }
  return changes;
}

/**
 * A changed block's words with long unchanged stretches shortened to `context` words on each side of a change
 * (`…` where words were left out), so that a large diff stays readable and small. Nothing changed is dropped.
 */
export function condenseWords(parts: readonly ProsePart[], context = 8): ProsePart[] {
  return parts.map((part, i) => {
    if (part.added || part.removed) return part;
    const words = part.value.split(/(\s+)/);
    const count = words.filter((word) => word.trim()).length;
    if (count <= context * 2 + 2) return part;
    const first = i === 0;
    const last = i === parts.length - 1;
    const keep = (fromEnd: boolean) => {
      const picked: string[] = [];
      let seen = 0;
      const list = fromEnd ? [...words].reverse() : words;
      for (const word of list) {
        if (word.trim()) seen++;
        if (seen > context) break;
        picked.push(word);
      }
      return (fromEnd ? picked.reverse() : picked).join('');
    };
    const head = first ? '' : keep(false).trimEnd();
    const tail = last ? '' : keep(true).trimStart();
    return { value: `${head}${head ? ' ' : ''}…${tail ? ' ' : ''}${tail}` };
  });
}
