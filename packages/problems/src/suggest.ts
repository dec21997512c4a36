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

/**
 * Like `suggest`, for a name that may also have been typed as one of its labels: a field typed in Norwegian
 * (`sektorer`, `frist`, `tittel`) gets the field it names (`sectors`, `deadline`, `title`). `labels(name)` gives a
 * name's labels. A name that differs only in case comes first, then a label typed exactly, then the nearest typo
 * of a name, then the nearest typo of a label.
 */
export function suggestName(value: string, names: Iterable<string>, labels: (name: string) => Iterable<string>): string | undefined {
  const list = [...names].filter((name) => name !== value);
  const folded = fold(value);
  const byName = list.find((name) => fold(name) === folded);
  if (byName) return byName;
  const labelled = list.flatMap((name) => [...labels(name)].map((label) => ({ name, label: fold(label) })));
  const byLabel = labelled.find(({ label }) => label === folded);
  if (byLabel) return byLabel.name;
  const direct = suggest(value, list);
  if (direct) return direct;
  const near = suggest(folded, new Set(labelled.map(({ label }) => label)));
  return near === undefined ? undefined : labelled.find(({ label }) => label === near)?.name;
}

const fold = (text: string) => text.normalize('NFC').toLowerCase();
