import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { diffToMarkdown, diffToText } from '../src/report/diff-format.ts';
import { editorFixture, run } from './helpers.ts';

// The fixture is read, never written: run from its parent with --dir.
const cwd = path.dirname(editorFixture);
const dir = ['--dir', 'editor'];

describe('strategi diff', () => {
  test('prints what changed for a terminal: the summary first, then only the paragraphs that changed', async () => {
    const result = await run(['diff', '2024-horing', 'utkast', ...dir], cwd);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Endringer fra «2024-horing» til «utkast»

Oppsummering:
  tiltak: 1 fjernet, 2 endret (1 flyttet)
  felt: tidligere id-er (1), frist (1), mål (1), statushistorikk (1), status (1)
  tekst endret i 1 dokument

Fjernet (1):
  - T-5 (tiltak) «Prøve ut en delingstjeneste»

Endret (2):
  ~ T-1 (tiltak) «Lage en veileder»
      mål: la til M-3
      frist endret fra 2024-06 til 2025
      status endret fra startet til forsinket
      statushistorikk: la til 2024-08-01 forsinket (Venter på ny forskrift.)
      tekst:
        ~ Tiltaket [-støtter-]{+styrker+} målet om kompetanse i barnehagen.
  ~ T-4 (tiltak) «Kartlegge utstyr», tidligere T-2
      tidligere id-er: la til T-2
`);
  });

  test('prints Markdown a reviewer can paste into a review', async () => {
    const result = await run(['diff', 'utkast', '2024-horing', '--format', 'markdown', ...dir], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`## Endringer fra \`utkast\` til \`2024-horing\`

- tiltak: 2 lagt til, 1 fjernet, 1 endret (1 flyttet)
- felt: frist (1), mål (1), statushistorikk (1), status (1)
- tekst endret i 1 dokument

### Lagt til (2)

- **T-2** Kartlegge utstyr (tiltak)
- **T-5** Prøve ut en delingstjeneste (tiltak)

### Fjernet (1)

- **T-4** Kartlegge utstyr (tiltak)

### Endret (1)

#### T-1 Lage en veileder (tiltak)

- mål: fjernet M-3
- frist endret fra 2025 til 2024-06
- status endret fra forsinket til startet
- statushistorikk: fjernet 2024-08-01 forsinket (Venter på ny forskrift.)

Tekst:

> Tiltaket ~~styrker~~ **støtter** målet om kompetanse i barnehagen.
`);
  });

  test('prints JSON without the internal note', async () => {
    const result = await run(['diff', '2024-horing', 'utkast', '--format', 'json', ...dir], cwd);
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout);
    expect(diff.from).toBe('2024-horing');
    expect(diff.removed).toEqual([{ id: 'T-5', kind: 'measure', title: 'Prøve ut en delingstjeneste' }]);
    expect(diff.changed.map((change: { id: string; previousId?: string }) => [change.id, change.previousId])).toEqual([
      ['T-1', undefined],
      ['T-4', 'T-2'],
    ]);
    expect(result.stdout).not.toContain('internalNote');
    expect(result.stdout).not.toContain('Spør Udir');
  });

  test('says so when nothing changed', async () => {
    expect(await run(['diff', 'utkast', 'utkast', ...dir], cwd)).toEqual({ code: 0, stdout: 'Ingen endringer fra «utkast» til «utkast».\n', stderr: '' });
  });

  test('refuses an unknown version with a did-you-mean over the version ids', async () => {
    expect(await run(['diff', '2024-horign', 'utkast', ...dir], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Finner ikke versjonen «2024-horign». Mente du «2024-horing»?\n  → Versjonene er «2024-horing», «utkast» («utkast» er arbeidsutkastet).\n',
    });
  });

  test('refuses a wrong number of versions, an unknown format and a missing folder', async () => {
    expect(await run(['diff', 'utkast', ...dir], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Oppgi to versjoner, for eksempel «strategi diff 2023-vedtatt utkast».\n',
    });
    expect(await run(['diff', 'utkast', 'utkast', '--format', 'html', ...dir], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Ukjent format «html».\n  → Bruk --format text, json eller markdown.\n',
    });
    const missing = await run(['diff', 'utkast', 'utkast', '--dir', 'borte'], cwd);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'Finner ikke innholdsmappen borte: mappen finnes ikke.\n  → Kjør kommandoen i prosjektmappen, eller oppgi innholdsmappen med --dir <mappe>.\n',
    );
  });
});

describe('a paragraph whose example mark moved', () => {
  const diff = {
    from: 'a',
    to: 'b',
    added: [],
    removed: [],
    changed: [
      {
        id: 'T-1',
        kind: 'measure' as const,
        title: 'Et tiltak',
        fields: [],
        textChanged: true,
        prose: [{ value: ':::eksempel\n', added: true }, { value: 'Oppdiktet.' }],
        paragraphs: [
          { type: 'marked' as const, kind: 'paragraph' as const, text: 'Oppdiktet.', example: true },
          { type: 'marked' as const, kind: 'paragraph' as const, text: 'Fra en kilde.', example: false },
        ],
      },
    ],
  };

  test('is named as marked or no longer marked, in the terminal and in Markdown', () => {
    expect(diffToText(diff)).toContain('nå merket som eksempel: Oppdiktet.\n        ikke lenger merket som eksempel: Fra en kilde.');
    const markdown = diffToMarkdown(diff);
    expect(markdown).toContain('> Nå merket som eksempel: Oppdiktet.');
    expect(markdown).toContain('> Ikke lenger merket som eksempel: Fra en kilde.');
  });
});
