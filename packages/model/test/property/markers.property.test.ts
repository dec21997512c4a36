// Markup-heavy bodies (brackets, emphasis, code and HTML markers in every mix, across paragraphs): a body within
// the marker bounds is parsed, in a time far from the parse time limit, and one past them is refused by the marker
// rule at its paragraph, never by the clock. Whether a file is accepted does not depend on the machine's load.

import fc from 'fast-check';
import { expect, test } from 'vitest';
import { limits } from '../../src/limits.ts';
import { tooManyMarkers } from '../../src/parse/markers.ts';
import { parseFile } from '../../src/parse/parse-file.ts';
import { propertyRuns } from './runs.ts';

/** The pieces the slow patterns are made of, and some plain words between them. */
const piece = fc.constantFrom(
  '[',
  '](b)',
  '[a](',
  '![',
  '*a ',
  ' a*',
  'a* ',
  '_a ',
  'a_ ',
  '`',
  '``a',
  '<a ',
  '<b>',
  '</b>',
  '[r]',
  'ord ',
  ' ',
  '\n- ',
  '\n# ',
  '\n> ',
);

/** A paragraph of a few pieces up to many: often just under the bound of a paragraph, sometimes over it. */
const paragraph = fc.oneof(
  fc.array(piece, { maxLength: 20 }),
  fc.array(piece, { minLength: limits.maxMarkersPerParagraph / 2, maxLength: limits.maxMarkersPerParagraph + 40, size: 'max' }),
);

/** Paragraphs each well within the bound of a paragraph, enough of them to pass the bound of a body now and then. */
const dense = fc.array(fc.array(piece, { minLength: 60, maxLength: 140 }), { minLength: 10, maxLength: 24 });

const body = fc
  .oneof(fc.array(paragraph, { minLength: 1, maxLength: 24 }), dense)
  .map((paragraphs) => `${paragraphs.map((pieces) => pieces.join('')).join('\n\n')}\n`);

const frontmatter = '---\nid: T-1\ntitle: Kartlegge utstyr\n---\n';

test('a body within the marker bounds is parsed well within the time limit; one past them is refused by the rule', () => {
  fc.assert(
    fc.property(body, (text) => {
      const over = tooManyMarkers(text, limits.maxMarkersPerParagraph, limits.maxMarkersPerBody);
      const start = performance.now();
      const parsed = parseFile(`${frontmatter}${text}`, limits);
      const milliseconds = performance.now() - start;
      const refused = parsed.problems.filter((problem) => problem.ruleId === 'file/too-many-markers');
      if (over) {
        expect(refused).toEqual([expect.objectContaining({ line: over.line + 4, column: over.column })]);
      } else {
        expect(refused).toEqual([]);
        // Generous: the bounds were chosen so that the worst body within them takes a small part of the limit.
        expect(milliseconds).toBeLessThan(limits.parseTimeoutMs);
      }
    }),
    { numRuns: propertyRuns(40) },
  );
}, 120_000);
