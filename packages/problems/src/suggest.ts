import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `value`, if it is close enough to be a likely typo
 * (two edits, or a third of the value's length for long values, never more than three).
 */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates].filter((candidate) => candidate !== value);
  if (list.length === 0) return undefined;
  const normalized = value.normalize('NFC').toLowerCase();
  const caseMatch = list.find((candidate) => candidate.normalize('NFC').toLowerCase() === normalized);
  if (caseMatch) return caseMatch;
  const best = closest(value, list);
  const limit = Math.min(3, Math.max(2, Math.floor(value.length / 3)));
  return distance(value, best) <= limit ? best : undefined;
}
