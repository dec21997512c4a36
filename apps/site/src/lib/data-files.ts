/**
 * The files of a version's open data, as the open data page lists them: one source for the page's links and the
 * routes under `/data/<version>/`, so a file cannot be published without being listed.
 */
import type { Edition } from '@strategi/model';
import { dataPath } from './urls.ts';

/** The formats the page has a column for, in its order. */
export const DATA_FORMATS = ['JSON', 'CSV', 'Excel', 'StratML'] as const;

export interface DataFile {
  format: (typeof DATA_FORMATS)[number];
  name: Parameters<typeof dataPath>[1];
  path: string;
}

/** Every file of `edition`'s open data: indikatorer.csv only when it has indicators. */
export function dataFiles(edition: Pick<Edition, 'id' | 'index'>): DataFile[] {
  const file = (format: DataFile['format'], name: DataFile['name']): DataFile => ({ format, name, path: dataPath(edition.id, name) });
  return [
    file('JSON', 'strategi.json'),
    file('CSV', 'tiltak.csv'),
    ...(edition.index.byKind.indicator.length > 0 ? [file('CSV', 'indikatorer.csv')] : []),
    file('Excel', 'tiltak-excel.csv'),
    file('StratML', 'strategi.stratml.xml'),
  ];
}
