import { fileURLToPath } from 'node:url';
import { type Edition, loadCorpus } from '@strategi/model';
import { diffEditions, isEmptyDiff } from '@strategi/model/diff';
import { beforeAll, describe, expect, it } from 'vitest';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
let before: Edition;
let after: Edition;

beforeAll(async () => {
  const [a, b] = await Promise.all([loadCorpus(fixture('before'), { cacheFolder: false }), loadCorpus(fixture('after'), { cacheFolder: false })]);
  expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(b.problems.filter((p) => p.severity === 'error')).toEqual([]);
  before = a.working;
  after = b.working;
});

describe('diffEditions', () => {
  it('finds nothing between an edition and itself', () => {
    const diff = diffEditions(before, before);
    expect(diff).toEqual({ from: 'utkast', to: 'utkast', added: [], removed: [], changed: [] });
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('lists added and removed documents, matching renamed ones through their aliases', () => {
    const diff = diffEditions(before, after);
    expect(isEmptyDiff(diff)).toBe(false);
    expect(diff.added).toEqual([{ id: 'T-10', kind: 'measure', title: 'Dele gode eksempler' }]);
    expect(diff.removed).toEqual([{ id: 'IN-1', kind: 'input', title: 'Mer utstyr' }]);
    const renamed = diff.changed.find((change) => change.id === 'T-7');
    expect(renamed).toEqual({
      id: 'T-7',
      kind: 'measure',
      title: 'Kartlegge utstyr',
      previousId: 'T-2',
      // The sectors were only reordered: a set, so no change.
      fields: [{ field: 'aliases', before: [], after: ['T-2'], added: ['T-2'], removed: [] }],
      textChanged: false,
      prose: undefined,
      paragraphs: [],
    });
  });

  it('gives field changes as data, compares sets as sets, and diffs the prose by words', () => {
    const change = diffEditions(before, after).changed.find((c) => c.id === 'T-1')!;
    expect(change.fields).toEqual([
      { field: 'goals', before: ['M-1'], after: ['M-2', 'M-1'], added: ['M-2'], removed: [] },
      { field: 'deadline', before: '2025-06', after: '2025-12' },
      { field: 'status', before: 'startet', after: 'forsinket' },
      {
        field: 'history',
        before: [{ date: '2023-05-01', status: 'startet' }],
        after: [
          { date: '2023-05-01', status: 'startet' },
          { date: '2024-02-01', status: 'forsinket' },
        ],
        added: [{ date: '2024-02-01', status: 'forsinket' }],
        removed: [],
      },
    ]);
    expect(change.prose).toEqual([
      { value: 'Tiltaket ' },
      { value: 'støtter', removed: true },
      { value: 'styrker', added: true },
      { value: ' [målet](mal:M-1).' },
    ]);
  });

  it('shows both sides of a set change and a removed field', () => {
    const change = diffEditions(after, before).changed.find((c) => c.id === 'M-2')!;
    expect(change.fields).toEqual([{ field: 'inputs', before: [], after: ['IN-1'], added: ['IN-1'], removed: [] }]);
    const t1 = diffEditions(after, before).changed.find((c) => c.id === 'T-1')!;
    expect(t1.fields[0]).toEqual({ field: 'goals', before: ['M-2', 'M-1'], after: ['M-1'], added: [], removed: ['M-2'] });
  });

  it('never compares or shows the internal note', () => {
    const diff = diffEditions(before, after);
    // M-1 differs only in its internal note.
    expect(diff.changed.map((change) => change.id)).toEqual(['M-2', 'T-1', 'T-7']);
    expect(JSON.stringify(diff)).not.toContain('internalNote');
    expect(JSON.stringify(diff)).not.toContain('Avklar fristen');
    expect(JSON.stringify(diffEditions(after, before))).not.toContain('Hemmelig');
  });

  it('sorts by kind order, then by id with numbers in numeric order', () => {
    const diff = diffEditions(before, after);
    expect(diff.changed.map((change) => change.kind)).toEqual(['goal', 'measure', 'measure']);
    const both = diffEditions({ ...before, documents: [], byId: new Map() }, after);
    expect(both.added.map((ref) => ref.id)).toEqual(['strategi', 'I-1', 'M-1', 'M-2', 'T-1', 'T-7', 'T-10', 'H-1', 'KD', 'Sprakradet', 'R-1']);
  });
});

describe('a field that changes shape', () => {
  it('`example: true` → a list of fields is one change with both values, not a crash', async () => {
    const { cp, mkdtemp, readFile, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const copy = path.join(await mkdtemp(path.join(tmpdir(), 'strategi-diff-')), 'content');
    await cp(fixture('before'), copy, { recursive: true });
    const goal = path.join(copy, 'mal/M-1.md');
    const text = await readFile(goal, 'utf8');
    await writeFile(goal, text.replace(/^---\n/, '---\nexample: true\n'));
    const whole = (await loadCorpus(copy, { cacheFolder: false })).working;
    await writeFile(goal, text.replace(/^---\n/, '---\nexample: [title, body]\n'));
    const fields = (await loadCorpus(copy, { cacheFolder: false })).working;
    const change = diffEditions(whole, fields).changed.find((c) => c.id === 'M-1');
    expect(change?.fields).toEqual([{ field: 'example', before: true, after: ['title', 'body'] }]);
    expect(diffEditions(fields, whole).changed.find((c) => c.id === 'M-1')?.fields).toEqual([{ field: 'example', before: ['title', 'body'], after: true }]);
  });
});
