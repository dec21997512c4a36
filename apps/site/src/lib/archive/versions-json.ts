/**
 * The versions JSON: the list of versions with their status in this build and the current one, and per document
 * where it is in each version. Archived pages read them to offer the other versions; both are rebuilt on every build.
 */
import type { Edition } from '@strategi/model';
import { editionBase } from '../urls.ts';
import type { DocHistory } from './history.ts';

export const VERSIONS_JSON_PATH = '/versjoner/versjoner.json';

export interface VersionsJson {
  current: string | null;
  versions: { id: string; label: string; status: string; date: string | null; path: string }[];
}

export function versionsJson(editions: readonly Edition[], current: Edition | undefined, workingLabel: string): VersionsJson {
  return {
    current: current?.id ?? null,
    versions: editions.map((edition) => ({
      id: edition.id,
      label: edition.version?.label ?? workingLabel,
      status: edition.status,
      date: edition.version?.date ?? null,
      path: editionBase(edition.id),
    })),
  };
}

export interface DocumentJson {
  kind: string;
  id: string;
  /** The document's page in each version that has it, by version id. */
  versions: Record<string, string>;
}

export function documentJson(history: DocHistory): DocumentJson {
  return {
    kind: history.kind,
    id: history.id,
    versions: Object.fromEntries(history.entries.flatMap((entry) => (entry.path ? [[entry.edition.id, entry.path]] : []))),
  };
}
