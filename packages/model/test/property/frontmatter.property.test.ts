// The frontmatter's fences and its words, on generated input:
// - a fence typed with random characters before or after the dashes never lets frontmatter text reach the body
//   without an error (only an exact `---` line opens or closes the frontmatter);
// - bidirectional controls anywhere in a text value never reach the data, and are always reported;
// - no message is English: every error the YAML library gives is put in Norwegian.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { limits } from '../../src/limits.ts';
import { parseFile } from '../../src/parse/parse-file.ts';
import { yamlishDocument } from './arbitraries.ts';
import { propertyRuns } from './runs.ts';

const SECRET = 'internalNote: HEMMELIG-42';
const head = 'id: T-1\ntitle: Kartlegge utstyr\n';

/**
 * Characters that may stand around the dashes of a fence typed wrong, on the same line (a CR would end the line,
 * making the dashes an exact fence and the rest a line of the body: that is the body its author wrote).
 */
const noise = fc.constantFrom(' ', '\t', '\u00a0', '\u200b', '\u2060', '\ufeff', '\u3000', '-', '.', 'x', '#', '*', ':', '\u202e');
const fenceLike = fc
  .tuple(fc.array(noise, { maxLength: 3 }), fc.constantFrom('---', '...', '----', '- --'), fc.array(noise, { maxLength: 3 }))
  .map(([before, marks, after]) => `${before.join('')}${marks}${after.join('')}`);
const lineEnd = fc.constantFrom('\n', '\r\n');

const hasError = (parsed: ReturnType<typeof parseFile>) => parsed.problems.some((problem) => problem.severity === 'error');

describe('frontmatter fences', () => {
  test('a fence-like closing line never lets the text after it reach the body without an error', () => {
    fc.assert(
      fc.property(fenceLike, fc.boolean(), lineEnd, (fence, exactCloseLater, eol) => {
        const text = `---\n${head}${fence}\n${SECRET}\n${exactCloseLater ? '---\n' : ''}Tiltaket gir et bilde.\n`.replace(/\n/g, eol);
        const parsed = parseFile(text, limits);
        if (parsed.body.includes('HEMMELIG')) expect(hasError(parsed)).toBe(true);
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  test('a fence-like opening line never gives frontmatter data without an error', () => {
    fc.assert(
      fc.property(fenceLike, lineEnd, (fence, eol) => {
        const text = `${fence}\n${head}${SECRET}\n---\nTiltaket gir et bilde.\n`.replace(/\n/g, eol);
        const parsed = parseFile(text, limits);
        if (fence !== '---') expect(hasError(parsed)).toBe(true);
        if (parsed.body.includes('HEMMELIG')) expect(hasError(parsed)).toBe(true);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  test('an exact fence with CRLF or LF closes the frontmatter, and the secret stays in it', () => {
    for (const eol of ['\n', '\r\n']) {
      const parsed = parseFile(`---\n${head}${SECRET}\n---\nTekst.\n`.replace(/\n/g, eol), limits);
      expect(parsed.problems).toEqual([]);
      expect(parsed.data).toMatchObject({ internalNote: 'HEMMELIG-42' });
      expect(parsed.body).not.toContain('HEMMELIG');
    }
  });
});

const BIDI = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const BIDI_PATTERN = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('bidirectional controls', () => {
  test('never reach the data, in values or field names, and each place that had one is reported', () => {
    const piece = fc.oneof(fc.constantFrom(...BIDI), fc.constantFrom('Kart', 'legge', ' ', 'utstyr', 'æøå', 'عربي'));
    const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, fc.constantFrom('title', 'ti\u202etle'), (title, note, key) => {
        const source = `---\nid: T-1\n${key}: ${JSON.stringify(title)}\nsources:\n  - title: ${JSON.stringify(note)}\n---\nTekst.\n`;
        const parsed = parseFile(source, limits);
        expect(JSON.stringify(parsed.data)).not.toMatch(BIDI_PATTERN);
        expect(Object.keys(parsed.keys).join(' ')).not.toMatch(BIDI_PATTERN);
        const reported = parsed.problems.filter((problem) => problem.ruleId === 'frontmatter/bidi-control').length;
        const places = [key, title, note].filter((part) => BIDI_PATTERN.test(part)).length;
        expect(reported).toBe(places);
        expect(parsed.problems.every((problem) => problem.severity === 'warning')).toBe(true);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});

/** Words of the YAML library's English messages; none is a Norwegian word. */
const ENGLISH =
  /\b(the|must|not|cannot|Unexpected|Missing|token|allowed|Implicit|Nested|scalar|flow|indicator|Source|should|with|without|Invalid|Unresolved|Excessive)\b/;

describe('messages', () => {
  test('no message on YAML-ish input has English in it', () => {
    fc.assert(
      fc.property(yamlishDocument, (text) => {
        for (const problem of parseFile(text, limits).problems) {
          expect(problem.message).not.toMatch(ENGLISH);
          expect(problem.hint).not.toMatch(ENGLISH);
        }
      }),
      { numRuns: propertyRuns(1000) },
    );
  });
});
