// The graph is derived from the relations the schema declares, with former ids resolved once, at load: every
// consumer (rules, rollups, diff, trace) sees a renamed document with all that points at it.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { diffEditions } from '../src/diff/index.ts';
import { classifyLink, createInputTracer, editionRollup } from '../src/index.ts';
import { load, problemLines, scratch } from './helpers.ts';

describe('a goal, a measure and an actor renamed the documented way (new id, the old one under aliases)', () => {
  async function renamed() {
    const copy = await scratch('valid-minimal', 'renamed');
    const before = (await load(copy.dir)).working;
    // M-2 → M-12, T-1 → T-11, KD → Kd-dep; everything that points at them keeps the old id.
    await copy.edit('mal/M-2.md', (text) => text.replace('id: M-2', 'id: M-12\naliases: [M-2]'));
    await copy.edit('tiltak/T-1.md', (text) => text.replace('id: T-1', 'id: T-11\naliases: [T-1]'));
    await copy.edit('aktorer/KD.md', (text) => text.replace('id: KD', 'id: KDep\naliases: [KD]'));
    const { rename } = await import('node:fs/promises');
    await rename(copy.file('mal/M-2.md'), copy.file('mal/M-12.md'));
    await rename(copy.file('tiltak/T-1.md'), copy.file('tiltak/T-11.md'));
    await rename(copy.file('aktorer/KD.md'), copy.file('aktorer/KDep.md'));
    return { copy, before };
  }

  test('validate finds nothing wrong: the goal keeps its measures, the actor its measures and rounds', async () => {
    const { copy } = await renamed();
    expect(await problemLines(copy.dir)).toEqual([]);
    const { working } = await load(copy.dir);
    const goal = working.index.resolve('M-2')!;
    expect(goal.id).toBe('M-12');
    expect(working.index.sources(goal, 'measure.goals').map((measure) => measure.id)).toEqual(['T-2', 'T-11']);
    const actor = working.index.resolve('KD')!;
    expect(working.index.sources(actor, 'measure.responsible').map((measure) => measure.id)).toEqual(['T-2', 'T-11']);
    expect(working.index.sources(actor, 'inputRound.organisers').map((round) => round.id)).toEqual(['R-1']);
    expect(working.index.sources(actor, 'strategy.owners').map((strategy) => strategy.id)).toEqual(['strategi']);
  });

  test('the rollup counts the renamed goal’s measures', async () => {
    const { copy } = await renamed();
    const { working } = await load(copy.dir);
    expect(editionRollup(working, '2024-01-01').byGoal.get('M-12')?.total).toBe(2);
  });

  test('the diff shows the renames and no change in the documents that still use the old ids', async () => {
    const { copy, before } = await renamed();
    const after = (await load(copy.dir)).working;
    const diff = diffEditions(before, after);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((change) => [change.id, change.previousId, change.fields.map((field) => field.field)])).toEqual([
      ['M-12', 'M-2', ['aliases']],
      ['T-11', 'T-1', ['aliases']],
      ['KDep', 'KD', ['aliases']],
    ]);
  });

  test('the trace follows the renamed goal as the same document', async () => {
    const { copy, before } = await renamed();
    const after = (await load(copy.dir)).working;
    const steps = createInputTracer([before, after]).trace('IN-1');
    expect(steps.map((step) => step.citedBy.map((doc) => doc.id))).toEqual([['M-2'], ['M-12']]);
    expect(steps[1]?.events).toEqual([
      {
        type: 'changed',
        doc: { id: 'M-12', kind: 'goal', title: 'Alle skoler har god digital infrastruktur.' },
        prose: false,
        fields: ['aliases'],
        previousId: 'M-2',
      },
    ]);
  });
});

describe('document links', () => {
  test.each([
    ['../tiltak/T-1.md', 'mal/M-1.md', { kind: 'measure', id: 'T-1', fragment: undefined, form: 'path' }],
    ['../tiltak/T-1.md#bakgrunn', 'mal/M-1.md', { kind: 'measure', id: 'T-1', fragment: 'bakgrunn', form: 'path' }],
    ['./tiltak/T-1.md', 'strategi.md', { kind: 'measure', id: 'T-1', fragment: undefined, form: 'path' }],
    ['T-2.md', 'tiltak/T-1.md', { kind: 'measure', id: 'T-2', fragment: undefined, form: 'path' }],
    ['../strategi.md', 'tiltak/T-1.md', { kind: 'strategy', id: 'strategi', fragment: undefined, form: 'path' }],
    ['tiltak:T-1', 'mal/M-1.md', { kind: 'measure', id: 'T-1', fragment: undefined, form: 'shorthand' }],
    ['TILTAK:T-1', 'mal/M-1.md', { kind: 'measure', id: 'T-1', fragment: undefined, form: 'shorthand' }],
  ])('%s from %s is a document link', (url, from, target) => {
    expect(classifyLink(url, from)).toEqual({ type: 'document', target });
  });

  test.each([
    ['https://www.udir.no', 'external'],
    ['mailto:post@kd.dep.no', 'external'],
    ['#formal', 'fragment'],
  ])('%s is published as it is (%s)', (url, type) => {
    expect(classifyLink(url, 'tiltak/T-1.md').type).toBe(type);
  });

  test.each([
    ['tiltak:T-1?x=1', 'link/malformed'],
    ['tiltak:', 'link/malformed'],
    ['tiltak:T-1#', 'link/malformed'],
    ['../tiltak/T-1.md?x=1', 'link/malformed'],
    ['/tiltak/T-1.md', 'link/malformed'],
    ['', 'link/malformed'],
    ['https://', 'link/malformed'],
    ['mailto:', 'link/malformed'],
    ['tel:+4722222222', 'link/unsupported-protocol'],
    ['ftp://filer.example.no/plan.pdf', 'link/unsupported-protocol'],
    ['data:text/html,<script>alert(1)</script>', 'link/unsupported-protocol'],
    ['javascript:alert(1)', 'link/unsupported-protocol'],
    ['//example.no/x', 'link/unsupported-protocol'],
    ['tilak:T-1', 'link/unknown-scheme'],
    ['../../etc/passwd', 'link/not-a-document'],
    ['../bilder/kart.png', 'link/not-a-document'],
    ['../notater/T-1.md', 'link/not-a-document'],
  ])('%s is reported, never dropped silently (%s)', (url, rule) => {
    const link = classifyLink(url, 'tiltak/T-1.md');
    expect(link.type === 'problem' ? link.rule : link.type).toBe(rule);
  });

  test('every kind of bad link is reported at its place, and a heading that exists is fine', async () => {
    const copy = await scratch('valid-minimal', 'links');
    await copy.edit(
      'mal/M-1.md',
      (text) =>
        `${text}\n## Bakgrunn\n\nSe [T-1](../tiltak/T-1.md), [spørsmålet](tiltak:T-1?x=1), [ring](tel:22222222), [filen](ftp://x.no/a), [toppen](#bakgrunn), [feil](../tiltak/T-2.md#mangler) og [riktig](../mal/M-1.md#bakgrunn).\n`,
    );
    expect(await problemLines(copy.dir)).toEqual([
      'links/mal/M-1.md:10:29  error  Lenken «tiltak:T-1?x=1» kan ikke brukes: en lenke til et dokument kan bare ha id-en (og eventuelt «#overskrift») etter kolonet.  [link/malformed]',
      'links/mal/M-1.md:10:59  error  Lenken «tel:22222222» bruker «tel:», som nettstedet ikke kan vise som lenke.  [link/unsupported-protocol]',
      'links/mal/M-1.md:10:81  error  Lenken «ftp://x.no/a» bruker «ftp:», som nettstedet ikke kan vise som lenke.  [link/unsupported-protocol]',
      'links/mal/M-1.md:10:125  error  «T-2» har ingen overskrift «#mangler».  [link/unknown-heading]',
    ]);
  });

  test('a link to a document of another kind says which link to write', async () => {
    const copy = await scratch('valid-minimal', 'wrong-kind-path');
    await copy.edit('tiltak/T-2.md', (text) => `${text}\nSe [målet](../tiltak/M-1.md).\n`);
    expect(await problemLines(copy.dir)).toEqual(['wrong-kind-path/tiltak/T-2.md:13:4  error  «M-1» er et mål, ikke et tiltak.  [link/wrong-kind]']);
    const corpus = await load(copy.dir);
    expect(corpus.problems[0]?.hint).toBe('Skriv «../mal/M-1.md».');
  });

  test('a link that changed form but points at the same document is no change in the diff', async () => {
    const copy = await scratch('valid-minimal', 'link-form');
    const before = (await load(copy.dir)).working;
    await copy.edit('tiltak/T-1.md', (text) => text.replace('[målet](../mal/M-1.md)', '[målet](mal:M-1)'));
    const after = (await load(copy.dir)).working;
    expect(diffEditions(before, after).changed).toEqual([]);
  });
});

describe('body links in both directions', () => {
  test('linksTo lists what a body links to, linkedFrom the other way', async () => {
    const { working } = await load(path.join(import.meta.dirname, 'fixtures', 'valid-minimal'));
    const measure = working.index.resolve('T-1')!;
    const goal = working.index.resolve('M-1')!;
    expect(working.index.linksTo(measure).map((doc) => doc.id)).toEqual(['M-1']);
    expect(working.index.linkedFrom(goal).map((doc) => doc.id)).toContain('T-1');
    expect(working.index.linksTo(goal)).toEqual([]);
  });
});
