// The edition diff against random field changes of a valid edition: an edition compared with itself has no
// changes, and after random changes the diff names exactly the changed fields, with their old and new
// values, so that applying the reported changes to the older edition explains every difference.

import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, expect, test } from 'vitest';
import { setFields } from '../../src/diff/fields.ts';
import { diffEditions } from '../../src/diff/index.ts';
import type { AnyDoc, Edition } from '../../src/index.ts';
import { fixtures, load } from '../helpers.ts';
import { propertyRuns } from './runs.ts';

let base: Edition;
beforeAll(async () => {
  base = (await load(path.join(fixtures, 'valid-minimal'))).working;
});

const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1))) : item,
  ) ?? 'undefined';

/** Whether two values of a field differ as the diff compares them: list fields named in `setFields` as sets. */
function differs(field: string, a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    const was = (a as unknown[] | undefined) ?? [];
    const now = (b as unknown[] | undefined) ?? [];
    if (!setFields.has(field)) return stable(was) !== stable(now);
    const set = (list: unknown[]) => [...new Set(list.map(stable))].sort().join('\n');
    return set(was) !== set(now);
  }
  return stable(a) !== stable(b);
}

/** A new value of the same type as the old one, so that the edition stays one the schema accepts. */
const newValue = (old: unknown): fc.Arbitrary<unknown> =>
  typeof old === 'string'
    ? fc.string({ maxLength: 12 })
    : typeof old === 'number'
      ? fc.integer({ min: 1900, max: 2100 })
      : typeof old === 'boolean'
        ? fc.boolean()
        : Array.isArray(old) && old.every((item) => typeof item === 'string')
          ? fc.array(fc.constantFrom(...old, 'T-1', 'M-2', 'KD', 'ny'), { maxLength: 4 })
          : fc.constant(old);

/** Changes to fields of the baseline's documents (never `id` or `aliases`, which decide what is matched). */
const fieldChanges = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }).chain((picks) =>
  fc.tuple(
    ...picks.map(([d, f]) => {
      const doc = base.documents[d % base.documents.length]!;
      const fields = Object.keys(doc.data).filter((field) => field !== 'id' && field !== 'aliases' && field !== 'internalNote');
      const field = fields[f % fields.length]!;
      return newValue((doc.data as Record<string, unknown>)[field]).map((value) => ({ id: doc.id, field, value }));
    }),
  ),
);

function withChanges(edition: Edition, changes: readonly { id: string; field: string; value: unknown }[]): Edition {
  const documents = edition.documents.map((doc) => {
    const mine = changes.filter((change) => change.id === doc.id);
    if (mine.length === 0) return doc;
    return { ...doc, data: { ...doc.data, ...Object.fromEntries(mine.map((change) => [change.field, change.value])) } } as AnyDoc;
  });
  return { ...edition, id: 'endret', documents, byId: new Map(documents.map((doc) => [doc.id, doc])) };
}

test('an edition compared with itself has no changes', () => {
  expect(diffEditions(base, base)).toEqual({ from: base.id, to: base.id, added: [], removed: [], changed: [] });
});

test('random field changes are reported exactly, and applying them explains every difference', () => {
  fc.assert(
    fc.property(fieldChanges, (changes) => {
      const after = withChanges(base, changes);
      const diff = diffEditions(base, after);
      expect(diff.added).toEqual([]);
      expect(diff.removed).toEqual([]);
      const expected = after.documents.flatMap((doc) => {
        const before = base.byId.get(doc.id)!.data as Record<string, unknown>;
        const now = doc.data as Record<string, unknown>;
        return Object.keys(now)
          .filter((field) => field !== 'id' && differs(field, before[field], now[field]))
          .map((field) => `${doc.id} ${field}`);
      });
      const reported = diff.changed.flatMap((change) => change.fields.map((field) => `${change.id} ${field.field}`));
      expect(reported.sort()).toEqual(expected.sort());
      for (const change of diff.changed) {
        expect(change.prose).toBeUndefined();
        const applied = { ...(base.byId.get(change.id)!.data as Record<string, unknown>) };
        for (const field of change.fields) {
          expect(field.before).toEqual(applied[field.field]);
          applied[field.field] = field.after;
        }
        const now = after.byId.get(change.id)!.data as Record<string, unknown>;
        for (const field of Object.keys(now)) expect(differs(field, applied[field], now[field])).toBe(false);
      }
    }),
    { numRuns: propertyRuns(200) },
  );
});

test('random body edits: a change says its text changed exactly when its word diff, read later, finds one', () => {
  const bodies = fc.array(fc.tuple(fc.nat(), fc.constantFrom('Et nytt avsnitt.', '', '  ', '\r\n', 'Endret **tekst**.', '- punkt')), {
    minLength: 1,
    maxLength: 4,
  });
  fc.assert(
    fc.property(bodies, (edits) => {
      const documents = base.documents.map((doc, i) => {
        const mine = edits.filter(([d]) => d % base.documents.length === i);
        return mine.length === 0 ? doc : ({ ...doc, body: `${doc.body}${mine.map(([, text]) => text).join('')}` } as AnyDoc);
      });
      const after = { ...base, id: 'endret', documents, byId: new Map(documents.map((doc) => [doc.id, doc])) };
      const diff = diffEditions(base, after);
      for (const change of diff.changed) {
        expect(change.textChanged).toBe(change.prose !== undefined);
        expect(change.textChanged || change.paragraphs.length === 0).toBe(true);
      }
      // Whitespace at the end is no change; anything else in a body is.
      const changedBodies = after.documents.filter((doc) => doc.body.trimEnd() !== base.byId.get(doc.id)!.body.trimEnd()).map((doc) => doc.id);
      expect(
        diff.changed
          .filter((change) => change.textChanged)
          .map((change) => change.id)
          .sort(),
      ).toEqual(changedBodies.sort());
    }),
    { numRuns: propertyRuns(100) },
  );
});
