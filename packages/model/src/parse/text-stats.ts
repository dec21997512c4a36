import type { Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** Counts for the readability index LIX. */
export interface TextStats {
  words: number;
  sentences: number;
  longWords: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SENTENCE_END = /[.!?:]+(?=\s|$)/g;

/** Words, sentences and words over six letters in the prose of a Markdown tree (headings and paragraphs). */
export function textStats(tree: Root): TextStats {
  const stats: TextStats = { words: 0, sentences: 0, longWords: 0 };
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    addText(stats, mdastToString(node));
    return 'skip';
  });
  return stats;
}

/** Adds a block of text; a block without closing punctuation still ends a sentence. */
function addText(stats: TextStats, text: string): void {
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return;
  stats.words += words.length;
  stats.longWords += words.filter((word) => [...word.replace(/[-'’]/g, '')].length > 6).length;
  const ends = text.trim().match(SENTENCE_END)?.length ?? 0;
  stats.sentences += Math.max(1, ends + (/[.!?:]$/.test(text.trim()) ? 0 : 1));
}

/** LIX = words per sentence + percentage of long words, rounded. Undefined for text without words. */
export function lix(stats: TextStats): number | undefined {
  if (stats.words === 0 || stats.sentences === 0) return undefined;
  return Math.round(stats.words / stats.sentences + (100 * stats.longWords) / stats.words);
}
