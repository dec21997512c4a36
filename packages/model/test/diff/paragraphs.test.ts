// The reader's diff: rendered blocks, links as their text, word changes inside a changed paragraph, and nothing of
// the Markdown source (no `**`, no `[text](target)`, no comments).
import { describe, expect, test } from 'vitest';
import { blocksOf, condenseWords, diffParagraphs, summariseDiff } from '../../src/diff/index.ts';

const shown = (parts: { value: string; added?: boolean; removed?: boolean }[]) =>
  parts.map((part) => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value)).join('');

describe('blocksOf', () => {
  test('gives paragraphs, headings and list items as rendered text, links as their text', () => {
    expect(blocksOf('## Mål\n\nSe [handlingsplanen](handlingsplan:H-1) og **dette**.\n\n- én\n- to <!-- skjult -->')).toEqual([
      { kind: 'heading', text: 'Mål' },
      { kind: 'paragraph', text: 'Se handlingsplanen og dette.' },
      { kind: 'item', text: 'én' },
      { kind: 'item', text: 'to' },
    ]);
  });
});

describe('diffParagraphs', () => {
  test('a reworded paragraph is one change with its words; a new one is added; a dropped one removed', () => {
    const before = 'Første avsnitt står.\n\nVi skal lage en veileder om personvern.\n\nDette avsnittet går ut.';
    const after = 'Første avsnitt står.\n\nVi skal lage en ny veileder om personvern i skolen.\n\nHelt nytt avsnitt om noe annet.';
    const changes = diffParagraphs(before, after);
    expect(changes.map((change) => change.type)).toEqual(['changed', 'removed', 'added']);
    expect(shown(changes[0]!.type === 'changed' ? changes[0]!.words : [])).toBe('Vi skal lage en {+ny +}veileder om personvern {+i skolen+}.');
    expect(changes[1]).toEqual({ type: 'removed', kind: 'paragraph', text: 'Dette avsnittet går ut.' });
    expect(changes[2]).toEqual({ type: 'added', kind: 'paragraph', text: 'Helt nytt avsnitt om noe annet.' });
  });

  test('a changed link target is no change for readers; changed link text is a change in words, never syntax', () => {
    expect(diffParagraphs('Se [planen](handlingsplan:H-1).', 'Se [planen](tiltak:T-1).')).toEqual([]);
    const changes = diffParagraphs('Se [handlingsplanen](handlingsplan:H-1) nå.', 'Se [tiltaket](tiltak:T-1) nå.');
    const text = JSON.stringify(changes);
    expect(text).not.toMatch(/\]\(|tiltak:|handlingsplan:|~~|\*\*/);
    expect(changes).toHaveLength(1);
  });

  test('a paragraph inside a passage marked :::eksempel is compared like any other, without the mark or its label', () => {
    const before = 'Ekte avsnitt.\n\n:::eksempel\nEn skole kjøpte ti nettbrett.\n:::';
    const after = 'Ekte avsnitt.\n\n:::eksempel\nEn skole kjøpte tjue nettbrett.\n\nEtterpå kom det flere.\n:::';
    const changes = diffParagraphs(before, after);
    expect(changes.map((change) => change.type)).toEqual(['changed', 'added']);
    expect(shown(changes[0]!.type === 'changed' ? changes[0]!.words : [])).toBe('En skole kjøpte [-ti-]{+tjue+} nettbrett.');
    expect(changes[1]).toEqual({ type: 'added', kind: 'paragraph', text: 'Etterpå kom det flere.' });
    expect(JSON.stringify(changes)).not.toMatch(/:::|Eksempel|kjente fakta/);
  });

  test('a paragraph that comes into or out of a passage marked :::eksempel, its words the same, is marked or unmarked', () => {
    expect(diffParagraphs('Ekte.\n\nOppdiktet.\n\nMer oppdiktet.', 'Ekte.\n\n:::eksempel\nOppdiktet.\n\nMer oppdiktet.\n:::')).toEqual([
      { type: 'marked', kind: 'paragraph', text: 'Oppdiktet.', example: true },
      { type: 'marked', kind: 'paragraph', text: 'Mer oppdiktet.', example: true },
    ]);
    expect(diffParagraphs(':::eksempel\nFra en kilde likevel.\n:::\n\nEkte.', 'Fra en kilde likevel.\n\nEkte.')).toEqual([
      { type: 'marked', kind: 'paragraph', text: 'Fra en kilde likevel.', example: false },
    ]);
    // Marked and reworded at once is a change of words.
    expect(diffParagraphs('Ti nettbrett.', ':::eksempel\nTjue nettbrett.\n:::').map((change) => change.type)).toEqual(['changed']);
  });

  test('two texts are told apart whatever they hold: a NUL or a colon in the first is not where the second starts', () => {
    for (const text of ['Første\u0000andre avsnitt.', 'Frist: 2030.\n\n12:30 er tiden.']) {
      expect(diffParagraphs(text, text)).toEqual([]);
      expect(diffParagraphs(text, `${text}\n\nNytt avsnitt.`)).toEqual([{ type: 'added', kind: 'paragraph', text: 'Nytt avsnitt.' }]);
    }
  });

  test('comments and raw HTML never reach the result', () => {
    expect(JSON.stringify(diffParagraphs('Tekst.', 'Tekst.\n\n<!-- HEMMELIG -->\n\n<script>HEMMELIG</script>'))).not.toContain('HEMMELIG');
  });
});

describe('condenseWords', () => {
  test('keeps the words next to a change and shortens the stretches between', () => {
    const long = Array.from({ length: 40 }, (_, i) => `ord${i}`).join(' ');
    const parts = [{ value: `${long} ` }, { value: 'nytt', added: true }, { value: ` ${long}` }];
    const text = shown(condenseWords(parts, 3));
    expect(text).toBe('… ord37 ord38 ord39 {+nytt+} ord0 ord1 ord2 …');
  });
});

describe('summariseDiff', () => {
  test('counts per kind, moved measures, fields and changed texts', () => {
    const summary = summariseDiff({
      from: 'a',
      to: 'b',
      added: [{ id: 'T-9', kind: 'measure', title: 'Ny' }],
      removed: [],
      changed: [
        {
          id: 'T-1',
          kind: 'measure',
          title: 'En',
          fields: [{ field: 'goals', before: ['M-1'], after: ['M-2'] }],
          textChanged: false,
          prose: undefined,
          paragraphs: [],
        },
        {
          id: 'T-2',
          kind: 'measure',
          title: 'To',
          fields: [{ field: 'status', before: 'planlagt', after: 'startet' }],
          textChanged: true,
          prose: [{ value: 'x' }],
          paragraphs: [],
        },
      ],
    });
    expect(summary).toEqual({
      kinds: [{ kind: 'measure', added: 1, removed: 0, moved: 1, changed: 2 }],
      fields: [
        { field: 'goals', count: 1 },
        { field: 'status', count: 1 },
      ],
      textChanged: 1,
    });
  });
});

describe('a field that changes form', () => {
  test('from a value to a list is one change of the whole value, not a list diff', async () => {
    const { diffEditions } = await import('../../src/diff/index.ts');
    const doc = (example: unknown) => ({
      id: 'T-1',
      kind: 'measure',
      path: 'tiltak/T-1.md',
      body: '',
      links: [],
      data: { id: 'T-1', title: 'T', aliases: [], example },
    });
    const edition = (example: unknown) => {
      const d = doc(example);
      return {
        id: String(example),
        documents: [d],
        byId: new Map([['T-1', d]]),
        index: { resolve: () => undefined, strategy: undefined },
      };
    };
    // biome-ignore lint/suspicious/noExplicitAny: a minimal stand-in for two editions
    const diff = diffEditions(edition(true) as any, edition(['history']) as any);
    expect(diff.changed[0]?.fields).toEqual([{ field: 'example', before: true, after: ['history'] }]);
  });
});
