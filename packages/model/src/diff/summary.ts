import { type DocumentKind, documentKindNames } from '@strategi/schema';
import type { EditionDiff } from './index.ts';

/** Relation fields whose change moves a document to another place in the strategy. */
const placeFields: ReadonlySet<string> = new Set(['goals', 'focusArea', 'parent', 'actionPlan']);

/** How many documents of one kind were added, removed, moved (placed under another goal, area or plan) and changed. */
export interface KindCounts {
  kind: DocumentKind;
  added: number;
  removed: number;
  moved: number;
  changed: number;
}

/** What a diff comes to, as data for a summary on top: counts per kind, and how often each field and the text changed. */
export interface DiffSummary {
  /** Kinds with any change, in the schema's kind order. */
  kinds: KindCounts[];
  /** Fields that changed, with the number of documents each changed in, most first (then by name). */
  fields: { field: string; count: number }[];
  /** Documents whose text changed. */
  textChanged: number;
}

/** Counts a diff for its summary. A document counted as moved is also counted as changed. */
export function summariseDiff(diff: EditionDiff): DiffSummary {
  const counts = new Map<DocumentKind, KindCounts>();
  const of = (kind: DocumentKind) => {
    let entry = counts.get(kind);
    if (!entry) {
      entry = { kind, added: 0, removed: 0, moved: 0, changed: 0 };
      counts.set(kind, entry);
    }
    return entry;
  };
  for (const ref of diff.added) of(ref.kind).added++;
  for (const ref of diff.removed) of(ref.kind).removed++;
  const fields = new Map<string, number>();
  let textChanged = 0;
  for (const change of diff.changed) {
    const entry = of(change.kind);
    entry.changed++;
    if (change.fields.some((field) => placeFields.has(field.field))) entry.moved++;
    for (const field of change.fields) fields.set(field.field, (fields.get(field.field) ?? 0) + 1);
    if (change.textChanged) textChanged++;
  }
  return {
    kinds: documentKindNames.flatMap((kind) => (counts.has(kind) ? [counts.get(kind)!] : [])),
    fields: [...fields].map(([field, count]) => ({ field, count })).sort((a, b) => b.count - a.count || a.field.localeCompare(b.field)),
    textChanged,
  };
}
