import type { Measure } from '@strategi/schema';
import { describe, expect, test } from 'vitest';
import { categoryOn, rollupOf, statusOn } from '../../src/progress.ts';
import type { Doc } from '../../src/types.ts';

function measure(id: string, data: Partial<Measure>): Doc<'measure'> {
  return {
    kind: 'measure',
    id,
    data: {
      id,
      title: id,
      goals: ['M-1'],
      responsible: ['KD'],
      partners: [],
      sectors: ['barnehage'],
      start: '2023',
      deadline: '2026',
      status: 'planlagt',
      inputs: [],
      history: [],
      lang: 'nb',
      sources: [],
      example: false,
      aliases: [],
      ...data,
    },
  } as unknown as Doc<'measure'>;
}

const withHistory = measure('T-1', {
  status: 'fullført',
  deadline: '2026',
  history: [
    { date: '2023-05-01', status: 'startet' },
    { date: '2024-09-01', status: 'forsinket', note: 'Ventet på anskaffelse.' },
    { date: '2025-06-01', status: 'fullført' },
  ],
});
const noHistory = measure('T-2', { status: 'i-rute', deadline: '2027' });
const stopped = measure('T-3', {
  status: 'stanset',
  history: [
    { date: '2023-06-01', status: 'startet' },
    { date: '2024-02-01', status: 'stanset' },
  ],
});
const doneEarly = measure('T-4', {
  status: 'fullført',
  deadline: '2030',
  history: [
    { date: '2023-04-19', status: 'startet' },
    { date: '2024-01-10', status: 'fullført' },
  ],
});
const overdue = measure('T-5', { status: 'startet', deadline: '2024-06', history: [{ date: '2023-09-01', status: 'startet' }] });

describe('status on a day', () => {
  test('follows the history, and is planned before its first entry', () => {
    expect(statusOn(withHistory, '2023-01-01')).toBe('planlagt');
    expect(statusOn(withHistory, '2023-05-01')).toBe('startet');
    expect(statusOn(withHistory, '2025-01-01')).toBe('forsinket');
    expect(statusOn(withHistory, '2025-06-01')).toBe('fullført');
  });

  test('a measure without history has its status on every day', () => {
    expect(statusOn(noHistory, '2023-01-01')).toBe('i-rute');
    expect(statusOn(noHistory, '2030-12-31')).toBe('i-rute');
  });

  test('a measure planned or started with no deadline is not counted as on schedule, unless its owner says it is', () => {
    const open = measure('T-6', { status: 'startet', deadline: undefined });
    expect(categoryOn(open, '2025-01-01')).toBe('no-deadline');
    expect(categoryOn(measure('T-7', { status: 'i-rute', deadline: undefined }), '2025-01-01')).toBe('on-schedule');
    expect(rollupOf([open, doneEarly], '2025-01-01')).toMatchObject({ done: 1, onSchedule: 0, noDeadline: 1, shareDoneOrOnSchedule: 0.5 });
  });

  test('a measure past its deadline and not done is behind, even if its status says started', () => {
    expect(categoryOn(overdue, '2024-06-30')).toBe('on-schedule');
    expect(categoryOn(overdue, '2024-07-01')).toBe('behind');
  });
});

describe('rollup', () => {
  const all = [withHistory, noHistory, stopped, doneEarly, overdue];

  test('on 2024-03-01: one done early, one stopped, three on schedule or behind', () => {
    expect(rollupOf(all, '2024-03-01')).toEqual({
      total: 5,
      done: 1,
      onSchedule: 3,
      behind: 0,
      stopped: 1,
      noDeadline: 0,
      shareDone: 0.2,
      shareDoneOrOnSchedule: 0.8,
    });
  });

  test('on 2025-01-01: the delayed and the overdue measure are behind', () => {
    expect(rollupOf(all, '2025-01-01')).toEqual({
      total: 5,
      done: 1,
      onSchedule: 1,
      behind: 2,
      stopped: 1,
      noDeadline: 0,
      shareDone: 0.2,
      shareDoneOrOnSchedule: 0.4,
    });
  });

  test('on 2025-12-31: two done', () => {
    expect(rollupOf(all, '2025-12-31')).toMatchObject({ done: 2, onSchedule: 1, behind: 1, stopped: 1, shareDone: 0.4 });
  });

  test('a group without measures has zero shares, not NaN', () => {
    expect(rollupOf([], '2025-01-01')).toEqual({
      total: 0,
      done: 0,
      onSchedule: 0,
      behind: 0,
      stopped: 0,
      noDeadline: 0,
      shareDone: 0,
      shareDoneOrOnSchedule: 0,
    });
  });
});
