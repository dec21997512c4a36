import { z } from 'zod';

/**
 * Ids are ASCII and bounded: they become file names and URL segments, so they must be the same on every disk and
 * in every browser, and a number never needs more than six digits. A numbered kind's pattern is its prefix and a
 * number; the kinds whose ids people choose (the strategy, actors) have their own.
 */
export const chosenIdPatterns = {
  strategy: /^[a-z][a-z0-9-]{0,39}$/,
  actor: /^[A-Za-z][A-Za-z0-9-]{0,39}$/,
  version: /^[a-z0-9][a-z0-9-]{0,59}$/,
} as const;

/** The pattern of the ids of a numbered kind: `T-` gives T-1 … T-999999. */
export function numberedIdPattern(prefix: string): RegExp {
  return new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[1-9]\\d{0,5}$`);
}

/** An id of a numbered kind as people write it, for messages and help: `T-1`. */
export const numberedIdExample = (prefix: string) => `${prefix}1`;

/** The schema of the own id of a document of a numbered kind: `numberedId('T-')`. */
export function numberedId(prefix: string) {
  const example = numberedIdExample(prefix);
  return idOf(numberedIdPattern(prefix), `${prefix} og et tall, for eksempel «${example}».`, example);
}

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
