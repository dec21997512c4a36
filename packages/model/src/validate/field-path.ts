/**
 * A field's place in the frontmatter as people say it: `status i 3. oppføring i history` for the path
 * `history.2.status`, `end i period` for `period.end`. Entries are counted from 1. `names` replaces the name of a
 * top-level field, for values that come from elsewhere (a command's `--label` rather than `label`).
 */
export function fieldPhrase(path: readonly PropertyKey[], names: Readonly<Record<string, string>> = {}): string {
  const [first, ...rest] = path;
  if (first === undefined) return 'frontmatter';
  let phrase = typeof first === 'number' ? `${first + 1}. oppføring` : (names[String(first)] ?? String(first));
  for (const segment of rest) phrase = typeof segment === 'number' ? `${segment + 1}. oppføring i ${phrase}` : `${String(segment)} i ${phrase}`;
  return phrase;
}
