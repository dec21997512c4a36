// The frontmatter parser on random YAML-ish text: it never throws, and every place it reports (problems,
// keys, values, body links) lies inside the text it was given.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { limits } from '../../src/limits.ts';
import { parseFile } from '../../src/parse/parse-file.ts';
import { expectInside, expectWellFormed, yamlishDocument } from './arbitraries.ts';
import { propertyRuns } from './runs.ts';

describe('parseFile', () => {
  test('never throws on YAML-ish frontmatter, and reports places inside the file', () => {
    fc.assert(
      fc.property(yamlishDocument, (text) => {
        const parsed = parseFile(text, limits);
        expectWellFormed(parsed.problems.map((problem) => ({ ...problem, file: '' })));
        for (const problem of parsed.problems) expectInside(problem, text);
        for (const range of [...Object.values(parsed.keys), ...Object.values(parsed.values), ...parsed.links]) {
          expectInside(range, text);
          expectInside({ line: range.endLine, column: range.endColumn }, text);
        }
        expect(parsed.bodyLine).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  // A field first in the body and bidirectional controls in a value are reported, but the frontmatter itself was read.
  const readAnyway = new Set(['frontmatter/field-in-body', 'frontmatter/bidi-control']);

  test('frontmatter data is set exactly when there is no frontmatter problem', () => {
    fc.assert(
      fc.property(yamlishDocument, (text) => {
        const parsed = parseFile(text, limits);
        const frontmatterProblem = parsed.problems.some(
          (problem) => (problem.ruleId.startsWith('frontmatter/') && !readAnyway.has(problem.ruleId)) || problem.ruleId === 'file/too-complex',
        );
        expect(parsed.data !== undefined).toBe(!frontmatterProblem);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  // remark, YAML and most editors end a line at a lone CR (old Mac line ends); the places must agree.
  test('a file with lone CR line ends is read like the same file with LF', () => {
    const parsed = parseFile('---\rid: T-1\r---\r[a](tiltak:T-9)\r', limits);
    expect(parsed.data).toEqual({ id: 'T-1' });
    expect([parsed.values['id']?.line, parsed.links[0]?.line]).toEqual([2, 4]);
  });
});
