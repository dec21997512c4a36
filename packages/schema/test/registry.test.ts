// The kind registry and the relations declared with ref(): what the rest of the tools derive from.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  compareIds,
  documentKindNames,
  documentKinds,
  documentPath,
  idPatterns,
  kindForCli,
  kindForFolder,
  kindForLinkScheme,
  measureSchema,
  ref,
  references,
  relations,
  relationsOf,
  relationsTo,
} from '../src/index.ts';

describe('relations are declared once, with ref(), and found from the schemas', () => {
  test('every relation, in registry order', () => {
    expect(relations.map((relation) => `${relation.key} → ${relation.to}${relation.many ? '[]' : ''}${relation.required ? '' : '?'}`)).toEqual([
      'strategy.owners → actor[]',
      'goal.focusArea → focusArea',
      'goal.parent → goal?',
      'goal.inputs → input[]?',
      'measure.goals → goal[]',
      'measure.responsible → actor[]',
      'measure.partners → actor[]?',
      'measure.actionPlan → actionPlan?',
      'measure.inputs → input[]?',
      'inputRound.organisers → actor[]',
      'input.round → inputRound',
      'progressReport.entries.measure → measure[]',
      'indicator.goals → goal[]',
    ]);
  });

  test('a relation is stored on one side only: no two relations join the same kinds both ways for the same link', () => {
    // An action plan's measures are derived from measure.actionPlan; the plan's old `measures` list is no reference.
    expect(relationsOf('actionPlan')).toEqual([]);
    expect(relationsTo('actionPlan').map((relation) => relation.key)).toEqual(['measure.actionPlan']);
  });

  test('what points at an actor, with the words its page uses', () => {
    expect(relationsTo('actor').map((relation) => [relation.key, relation.inverse?.nb])).toEqual([
      ['strategy.owners', 'Eier strategien'],
      ['measure.responsible', 'Ansvarlig for'],
      ['measure.partners', 'Deltar i'],
      ['inputRound.organisers', 'Har arrangert innspillsrunder'],
    ]);
  });

  test('a new reference field is found without being listed anywhere else', () => {
    const schema = z.strictObject({ id: z.string(), helpers: z.array(ref('actor', 'Hjelpere.')).default([]) });
    expect(references.get(schema.shape.helpers.unwrap().element)).toEqual({ kind: 'actor' });
  });
});

describe('the registry', () => {
  test('every kind has its folder, link prefix, command name, rule and words, each unique', () => {
    for (const key of ['folder', 'link', 'cli', 'unknownRule'] as const) {
      const values = documentKindNames.map((kind) => documentKinds[kind][key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
    for (const kind of documentKindNames) {
      expect(kindForLinkScheme(documentKinds[kind].link)).toBe(kind);
      expect(kindForCli(documentKinds[kind].cli)).toBe(kind);
      if (kind !== 'strategy') expect(kindForFolder(documentKinds[kind].folder)).toBe(kind);
      expect(documentKinds[kind].idPattern.test(documentKinds[kind].idExample), kind).toBe(true);
      for (const lang of ['nb', 'nn', 'en'] as const) expect(Object.values(documentKinds[kind].words[lang]).every(Boolean), `${kind} ${lang}`).toBe(true);
    }
  });

  test('a numbered kind writes only its prefix: pattern, example, command name and rule are derived', () => {
    expect(documentKinds.inputRound).toMatchObject({ idPrefix: 'R-', idExample: 'R-1', cli: 'input-round', unknownRule: 'link/unknown-input-round' });
    expect(documentKinds.inputRound.idPattern.test('R-12')).toBe(true);
    expect(documentKinds.inputRound.idPattern.test('IN-12')).toBe(false);
    expect(documentKinds.actor).toMatchObject({ idPrefix: undefined, idExample: 'Udir', titleField: 'name' });
  });

  test("each kind's schema takes the registry's ids for its own id, and no other", () => {
    for (const kind of documentKindNames) {
      const { schema, idExample, idPrefix } = documentKinds[kind];
      const id = schema.shape.id;
      expect(id.safeParse(idExample).success, kind).toBe(true);
      if (idPrefix !== undefined) expect(id.safeParse(`X${idExample}`).success, kind).toBe(false);
    }
  });

  test('what varies by kind for the site and `strategi new` is in the registry', () => {
    expect(documentKindNames.filter((kind) => documentKinds[kind].wholeDocument)).toEqual(['focusArea', 'goal', 'measure', 'actionPlan', 'actor']);
    expect(documentKindNames.filter((kind) => !documentKinds[kind].versioned)).toEqual(['progressReport']);
    expect(documentKinds.goal.trailParent).toEqual({ relation: 'focusArea' });
    const context = { year: 2026, period: { start: 2023, end: 2030 }, nextOrder: 4, today: '2026-03-01' };
    expect(documentKinds.actionPlan.newDefaults(context)).toEqual({ period: { start: 2026, end: 2028 } });
    expect(documentKinds.goal.newDefaults(context)).toEqual({});
    expect(documentKinds.actor.placeholder.nn).toBe('Beskriv aktøren og rolla han har i strategien.');
    // A trail parent named by relation names a relation the kind declares.
    for (const kind of documentKindNames) {
      const parent = documentKinds[kind].trailParent;
      if (parent && 'relation' in parent) expect(relationsOf(kind).map((relation) => relation.field)).toContain(parent.relation);
    }
  });

  test('a document lives at its id', () => {
    expect(documentPath('measure', 'T-3')).toBe('tiltak/T-3.md');
    expect(documentPath('strategy', 'strategi')).toBe('strategi.md');
  });

  test('ids are ASCII and bounded', () => {
    expect(idPatterns.measure.test(`T-${'9'.repeat(6)}`)).toBe(true);
    expect(idPatterns.measure.test(`T-${'9'.repeat(7)}`)).toBe(false);
    expect(idPatterns.measure.test(`T-1${'0'.repeat(300)}`)).toBe(false);
    expect(idPatterns.actor.test('KD')).toBe(true);
    for (const lookalike of ['КD', 'KD\u034f', 'KD\ufe0f', 'Språkrådet', 'K D', 'KD.']) expect(idPatterns.actor.test(lookalike), lookalike).toBe(false);
    expect(measureSchema.shape.id.safeParse(`T-${'1'.repeat(300)}`).success).toBe(false);
  });
});

describe('ids are ordered as people count', () => {
  test('numbers as numbers, without floating point', () => {
    const ids = ['T-10', 'T-2', 'T-1', 'IN-3', 'T-999999', `T-${'9'.repeat(40)}`, 'T-100000', 'KS', 'KD', 'Digdir'];
    expect([...ids].sort(compareIds)).toEqual(['Digdir', 'IN-3', 'KD', 'KS', 'T-1', 'T-2', 'T-10', 'T-100000', 'T-999999', `T-${'9'.repeat(40)}`]);
    expect(compareIds(`T-${'9'.repeat(30)}8`, `T-${'9'.repeat(31)}`)).toBeLessThan(0);
  });
});
