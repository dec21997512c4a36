import { timeOf } from '@strategi/model';
import { createProblem, type Problem } from '@strategi/problems';
import { type DataPoint, dataPointSchema } from '@strategi/schema';
import { type ColumnSpec, columnsFor } from './columns.ts';
import type { CsvRow } from './rows.ts';

/** The columns of a spreadsheet of an indicator's figures: date;value;source, in Norwegian or English. */
export const indicatorColumns: ColumnSpec[] = columnsFor(dataPointSchema, {
  date: ['dato', 'date'],
  value: ['verdi', 'value'],
  source: ['kilde', 'source'],
});

/**
 * A figure as a spreadsheet writes it, to a number: «87,5», «87.5», «1 234,5» (spaces between thousands, as Excel
 * writes them in Norwegian). Undefined for anything else, units and percent signs included.
 */
export function numberOfCell(text: string): number | undefined {
  const compact = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace('−', '-');
  if (!/^-?\d+([.,]\d+)?$/.test(compact)) return undefined;
  return Number(compact.replace(',', '.'));
}

/** A row's point, or the problem with its value cell. */
export function pointFromRow(row: CsvRow, shown: string): { point: Record<string, unknown> } | { problem: Problem } {
  const point: Record<string, unknown> = { date: row.values['date']?.trim() };
  const cellText = row.values['value'];
  if (cellText !== undefined) {
    const value = numberOfCell(cellText);
    if (value === undefined) return { problem: createProblem('indicator/not-a-number', { value: cellText.trim() }, shown, row.places['value']) };
    point['value'] = value;
  }
  if (row.values['source']?.trim()) point['source'] = row.values['source'].trim();
  return { point };
}

/** What a re-import changes: the points it adds, and those whose value differs from the one kept. */
export interface PointMerge {
  points: DataPoint[];
  added: DataPoint[];
  revised: { date: string; found: number; kept: number }[];
  unchanged: number;
}

/**
 * The indicator's points with the read ones added: a date already there keeps its value (a different one is
 * reported as revised, not written), a new date is added, and the whole list is in date order.
 */
export function mergePoints(existing: readonly DataPoint[], read: readonly DataPoint[]): PointMerge {
  const byDate = new Map(existing.map((point) => [point.date, point]));
  const added: DataPoint[] = [];
  const revised: PointMerge['revised'] = [];
  let unchanged = 0;
  for (const point of read) {
    const kept = byDate.get(point.date);
    if (!kept) {
      added.push(point);
      byDate.set(point.date, point);
    } else if (kept.value === point.value) unchanged++;
    else revised.push({ date: point.date, found: point.value, kept: kept.value });
  }
  const points = [...byDate.values()].sort((a, b) => timeOf(a.date) - timeOf(b.date));
  return { points, added, revised, unchanged };
}
