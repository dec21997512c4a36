/** The status history as the measure page shows it. */
import type { StatusEntry } from '@strategi/schema';

/**
 * The index of the entry in force on `today`: the last one dated on or before it (the history is oldest first,
 * which a link rule checks). -1 when every entry lies in the future or there is none.
 */
export function currentEntryIndex(history: readonly Pick<StatusEntry, 'date'>[], today: string): number {
  let current = -1;
  history.forEach((entry, i) => {
    if (entry.date <= today) current = i;
  });
  return current;
}
