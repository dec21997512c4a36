/**
 * The dashboard page's data, on the demonstration: each goal's indicators with the status their rule gives beside
 * the owners', flagged exactly where the goal's own page flags them, and counted per focus area.
 */
import path from 'node:path';
import type { Doc, Edition } from '@strategi/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { computedCounts, dashboardOf } from '../src/lib/dashboard.ts';
import { compareWithOwners } from '../src/lib/indicators.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';

const examples = path.join(import.meta.dirname, '../../../examples');
let site: SiteData;
let working: Edition;

beforeAll(async () => {
  site = await loadSite(examples, 'preview', path.dirname(examples), '2026-12-05');
  working = site.editions.find((edition) => edition.id === 'utkast')!;
});

describe('the dashboard', () => {
  test('shows each goal’s indicators with the computed status and the owners’ verdict the goal page shows, and its flag', () => {
    const board = dashboardOf(working, site);
    const shown = board.focusAreas.flatMap((area) => area.goals).flatMap((goal) => goal.indicators);
    expect(shown.map((entry) => [entry.goal, entry.indicator, entry.computed, entry.owners, entry.disagree])).toEqual([
      ['M-3', 'IND-2', 'på-vei', 'på-vei', false],
      ['M-6', 'IND-1', 'ikke-på-vei', 'på-vei', true],
    ]);
    for (const entry of shown) {
      const goal = working.index.resolve(entry.goal) as Doc<'goal'>;
      const indicator = working.index.resolve(entry.indicator) as Doc<'indicator'>;
      const page = compareWithOwners(working, goal, indicator, site);
      expect([entry.computed, entry.owners, entry.offTrack, entry.disagree]).toEqual([page.assessment.status, page.owners, page.offTrack, page.disagree]);
    }
  });

  test('each focus area counts its indicators by computed status', () => {
    const board = dashboardOf(working, site);
    expect(board.focusAreas.map((area) => [area.id, computedCounts(area)])).toEqual([
      ['I-1', []],
      ['I-2', [{ status: 'på-vei', count: 1 }]],
      ['I-3', []],
      ['I-4', [{ status: 'ikke-på-vei', count: 1 }]],
      ['I-5', []],
    ]);
  });
});
