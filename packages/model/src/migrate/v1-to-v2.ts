import { type DocumentKind, idOf, vocabularies } from '@strategi/schema';
import type { z } from 'zod';
import type { Migration } from './index.ts';

type VocabularyName = keyof typeof vocabularies;

/** Version 1's English value → version 2's Norwegian value, per vocabulary. */
const renamed = Object.fromEntries(
  (Object.keys(vocabularies) as VocabularyName[]).map((name) => [
    name,
    new Map(Object.entries(vocabularies[name].former).map(([current, former]) => [former as string, current])),
  ]),
) as Record<VocabularyName, Map<string, string>>;

const rename = (name: VocabularyName, value: unknown) => (typeof value === 'string' ? (renamed[name].get(value) ?? value) : value);

/**
 * Version 1 → 2: values in Norwegian (`on-track` → `i-rute`, `adopted` → `vedtatt`, `ministry` → `departement`,
 * `meeting` → `møte`); an action plan's `measures` dropped, since it is now made from the measures' `actionPlan`
 * (a version 1 release was checked to have both sides agree); actor ids may hold any letter, as they could then.
 */
export const v1ToV2: Migration = {
  from: 1,
  document(kind: DocumentKind, data) {
    switch (kind) {
      case 'measure': {
        const history = Array.isArray(data['history'])
          ? data['history'].map((entry: unknown) =>
              typeof entry === 'object' && entry !== null ? { ...entry, status: rename('measureStatus', (entry as { status?: unknown }).status) } : entry,
            )
          : data['history'];
        return { ...data, status: rename('measureStatus', data['status']), ...(history === undefined ? {} : { history }) };
      }
      case 'actor':
        return { ...data, kind: rename('actorKind', data['kind']) };
      case 'inputRound':
        return { ...data, channel: rename('inputChannel', data['channel']) };
      case 'actionPlan': {
        const { measures: _derived, ...rest } = data;
        return rest;
      }
      default:
        return data;
    }
  },
  version(data) {
    const history = Array.isArray(data['history'])
      ? data['history'].map((entry: unknown) =>
          typeof entry === 'object' && entry !== null ? { ...entry, status: rename('versionStatus', (entry as { status?: unknown }).status) } : entry,
        )
      : data['history'];
    return { ...data, status: rename('versionStatus', data['status']), ...(history === undefined ? {} : { history }) };
  },
  relax(kind: DocumentKind, schema: z.ZodObject) {
    if (kind !== 'actor') return schema;
    return schema.extend({ id: idOf(/^\p{L}[\p{L}\p{M}\d-]{0,39}$/u, 'Bokstaver, tall og bindestrek, for eksempel «Udir».', 'Udir') });
  },
};
