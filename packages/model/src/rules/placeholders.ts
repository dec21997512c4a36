import { createProblem } from '@strategi/problems';
import { placeholderTexts } from '../write/placeholders.ts';
import type { LinkRule } from './context.ts';

/** A body still holding the text `strategi new` wrote: a warning at the line, so it is not released by mistake. */
export const placeholdersReplaced: LinkRule = ({ documents }) =>
  documents.flatMap((doc) => {
    const lines = doc.body.split('\n');
    for (const [i, line] of lines.entries()) {
      const text = placeholderTexts.find((placeholder) => line.includes(placeholder));
      if (text) return [createProblem('language/placeholder', { value: text }, doc.file, { line: doc.bodyLine + i, column: line.indexOf(text) + 1 })];
    }
    return [];
  });
