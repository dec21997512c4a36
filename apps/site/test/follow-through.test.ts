/**
 * Follow-through: the progress rollup on a day, the pages it is shown on, the status timeline's current entry,
 * what each input shaped version by version, a round's inputs taken up, and the dev server's reaction to edits.
 */

import { formatDate, formatNumber, formatPercent } from '@strategi/i18n';
import type { Doc } from '@strategi/model';
import { takenUpInputs } from '@strategi/model';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { createContentChangeHandler, isInside } from '../src/integrations/content-watch.ts';
import { buildDay } from '../src/lib/build.ts';
import { getSite } from '../src/lib/corpus.ts';
import { editionJson } from '../src/lib/open-data.ts';
import { progressDays, progressOn } from '../src/lib/progress.ts';
import { allPages, pagePath } from '../src/lib/routes.ts';
import { invalidateSite, loadSite, type SiteData } from '../src/lib/site-data.ts';
import { currentEntryIndex } from '../src/lib/timeline.ts';
import { tracerOf } from '../src/lib/trace.ts';
import { fixtureContent } from './helpers.ts';

const TODAY = '2025-01-15';
let publicSite: SiteData;
let previewSite: SiteData;
beforeAll(async () => {
  [publicSite, previewSite] = await Promise.all([loadSite(fixtureContent, 'public', undefined, TODAY), loadSite(fixtureContent, 'preview', undefined, TODAY)]);
});
const edition = (site: SiteData, id: string) => site.editions.find((candidate) => candidate.id === id)!;

describe('the build day', () => {
  test('is STRATEGI_BUILD_DATE when set, else the day in Norway', () => {
    expect(buildDay('2024-03-01')).toBe('2024-03-01');
    // 23:30 UTC on New Year's Eve is already New Year's Day in Oslo.
    expect(buildDay(undefined, new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
    expect(() => buildDay('1. mars')).toThrow('STRATEGI_BUILD_DATE må være en dag skrevet ÅÅÅÅ-MM-DD, for eksempel 2027-01-15, ikke «1. mars».');
  });
});

describe('progress as a rollup', () => {
  test('is shown for the date of every version the build has, never an unreleased one, and none in the future', () => {
    expect(progressDays(publicSite.editions, TODAY)).toEqual(['2022-12-15', '2023-04-19', '2024-06-01']);
    expect(progressDays(previewSite.editions, TODAY)).toEqual(['2022-11-01', '2022-12-15', '2023-04-19', '2024-06-01']);
    expect(progressDays(publicSite.editions, '2023-12-31')).toEqual(['2022-12-15', '2023-04-19']);
    const paths = allPages(publicSite).map(pagePath);
    expect(paths.filter((path) => path.startsWith('/fremdrift/'))).toEqual([
      '/fremdrift/',
      '/fremdrift/2022-12-15/',
      '/fremdrift/2023-04-19/',
      '/fremdrift/2024-06-01/',
    ]);
    // An archived version shows its own release day and those before it, never a later one.
    expect(paths).toContain('/versjoner/2024-revidert/fremdrift/2022-12-15/');
    expect(paths).not.toContain('/versjoner/2022-horing/fremdrift/2024-06-01/');
  });

  test('per focus area and goal, from the status history: different on a past day than today', () => {
    const current = edition(publicSite, '2024-revidert');
    const figures = (day: string) =>
      progressOn(current, day).areas.map((area) => [
        area.area.id,
        area.rollup.total,
        area.rollup.shareDone,
        area.rollup.shareDoneOrOnSchedule,
        area.goals.map((goal) => [goal.goal.id, goal.rollup.done, goal.rollup.onSchedule, goal.rollup.behind]),
      ]);
    expect(figures(TODAY)).toEqual([
      [
        'I-1',
        2,
        0.5,
        1,
        [
          ['M-1', 1, 0, 0],
          ['M-2', 0, 1, 0],
        ],
      ],
      ['I-2', 2, 0, 0.5, [['M-3', 0, 1, 1]]],
    ]);
    expect(figures('2023-04-19')).toEqual([
      [
        'I-1',
        2,
        0,
        1,
        [
          ['M-1', 0, 1, 0],
          ['M-2', 0, 1, 0],
        ],
      ],
      ['I-2', 2, 0, 1, [['M-3', 0, 2, 0]]],
    ]);
  });
});

describe('the status timeline', () => {
  test('marks the last entry on or before the day as current', () => {
    const history = [{ date: '2023-06-01' }, { date: '2024-06-28' }, { date: '2026-01-01' }];
    expect([
      currentEntryIndex(history, '2023-01-01'),
      currentEntryIndex(history, '2023-06-01'),
      currentEntryIndex(history, '2025-01-01'),
      currentEntryIndex([], '2025-01-01'),
    ]).toEqual([-1, 0, 1, -1]);
  });
});

describe('tracing an input through the versions of a build', () => {
  const trace = (site: SiteData, id: string) =>
    tracerOf(site)
      .trace(id)
      .map((step) => [
        step.edition.id,
        step.citedBy.map((doc) => doc.id),
        step.events.map(
          (event) =>
            `${event.type}${'again' in event && event.again ? ' again' : ''}${'docRemoved' in event ? (event.docRemoved ? ' (taken out)' : ' (reference dropped)') : ''} ${event.doc.id}`,
        ),
      ]);

  test('follows only the versions the build shows: the public one never sees the draft version', () => {
    expect(trace(publicSite, 'IN-2').map(([id]) => id)).toEqual(['2022-horing', '2023-vedtatt', '2024-revidert']);
    expect(trace(previewSite, 'IN-2').map(([id]) => id)).toEqual(['2022-utkast', '2022-horing', '2023-vedtatt', '2024-revidert', 'utkast']);
  });

  test('lists what cites the input in each version and what changed', () => {
    expect(trace(publicSite, 'IN-2')).toMatchInlineSnapshot(`
      [
        [
          "2022-horing",
          [
            "M-3",
            "T-3",
          ],
          [
            "added M-3",
            "added T-3",
          ],
        ],
        [
          "2023-vedtatt",
          [
            "M-3",
            "T-3",
          ],
          [],
        ],
        [
          "2024-revidert",
          [
            "M-3",
            "T-3",
          ],
          [
            "changed T-3",
          ],
        ],
      ]
    `);
  });

  test('is made once per build', () => {
    expect(tracerOf(publicSite)).toBe(tracerOf(publicSite));
  });
});

describe('input rounds', () => {
  test('count the inputs taken up by a goal or measure of the version read', () => {
    const current = edition(publicSite, '2024-revidert');
    const rounds = current.index.byKind.inputRound.map((round) => {
      const { inputs, takenUp } = takenUpInputs(current, round.id);
      return [round.id, inputs.map((doc) => doc.id), takenUp.map((doc) => doc.id)];
    });
    expect(rounds).toMatchInlineSnapshot(`
      [
        [
          "R-1",
          [
            "IN-1",
            "IN-2",
          ],
          [
            "IN-1",
            "IN-2",
          ],
        ],
      ]
    `);
  });
});

describe('open data', () => {
  test('the JSON links each goal and measure to the inputs behind it, beside the status history', () => {
    const json = editionJson(edition(publicSite, '2024-revidert'), undefined);
    expect(json.links.inputsBehind).toMatchObject({ 'M-1': ['IN-1'], 'T-1': ['IN-1'], 'T-3': ['IN-2'] });
    const measures = json.documents['tiltak'] as unknown as Doc<'measure'>['data'][];
    expect(measures.find((measure) => measure.id === 'T-1')?.history.map((entry) => entry.status)).toEqual(['startet', 'fullført']);
  });
});

describe('formatting for the page language', () => {
  test('dates, numbers and shares', () => {
    expect([formatDate('nb', '2024-06-28'), formatDate('nn', '2024-06'), formatDate('en', '2024-06-28')]).toEqual([
      '28. juni 2024',
      'juni 2024',
      '28 June 2024',
    ]);
    expect([formatNumber('nb', 1234), formatNumber('en', 1234)]).toEqual(['1\u00a0234', '1,234']);
    expect([formatPercent('nb', 2 / 3), formatPercent('en', 0.5)]).toEqual(['67\u00a0%', '50%']);
  });
});

describe('the dev server follows the content folder', () => {
  test('a file inside the content folder counts, one beside it does not', () => {
    expect([
      isInside('/c/content', '/c/content/tiltak/T-1.md'),
      isInside('/c/content', '/c/content'),
      isInside('/c/content', '/c/content-old/T-1.md'),
      isInside('/c/content', '/c/src/page.ts'),
    ]).toEqual([true, true, false, false]);
  });

  test('a change forgets the corpus at once, then checks once and reloads once for a burst of changes', async () => {
    vi.useFakeTimers();
    try {
      const calls: string[] = [];
      const onChange = createContentChangeHandler({
        contentDir: '/c/content',
        invalidate: () => calls.push('invalidate'),
        check: async () => {
          calls.push('check');
        },
        reload: () => calls.push('reload'),
        delayMs: 100,
      });
      expect(onChange('/c/src/page.ts')).toBe(false);
      expect(onChange('/c/content/tiltak/T-1.md')).toBe(true);
      expect(onChange('/c/content/tiltak/T-2.md')).toBe(true);
      expect(calls).toEqual(['invalidate', 'invalidate']);
      await vi.advanceTimersByTimeAsync(100);
      expect(calls).toEqual(['invalidate', 'invalidate', 'check', 'reload']);
    } finally {
      vi.useRealTimers();
    }
  });

  test('invalidating makes the next page read the content again', async () => {
    invalidateSite();
    const first = getSite();
    expect(getSite()).toBe(first);
    expect(invalidateSite()).toBe(true);
    const second = getSite();
    expect(second).not.toBe(first);
    expect((await second).editions.length).toBe((await first).editions.length);
    expect(invalidateSite()).toBe(true);
    expect(invalidateSite()).toBe(false);
  });
});
