/**
 * `strategi status` shows the share of bokmål and nynorsk in the text of every version, in words, against the 25 %
 * of each språklova § 13 asks for; the JSON and CSV carry the same figures.
 */
import path from 'node:path';
import { loadCorpus, publishedReports } from '@strategi/model';
import { beforeAll, expect, test } from 'vitest';
import { type StatusReport, statusReport, statusToCsv, statusToText } from '../src/report/status.ts';

const examples = path.join(import.meta.dirname, '../../../examples');
let report: StatusReport;

beforeAll(async () => {
  const corpus = await loadCorpus(examples);
  const day = '2026-12-05';
  report = statusReport(corpus.working, day, publishedReports(corpus.working, day), [...corpus.versions, corpus.working]);
});

test('one row per version, the working draft last, with both forms’ words and shares adding up', () => {
  expect(report.languageShare.map((row) => row.edition)).toEqual([
    '2022-innspillsutkast',
    '2022-horingsutkast',
    '2023-vedtatt',
    '2026-revidert',
    '2026-revidert-2',
    'utkast',
  ]);
  for (const row of report.languageShare) {
    expect(row.words.nb + row.words.nn).toBeGreaterThan(0);
    expect(row.share.nb + row.share.nn).toBeCloseTo(1);
    expect(row.below).toEqual((['nb', 'nn'] as const).filter((lang) => row.share[lang] < 0.25));
  }
});

test('the text and CSV show the figures with the minimum', () => {
  const working = report.languageShare.at(-1)!;
  const text = statusToText(report);
  expect(text).toContain('Bokmål og nynorsk i teksten, i ord (språklova § 13: minst 25 % av hver)');
  expect(text).toMatch(
    new RegExp(`utkast +${working.words.nb} +${working.words.nn} +${Math.round(working.share.nb * 100)} % +${Math.round(working.share.nn * 100)} %`),
  );
  expect(statusToCsv(report)).toContain(`language-share,utkast,nn,words,${working.words.nn}\n`);
});

test('the JSON carries the dashboard per focus area and goal', () => {
  const json = JSON.parse(JSON.stringify(report)) as StatusReport;
  expect(json.dashboard.focusAreas.length).toBeGreaterThan(0);
  expect(json.dashboard.focusAreas.flatMap((area) => area.changedSinceReport)).toContainEqual({ measure: 'T-10', from: 'startet', to: 'forsinket' });
  expect(json.dashboard.lastReport).toBe('2024-12-31');
  // The computed status beside the owners', flagged as the goal's page flags it.
  const goal = json.dashboard.focusAreas.flatMap((area) => area.goals).find((candidate) => candidate.id === 'M-6');
  expect(goal?.indicators).toMatchObject([{ indicator: 'IND-1', computed: 'ikke-på-vei', owners: 'på-vei', disagree: true }]);
});

test('the text lists each goal’s indicators with the computed status beside the owners’ and whether they disagree', () => {
  const text = statusToText(report);
  expect(text).toContain('Indikatorer: status etter regelen ved siden av eiernes vurdering av målets tiltak (2)');
  expect(text).toMatch(/^M-6 +IND-1 +ikke på vei +på vei +ja$/m);
  expect(text).toMatch(/^M-3 +IND-2 +på vei +på vei +nei$/m);
});
