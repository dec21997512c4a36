// What an author writes (z.input) and what the program gets after defaults (z.output).
import { describe, expectTypeOf, test } from 'vitest';
import type {
  ActionPlan,
  Actor,
  DocumentData,
  DocumentInput,
  Goal,
  Measure,
  MeasureInput,
  PartialDate,
  ProgressReport,
  Strategy,
  Version,
  VersionInput,
} from '../src/index.ts';

describe('measure', () => {
  test('fields with a default may be left out by the author and are always there for the program', () => {
    expectTypeOf<MeasureInput['partners']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Measure['partners']>().toEqualTypeOf<string[]>();
    expectTypeOf<MeasureInput['history']>().toEqualTypeOf<{ date: string; status: Measure['status']; note?: string | undefined }[] | undefined>();
    expectTypeOf<Measure['history']>().toEqualTypeOf<{ date: string; status: Measure['status']; note?: string | undefined }[]>();
    expectTypeOf<MeasureInput['lang']>().toEqualTypeOf<'nb' | 'nn' | 'en' | undefined>();
    expectTypeOf<Measure['lang']>().toEqualTypeOf<'nb' | 'nn' | 'en'>();
    expectTypeOf<Measure['example']>().toEqualTypeOf<boolean | string[]>();
    expectTypeOf<ProgressReport['entries'][number]['measure']>().toEqualTypeOf<string>();
  });

  test('a date is a year as a number or a string going in, and always a string coming out', () => {
    expectTypeOf<MeasureInput['start']>().toEqualTypeOf<number | string>();
    expectTypeOf<Measure['start']>().toEqualTypeOf<string>();
    expectTypeOf<Measure['deadline']>().toEqualTypeOf<PartialDate | undefined>();
    expectTypeOf<PartialDate>().toEqualTypeOf<string>();
  });

  test('required and optional fields', () => {
    expectTypeOf<Measure['goals']>().toEqualTypeOf<string[]>();
    expectTypeOf<MeasureInput['goals']>().toEqualTypeOf<string[]>();
    expectTypeOf<Measure['actionPlan']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Measure['status']>().toEqualTypeOf<'planlagt' | 'startet' | 'i-rute' | 'forsinket' | 'fullført' | 'stanset'>();
    expectTypeOf<Measure>().toHaveProperty('internalNote');
    expectTypeOf<{ id: 'T-1' }>().not.toExtend<MeasureInput>();
  });
});

describe('DocumentData and DocumentInput are the output and input of each kind', () => {
  test('per kind', () => {
    expectTypeOf<DocumentData<'measure'>>().toEqualTypeOf<Measure>();
    expectTypeOf<DocumentInput<'measure'>>().toEqualTypeOf<MeasureInput>();
    expectTypeOf<DocumentData<'goal'>>().toEqualTypeOf<Goal>();
    expectTypeOf<DocumentData<'strategy'>>().toEqualTypeOf<Strategy>();
    expectTypeOf<DocumentData<'actionPlan'>>().toEqualTypeOf<ActionPlan>();
    expectTypeOf<DocumentData<'actor'>>().toEqualTypeOf<Actor>();
  });

  test('a goal’s inputs default to an empty list; its parent stays optional', () => {
    expectTypeOf<DocumentInput<'goal'>['inputs']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Goal['inputs']>().toEqualTypeOf<string[]>();
    expectTypeOf<Goal['parent']>().toEqualTypeOf<string | undefined>();
  });
});

test('a version: schema version 1 when absent, the history always a list, the old hashes optional', () => {
  expectTypeOf<VersionInput['schemaVersion']>().toEqualTypeOf<number | undefined>();
  expectTypeOf<Version['schemaVersion']>().toEqualTypeOf<number>();
  expectTypeOf<Version['history']>().toEqualTypeOf<{ status: Version['status']; date: string }[]>();
  expectTypeOf<Version['hashes']>().toEqualTypeOf<Record<string, string> | undefined>();
  expectTypeOf<Version['status']>().toEqualTypeOf<'utkast' | 'høring' | 'vedtatt' | 'erstattet'>();
});
