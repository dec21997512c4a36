/**
 * The ledger page's data: a measure of an adopted version that the draft drops stays listed, with the fate and
 * reason the draft declares, and the page is among the site's pages.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { releaseVersion } from '@strategi/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { ledgerRows } from '../src/lib/ledger.ts';
import { allPages } from '../src/lib/routes.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';

const minimal = path.join(import.meta.dirname, '../../../packages/model/test/fixtures/valid-minimal');
let site: SiteData;

beforeAll(async () => {
  const folder = path.join(await mkdtemp(path.join(tmpdir(), 'strategi-ledger-')), 'innhold');
  await cp(minimal, folder, { recursive: true });
  const released = await releaseVersion(
    folder,
    { id: '2023-vedtatt', status: 'vedtatt', date: '2023-04-19', label: 'Vedtatt strategi' },
    { cacheFolder: false },
  );
  expect(released.ok).toBe(true);
  await rm(path.join(folder, 'tiltak/T-2.md'));
  const strategy = path.join(folder, 'strategi.md');
  const fates = [
    'fates:',
    '  - measure: T-2\n    fate: slått-sammen\n    successor: T-1\n    reason: Kartleggingen er en del av T-1.',
    '  - measure: T-1\n    fate: endret\n    reason: Veilederen gjelder nå bare barnehagene.',
    '',
  ].join('\n');
  await writeFile(strategy, (await readFile(strategy, 'utf8')).replace('vision:', `${fates}vision:`));
  const t1 = path.join(folder, 'tiltak/T-1.md');
  await writeFile(t1, (await readFile(t1, 'utf8')).replace('title: Lage en veileder', 'title: Lage en veileder for barnehagene'));
  site = await loadSite(folder, 'preview', path.dirname(folder), '2026-12-05');
  expect(site.corpus.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
});

describe('the ledger of commitments', () => {
  test('a dropped measure stays listed with its fate, its successor and the reason, and links to its history', () => {
    const rows = ledgerRows(site.editions);
    expect(rows.map((row) => [row.commitment.id, row.commitment.current, row.path, row.lastIn?.id])).toEqual([
      ['T-1', true, '/tiltak/T-1/', 'utkast'],
      ['T-2', false, '/historikk/tiltak/T-2/', '2023-vedtatt'],
    ]);
    expect(rows[1]?.commitment.fates.map(({ fate, successor, reason }) => ({ fate, successor, reason }))).toEqual([
      { fate: 'slått-sammen', successor: 'T-1', reason: 'Kartleggingen er en del av T-1.' },
    ]);
  });

  test('a reworded promise is listed as «endret løfte» with its reason, beside the wording it had', () => {
    const row = ledgerRows(site.editions).find((candidate) => candidate.commitment.id === 'T-1')!;
    expect([row.title, row.formerTitles]).toEqual(['Lage en veileder for barnehagene', ['Lage en veileder']]);
    expect(row.commitment.fates.map(({ fate, reason, edition }) => ({ fate, reason, edition }))).toEqual([
      { fate: 'endret', reason: 'Veilederen gjelder nå bare barnehagene.', edition: 'utkast' },
    ]);
  });

  test('the ledger page and the dashboard are among the site’s pages', () => {
    const pages = allPages(site, new Set(), new Set());
    expect(pages.filter((page) => page.type === 'ledger')).toEqual([{ type: 'ledger', subPath: 'forpliktelser/' }]);
    expect(pages.filter((page) => page.type === 'dashboard')).toEqual([{ type: 'dashboard', subPath: 'oversikt/' }]);
  });
});
