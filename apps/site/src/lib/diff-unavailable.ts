/**
 * Stand-in for `@strategi/model/diff` while that module is not in the tree: astro.config.ts aliases the import
 * here only when packages/model/src/diff/index.ts is missing. It compares nothing; every diff comes back empty
 * and marked unavailable, so the change pages say so instead of claiming there were no changes.
 */
import type { Edition } from '@strategi/model';

export interface DocRef {
  id: string;
  kind: string;
  title: string;
}
export interface FieldChange {
  field: string;
  label: string;
  before: unknown;
  after: unknown;
  text: string;
}
export interface ProsePart {
  value: string;
  added?: boolean;
  removed?: boolean;
}
export interface DocChange extends DocRef {
  previousId?: string;
  fields: FieldChange[];
  prose: ProsePart[] | undefined;
}
export interface EditionDiff {
  from: Edition;
  to: Edition;
  added: DocRef[];
  removed: DocRef[];
  changed: DocChange[];
}

export const unavailable = true;

export function diffEditions(from: Edition, to: Edition): EditionDiff {
  return { from, to, added: [], removed: [], changed: [] };
}
