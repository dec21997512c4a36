/**
 * An edition's open data (`/data/<E>/strategi.json`) as the browser tests read it: the ground truth the
 * follow-through pages are checked against, so the tests follow the content as it changes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editionsOf } from './site-files.ts';

interface StatusEntryJson {
  date: string;
  status: string;
  note?: string;
}
export interface MeasureJson {
  id: string;
  title: string;
  status: string;
  deadline: string | number;
  goals: string[];
  history: StatusEntryJson[];
  example: boolean;
}
export interface EditionJson {
  version: { id: string; status: string; date?: string };
  documents: {
    tiltak: MeasureJson[];
    mal: { id: string; focusArea: string }[];
    innsatsomrader: { id: string }[];
    innspill: { id: string; round: string }[];
    innspillsrunder: { id: string }[];
  };
  links: {
    measuresByGoal: Record<string, string[]>;
    citingsByInput: Record<string, { kind: string; id: string }[]>;
  };
}

export function editionJson(root: string, edition: string): EditionJson {
  const file = join(root, 'data', edition, 'strategi.json');
  if (!existsSync(file)) throw new Error(`${root} has no /data/${edition}/strategi.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as EditionJson;
}

/** The editions of a build in release order (by version date; the working draft, which has none, last). */
export function editionsInOrder(root: string): string[] {
  const dated = editionsOf(root).map((id) => ({ id, date: editionJson(root, id).version.date ?? '9999' }));
  return dated.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).map((entry) => entry.id);
}
