// A command's flags checked against a schema give the catalogue's Norwegian messages, named as the flags are typed,
// instead of zod's English («String must contain at least 1 character(s)»).
import { measureSchema, versionSchema } from '@strategi/schema';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { checkObject } from '../src/index.ts';

const flags = { id: '--id', label: '--label', status: '--status', date: '--date' };
const messages = (result: ReturnType<typeof checkObject>) => result.problems.map((problem) => `${problem.message}  [${problem.ruleId}]`);

describe('checkObject', () => {
  test('--label "" is «--label» kan ikke være tom', () => {
    const result = checkObject(versionSchema, { id: '2024-vedtatt', label: '', status: 'vedtatt', date: '2024-04-19' }, { names: flags });
    expect(result.data).toBeUndefined();
    expect(messages(result)).toEqual(['«--label» kan ikke være tom.  [schema/too-small]']);
    expect(result.problems[0]).toMatchObject({ file: '', line: 1, column: 1, severity: 'error', hint: 'Fyll inn «--label».' });
  });

  test('a label of spaces, a label over two lines, control characters in a title or change note', () => {
    const version = (fields: Record<string, string>) =>
      messages(checkObject(versionSchema, { id: '2024-vedtatt', label: 'Vedtatt', status: 'vedtatt', date: '2024-04-19', ...fields }, { names: flags }));
    expect(version({ label: '   ' })).toEqual(['«--label» har bare mellomrom eller usynlige tegn, og ville vist seg som tom.  [schema/blank-text]']);
    expect(version({ label: 'Vedtatt\n2024' })).toEqual(['«--label» skal stå på én linje, men har et linjeskift.  [schema/line-break]']);
    expect(version({ label: 'Vedtatt\u001b[31m' })).toEqual([
      '«--label» har kontrolltegnet U+001B, som ikke kan publiseres (det gjør blant annet nyhetsstrømmen uleselig).  [schema/control-character]',
    ]);
    // A change note is Markdown of several lines: a line break is fine there, DEL is not.
    expect(version({ change: 'mindre', changeNote: 'Rettet.\nOg mer.' })).toEqual([]);
    expect(version({ change: 'mindre', changeNote: 'Rettet\u007f.' })).toEqual([
      '«changeNote» har kontrolltegnet U+007F, som ikke kan publiseres (det gjør blant annet nyhetsstrømmen uleselig).  [schema/control-character]',
    ]);
    const measure = { id: 'T-1', goals: ['M-1'], responsible: ['KD'], sectors: ['grunnskole'], start: 2024, deadline: 2026, status: 'planlagt' };
    expect(messages(checkObject(measureSchema, { ...measure, title: '\u200b\u2060\ufeff' }))).toEqual([
      '«title» har bare mellomrom eller usynlige tegn, og ville vist seg som tom.  [schema/blank-text]',
    ]);
    // NEL (U+0085) is a line break before it is a control character: reported once, as what the editor meant.
    expect(messages(checkObject(measureSchema, { ...measure, title: 'Utstyr\u0085og\u2028mer' }))).toEqual([
      '«title» skal stå på én linje, men har et linjeskift.  [schema/line-break]',
    ]);
  });

  test('every fault of the flags at once, each in Norwegian with a did-you-mean where one helps', () => {
    const result = checkObject(
      versionSchema,
      { id: 'Vedtatt 2024', label: 'Vedtatt', status: 'adoptd', date: '19.04.2024' },
      { names: flags, file: 'strategi release' },
    );
    expect(messages(result)).toEqual([
      '«--id» har feil format: «Vedtatt 2024».  [schema/invalid-format]',
      '«--status» kan ikke være «adoptd». Mente du «vedtatt»?  [schema/invalid-value]',
      '«--date» har feil format: «19.04.2024».  [schema/invalid-format]',
    ]);
    expect(result.problems.map((problem) => problem.file)).toEqual(['strategi release', 'strategi release', 'strategi release']);
    expect(result.problems[2]!.hint).toBe('Riktig format: Dato på formen ÅÅÅÅ-MM-DD.');
  });

  test('a missing value and an unknown one, typed in Norwegian', () => {
    const result = checkObject(versionSchema, { id: '2024', status: 'vedtatt', date: '2024-04-19', tittel: 'x' }, { names: flags });
    expect(messages(result)).toEqual(['Feltet «--label» mangler.  [schema/missing-field]', 'Ukjent felt «tittel».  [schema/unknown-key]']);
    const label = checkObject(versionSchema, { id: '2024', status: 'vedtatt', date: '2024-04-19', navn: 'x' });
    expect(messages(label)).toEqual(['Feltet «label» mangler.  [schema/missing-field]', 'Ukjent felt «navn». Mente du «label»?  [schema/unknown-key]']);
  });

  test('nested values are named as people count them', () => {
    const measure = { id: 'T-1', title: 'x', goals: ['M-1'], responsible: ['KD'], sectors: ['barnehage'], start: 2024, deadline: 2025, status: 'planlagt' };
    const result = checkObject(measureSchema, {
      ...measure,
      history: [
        { date: '2024-01-01', status: 'startet' },
        { date: '2024-02-01', status: 'started', note: '' },
      ],
    });
    expect(messages(result)).toEqual([
      '«status i 2. oppføring i history» kan ikke være «started». Mente du «startet»?  [schema/invalid-value]',
      '«note i 2. oppføring i history» kan ikke være tom.  [schema/too-small]',
    ]);
  });

  test('a value of schema version 1 is answered with the current one', () => {
    const result = checkObject(versionSchema, { id: '2024', label: 'Vedtatt', status: 'adopted', date: '2024-04-19' }, { names: flags });
    expect(messages(result)).toEqual(['«--status» kan ikke være «adopted». Mente du «vedtatt»?  [schema/invalid-value]']);
  });

  test('a valid object gives its data, defaults filled in, and no problems', () => {
    const result = checkObject(versionSchema, { id: '2024', label: 'Vedtatt', status: 'vedtatt', date: '2024-04-19' }, { names: flags });
    expect(result).toEqual({
      data: { id: '2024', label: 'Vedtatt', status: 'vedtatt', date: '2024-04-19', example: false, schemaVersion: 1, history: [] },
      problems: [],
    });
  });
});

test('a refinement without a message of its own gets Norwegian words, not zod’s «Invalid input»', () => {
  const schema = z.strictObject({ year: z.int().refine((year) => year % 2 === 0) });
  expect(messages(checkObject(schema, { year: 2025 }, { names: { year: '--year' } }))).toEqual(['«--year»: Verdien er ikke gyldig her.  [schema/invalid]']);
});
