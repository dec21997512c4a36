// The one answer to «what is this measure's status, as of when, and who says so», which every view and export uses.
import type { Measure, ProgressReport } from '@strategi/schema';
import { describe, expect, test } from 'vitest';
import { measureStatus } from '../../src/measure-status.ts';
import type { Doc, Edition } from '../../src/types.ts';

function measure(id: string, data: Partial<Measure>): Doc<'measure'> {
  return { kind: 'measure', id, data: { id, status: 'startet', history: [], aliases: [], ...data } } as unknown as Doc<'measure'>;
}

function report(id: string, data: Partial<ProgressReport>): Doc<'progressReport'> {
  return { kind: 'progressReport', id, data: { id, title: `Rapport ${id}`, entries: [], ...data } } as unknown as Doc<'progressReport'>;
}

const version = (id: string, date: string) => ({ id, version: { date } }) as unknown as Pick<Edition, 'id' | 'version'>;
const adopted = version('2026-revidert', '2026-03-01');

// As T-8: the text says «startet» from 2023; a report published in December 2026 says it was done on 11 November 2024.
const t8 = measure('T-8', { status: 'startet', history: [{ date: '2023-04-20', status: 'startet' }] });
const december = report('F-1', {
  title: 'Status per 31. desember 2024',
  date: '2024-12-31',
  published: '2026-12-01',
  entries: [{ measure: 'T-8', status: 'fullført', date: '2024-11-11', note: 'Levert.' }],
});

describe('measureStatus', () => {
  test('a published report dated after the text status wins, dated by its entry and naming the report', () => {
    expect(measureStatus(adopted, t8, { at: '2026-12-01', reports: [december] })).toEqual({
      status: 'fullført',
      asOf: '2024-11-11',
      source: { kind: 'progress-report', id: 'F-1', title: 'Status per 31. desember 2024', date: '2024-12-31', published: '2026-12-01' },
      note: 'Levert.',
    });
  });

  test('a report published after the moment is not shown yet: the text speaks, dated by its history', () => {
    expect(measureStatus(adopted, t8, { at: '2026-11-30', reports: [december] })).toEqual({
      status: 'startet',
      asOf: '2023-04-20',
      source: { kind: 'strategy-text', version: '2026-revidert' },
      note: undefined,
    });
  });

  test('a draft report (no publication day) is never shown', () => {
    const draft = report('F-2', { date: '2026-06-01', entries: [{ measure: 'T-8', status: 'stanset' }] });
    expect(measureStatus(adopted, t8, { at: '2030-01-01', reports: [draft] }).status).toBe('startet');
  });

  test('a report older than the version does not overrule the text, which is dated by the version', () => {
    const noHistory = measure('T-2', { status: 'i-rute' });
    const old = report('F-0', { date: '2025-06-01', published: '2025-06-10', entries: [{ measure: 'T-2', status: 'forsinket' }] });
    expect(measureStatus(adopted, noHistory, { at: '2026-12-01', reports: [old] })).toEqual({
      status: 'i-rute',
      asOf: '2026-03-01',
      source: { kind: 'strategy-text', version: '2026-revidert' },
      note: undefined,
    });
    // The same report on a measure whose text was last dated before it: the report is the later word.
    const olderText = measure('T-3', { status: 'startet', history: [{ date: '2024-01-01', status: 'startet' }] });
    const forT3 = report('F-0', { date: '2025-06-01', published: '2025-06-10', entries: [{ measure: 'T-3', status: 'forsinket' }] });
    expect(measureStatus(adopted, olderText, { at: '2026-12-01', reports: [forT3] }).status).toBe('forsinket');
  });

  test('a report dated before the text history entry loses to it, one dated the same day wins', () => {
    const recent = measure('T-4', { status: 'fullført', history: [{ date: '2025-09-01', status: 'fullført' }] });
    const before = report('F-3', { date: '2025-08-01', published: '2025-10-01', entries: [{ measure: 'T-4', status: 'forsinket' }] });
    expect(measureStatus(adopted, recent, { at: '2026-12-01', reports: [before] })).toMatchObject({ status: 'fullført', asOf: '2025-09-01' });
    const sameDay = report('F-4', { date: '2025-09-01', published: '2025-10-01', entries: [{ measure: 'T-4', status: 'stanset' }] });
    expect(measureStatus(adopted, recent, { at: '2026-12-01', reports: [sameDay] })).toMatchObject({
      status: 'stanset',
      source: { kind: 'progress-report', id: 'F-4' },
    });
  });

  test('a report entry dated after the moment does not apply yet; a report under a former id still counts', () => {
    const renamed = measure('T-9', { aliases: ['T-8'], history: [{ date: '2023-04-20', status: 'startet' }] });
    expect(measureStatus(adopted, renamed, { at: '2026-12-01', reports: [december] }).status).toBe('fullført');
    const later = report('F-5', { date: '2027-01-01', published: '2026-12-01', entries: [{ measure: 'T-8', status: 'stanset', date: '2027-01-01' }] });
    expect(measureStatus(adopted, t8, { at: '2026-12-15', reports: [december, later] }).status).toBe('fullført');
  });

  test('the working draft without history: the text status, undated, until a report gives one', () => {
    const working = { id: 'utkast', version: undefined };
    const plain = measure('T-8', { status: 'planlagt' });
    expect(measureStatus(working, plain, { at: '2026-01-01', reports: [] })).toEqual({
      status: 'planlagt',
      asOf: undefined,
      source: { kind: 'strategy-text', version: 'utkast' },
      note: undefined,
    });
    expect(measureStatus(working, plain, { at: '2026-12-01', reports: [december] }).status).toBe('fullført');
  });

  test('before the first history entry the text says planlagt', () => {
    expect(measureStatus(adopted, t8, { at: '2023-01-01', reports: [] })).toMatchObject({ status: 'planlagt', asOf: undefined });
  });
});
