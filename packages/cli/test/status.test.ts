import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { editorFixture, run, workspace } from './helpers.ts';

const cwd = path.dirname(editorFixture);
const dir = ['--dir', 'editor'];

describe('strategi status', () => {
  test('reports measures per status, overdue measures, goals without measures, written forms and LIX as JSON', async () => {
    const result = await run(['status', '--today', '2026-01-15', '--format', 'json', ...dir], cwd);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.edition).toBe('utkast');
    expect(report.measures).toBe(3);
    expect(report.byFocusArea).toEqual([
      { id: 'I-1', title: 'Digital kompetanse', counts: { planlagt: 0, startet: 0, 'i-rute': 0, forsinket: 1, fullført: 1, stanset: 0, total: 2 } },
      { id: 'I-2', title: 'Digital infrastruktur', counts: { planlagt: 1, startet: 0, 'i-rute': 0, forsinket: 1, fullført: 1, stanset: 0, total: 3 } },
    ]);
    expect(report.byResponsible.map((row: { id: string; counts: { total: number } }) => [row.id, row.counts.total])).toEqual([
      ['KD', 1],
      ['KS', 2],
      ['Udir', 1],
    ]);
    // T-1's deadline (2025) has passed and it is delayed; T-3 is done; T-4's deadline is 2026.
    expect(report.overdue).toEqual([{ id: 'T-1', title: 'Lage en veileder', deadline: '2025', status: 'forsinket', responsible: ['KD'] }]);
    expect(report.goalsWithoutMeasure).toEqual([]);
    expect(report.languages).toEqual([
      { lang: 'nb', documents: 14, share: 14 / 15 },
      { lang: 'nn', documents: 1, share: 1 / 15 },
      { lang: 'en', documents: 0, share: 0 },
    ]);
    expect(report.lix.documents).toHaveLength(15);
    expect(report.lix.documents.find((doc: { id: string }) => doc.id === 'T-3')).toEqual({
      id: 'T-3',
      title: 'Etablere nettverk for skoleeiere',
      words: 43,
      lix: 68,
    });
    expect([report.lix.min, report.lix.median, report.lix.max]).toEqual([8, 46, 79]);
  });

  test('counts each measure with the status its history gives on the day asked for, as the site does', async () => {
    // T-1 became «forsinket» on 2024-08-01; before that day it had no status yet in its history, so it was «planlagt».
    const before = JSON.parse((await run(['status', '--today', '2024-07-01', '--format', 'json', ...dir], cwd)).stdout);
    expect(before.byFocusArea[0].counts).toMatchObject({ planlagt: 1, forsinket: 0, fullført: 1 });
    const after = JSON.parse((await run(['status', '--today', '2024-08-01', '--format', 'json', ...dir], cwd)).stdout);
    expect(after.byFocusArea[0].counts).toMatchObject({ planlagt: 0, forsinket: 1, fullført: 1 });
  });

  test('a deadline is past only after its last day', async () => {
    const onTheDay = JSON.parse((await run(['status', '--today', '2025-12-31', '--format', 'json', ...dir], cwd)).stdout);
    expect(onTheDay.overdue).toEqual([]);
  });

  test('reports on a released version', async () => {
    const report = JSON.parse((await run(['status', '--version', '2024-horing', '--today', '2025-01-01', '--format', 'json', ...dir], cwd)).stdout);
    expect(report.edition).toBe('2024-horing');
    expect(report.measures).toBe(4);
    expect(report.goalsWithoutMeasure).toEqual([{ id: 'M-3', title: 'Skoleeiere vurderer personvern før de tar i bruk digitale læremidler.' }]);
    // T-1 (deadline 2024-06, started) is overdue; T-3 is done and T-5 stopped, so they are not.
    expect(report.overdue.map((m: { id: string }) => m.id)).toEqual(['T-1']);
  });

  test('prints tables for a terminal', async () => {
    const result = await run(['status', '--today', '2026-01-15', ...dir], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Status for «utkast» per 2026-01-15: 3 tiltak

Tiltak per innsatsområde
Område  Navn                   planlagt  startet  i rute  forsinket  fullført  stanset  sum
──────  ─────────────────────  ────────  ───────  ──────  ─────────  ────────  ───────  ───
I-1     Digital kompetanse            0        0       0          1         1        0    2
I-2     Digital infrastruktur         1        0       0          1         1        0    3
`);
    expect(result.stdout).toContain(`Forsinkede tiltak: frist passert, ikke fullført eller stanset (1)
Tiltak  Tittel            Frist  Status     Ansvarlig
──────  ────────────────  ─────  ─────────  ─────────
T-1     Lage en veileder  2025   forsinket  KD
`);
    expect(result.stdout).toContain('Mål uten tiltak (0)\nIngen.\n');
    expect(result.stdout).toContain('Lesbarhet (LIX): laveste 8, median 46, høyeste 79\n');
  });

  test('prints one long CSV table', async () => {
    const result = await run(['status', '--today', '2026-01-15', '--format', 'csv', ...dir], cwd);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('section,id,name,measure,value');
    expect(lines).toContain('focus-area,I-2,Digital infrastruktur,total,3');
    expect(lines).toContain('overdue,T-1,Lage en veileder,deadline,2025');
    expect(lines).toContain('language,nn,,documents,1');
    expect(lines).toContain('lix,T-3,Etablere nettverk for skoleeiere,lix,68');
    expect(lines.at(-1)).toBe('lix-summary,,,max,79');
  });

  test('refuses an unknown version, a bad date, an unknown format and a stray argument', async () => {
    expect(await run(['status', '--version', '2024-hoing', ...dir], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Finner ikke versjonen «2024-hoing». Mente du «2024-horing»?\n  → Versjonene er «2024-horing», «utkast» («utkast» er arbeidsutkastet).\n',
    });
    expect(await run(['status', '--today', '15.01.2026', ...dir], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr: '--today skal være en dato som finnes, på formen ÅÅÅÅ-MM-DD, ikke «15.01.2026».\n',
    });
    expect((await run(['status', '--format', 'xlsx', ...dir], cwd)).stderr).toBe('Ukjent format «xlsx».\n  → Bruk --format text, json eller csv.\n');
    expect((await run(['status', 'utkast', ...dir], cwd)).stderr).toBe('Ukjent argument «utkast».\n  → Velg versjon med --version <id>.\n');
  });
});

describe('strategi status after a goal is renamed the documented way (new id, the old one under aliases)', () => {
  test('counts the same measures for the renamed goal, and no goal is left without measures', async () => {
    const cwd = await workspace();
    const report = async () => {
      const result = await run(['status', '--today', '2026-01-15', '--format', 'json'], cwd);
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout);
    };
    const before = await report();
    const goal = path.join(cwd, 'content/mal/M-2.md');
    await writeFile(goal, (await readFile(goal, 'utf8')).replace('id: M-2', 'id: M-12\naliases: [M-2]'));
    await rename(goal, path.join(cwd, 'content/mal/M-12.md'));
    const validate = await run(['validate'], cwd);
    expect(validate.code).toBe(0);
    const after = await report();
    expect(after.byFocusArea).toEqual(before.byFocusArea);
    expect(after.goalsWithoutMeasure).toEqual(before.goalsWithoutMeasure);
    expect(after.measures).toBe(before.measures);
  });
});
