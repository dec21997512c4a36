import { z } from 'zod';

/**
 * Id patterns, one per kind. Ids are ASCII and bounded: they become file names and URL segments, so they must be
 * the same on every disk and in every browser, and a number never needs more than six digits.
 */
export const idPatterns = {
  strategy: /^[a-z][a-z0-9-]{0,39}$/,
  focusArea: /^I-[1-9]\d{0,5}$/,
  goal: /^M-[1-9]\d{0,5}$/,
  measure: /^T-[1-9]\d{0,5}$/,
  actionPlan: /^H-[1-9]\d{0,5}$/,
  actor: /^[A-Za-z][A-Za-z0-9-]{0,39}$/,
  inputRound: /^R-[1-9]\d{0,5}$/,
  input: /^IN-[1-9]\d{0,5}$/,
  progressReport: /^F-[1-9]\d{0,5}$/,
  version: /^[a-z0-9][a-z0-9-]{0,59}$/,
} as const;

/** The longest id of any kind, in characters; longer text is refused before any pattern is tried. */
export const MAX_ID_LENGTH = 60;

/** The schema of a document's own id. */
export function idOf(pattern: RegExp, description: string, example: string) {
  return z
    .string()
    .max(MAX_ID_LENGTH)
    .regex(pattern, `Ugyldig id. ${description}`)
    .describe(description)
    .meta({ examples: [example] });
}

/**
 * Orders ids as people count: letters as text, runs of digits as whole numbers («T-2» before «T-10»). Digits are
 * compared by length and then character by character, never through floating point.
 */
export function compareIds(a: string, b: string): number {
  const left = a.match(/\d+|\D+/g) ?? [];
  const right = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    const bothDigits = /^\d/.test(x) && /^\d/.test(y);
    if (bothDigits) {
      const xs = x.replace(/^0+(?=\d)/, '');
      const ys = y.replace(/^0+(?=\d)/, '');
      if (xs.length !== ys.length) return xs.length - ys.length;
      if (xs !== ys) return xs < ys ? -1 : 1;
      continue;
    }
    const lower = x.toLowerCase().localeCompare(y.toLowerCase(), 'nb');
    if (lower !== 0) return lower;
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}
