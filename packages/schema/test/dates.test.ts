// Every date the content may hold must exist in the calendar: the zod schemas refuse an impossible day with a
// Norwegian message, and the JSON Schemas editors use refuse the same values.
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { frontmatterJsonSchema, isoDay, partialDate } from '../src/index.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message);

const impossibleDays: [string, string][] = [
  ['2023-02-30', '2023-02-30 finnes ikke: februar 2023 har 28 dager.'],
  ['2023-02-29', '2023-02-29 finnes ikke: 2023 er ikke et skuddår, så februar har 28 dager.'],
  ['2100-02-29', '2100-02-29 finnes ikke: 2100 er ikke et skuddår, så februar har 28 dager.'],
  ['2024-02-30', '2024-02-30 finnes ikke: februar 2024 har 29 dager.'],
  ['2023-04-31', '2023-04-31 finnes ikke: april 2023 har 30 dager.'],
  ['2023-01-32', '2023-01-32 finnes ikke: januar 2023 har 31 dager.'],
  ['2023-06-00', '2023-06-00 finnes ikke: juni 2023 har 30 dager.'],
  ['2023-13-01', '2023-13-01 finnes ikke: måneden må være fra 01 til 12.'],
  ['2023-00-10', '2023-00-10 finnes ikke: måneden må være fra 01 til 12.'],
];
const realDays = ['2024-02-29', '2000-02-29', '2023-02-28', '2023-12-31', '2023-04-30', '2026-01-01'];

describe('isoDay', () => {
  test.each(impossibleDays)('refuses %s, saying why', (value, message) => {
    expect(messages(isoDay.safeParse(value))).toEqual([message]);
  });

  test.each(realDays)('accepts %s', (value) => {
    expect(isoDay.safeParse(value)).toEqual({ success: true, data: value });
  });

  test('a value that is not shaped as a day is a format problem, not a calendar one', () => {
    expect(isoDay.safeParse('30.02.2023').error?.issues.map((issue) => issue.code)).toEqual(['invalid_format']);
    expect(isoDay.safeParse('2023-2-3').error?.issues.map((issue) => issue.code)).toEqual(['invalid_format']);
  });
});

describe('partialDate', () => {
  test.each(impossibleDays)('refuses %s, saying why', (value, message) => {
    expect(messages(partialDate.safeParse(value))).toEqual([message]);
  });

  test('refuses a month that does not exist', () => {
    expect(messages(partialDate.safeParse('2026-13'))).toEqual(['2026-13 finnes ikke: måneden må være fra 01 til 12.']);
    expect(messages(partialDate.safeParse('2026-00'))).toEqual(['2026-00 finnes ikke: måneden må være fra 01 til 12.']);
  });

  test.each([...realDays, '2026', '2026-06', '2026-12'])('accepts %s', (value) => {
    expect(partialDate.safeParse(value)).toEqual({ success: true, data: value });
  });

  test('accepts a year that YAML read as a number', () => {
    expect(partialDate.safeParse(2026)).toEqual({ success: true, data: '2026' });
  });
});

describe('the JSON Schemas refuse the same dates', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const measure = ajv.compile(frontmatterJsonSchema('measure'));
  const version = ajv.compile(frontmatterJsonSchema('version'));
  const validMeasure = {
    id: 'T-1',
    title: 'Lage en veileder',
    goals: ['M-1'],
    responsible: ['KD'],
    sectors: ['barnehage'],
    start: 2023,
    deadline: '2025-06',
    status: 'startet',
  };
  const validVersion = { id: '2023-vedtatt', label: 'Vedtatt strategi', status: 'vedtatt', date: '2023-04-19' };

  test('the valid documents pass', () => {
    expect(measure(validMeasure), JSON.stringify(measure.errors)).toBe(true);
    expect(version(validVersion), JSON.stringify(version.errors)).toBe(true);
  });

  test.each(impossibleDays)('%s is refused as a partial date, a history date and a version date', (value) => {
    expect(measure({ ...validMeasure, deadline: value })).toBe(false);
    expect(measure({ ...validMeasure, history: [{ date: value, status: 'startet' }] })).toBe(false);
    expect(version({ ...validVersion, date: value })).toBe(false);
  });

  test.each(realDays)('%s is accepted everywhere a day may stand', (value) => {
    expect(measure({ ...validMeasure, deadline: value, history: [{ date: value, status: 'startet' }] }), JSON.stringify(measure.errors)).toBe(true);
    expect(version({ ...validVersion, date: value }), JSON.stringify(version.errors)).toBe(true);
  });

  test('a month that does not exist is refused, a real one accepted', () => {
    expect(measure({ ...validMeasure, deadline: '2026-13' })).toBe(false);
    expect(measure({ ...validMeasure, deadline: '2026-12' })).toBe(true);
  });
});
