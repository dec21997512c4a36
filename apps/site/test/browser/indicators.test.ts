/**
 * Indicators on the demonstration's working draft: each indicator page draws its figures as a chart whose text
 * alternative is the table beside it, and a goal page shows each indicator's status by its rule beside the owners'
 * statuses of the goal's measures, flagged where they disagree. Which indicators disagree is worked out here from
 * the open data (strategi.json: the computed status and the statuses the measure pages show), so the test follows
 * the content.
 */

import { axeViolations } from '@strategi/testing/axe';
import { describe, expect, test } from 'vitest';
import { fitsWidth } from './harness/axe.ts';
import { type EditionJson, editionJson } from './harness/open-data.ts';
import { previewDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';

interface IndicatorJson {
  id: string;
  title: string;
  goals: string[];
  baseline: { date: string | number; value: number };
  targets: { year: number; value: number }[];
  points: { date: string | number; value: number }[];
  computedStatus: string;
}

const edition = 'utkast';
const json = editionJson(previewDir, edition) as EditionJson & { documents: { indikatorer?: IndicatorJson[] } };
const indicators = json.documents.indikatorer ?? [];

/** The owners' verdict by the rule the page states: off track when any of the goal's measures is delayed or stopped. */
function ownersOffTrack(goal: string): boolean | undefined {
  const measures = (json.links.measuresByGoal[goal] ?? []).map((id) => json.documents.tiltak.find((measure) => measure.id === id)!);
  return measures.length === 0 ? undefined : measures.some((measure) => measure.status === 'forsinket' || measure.status === 'stanset');
}

function disagrees(indicator: IndicatorJson, goal: string): boolean {
  const owners = ownersOffTrack(goal);
  if (owners === undefined || indicator.computedStatus === 'for-lite-data') return false;
  return (indicator.computedStatus === 'ikke-på-vei') !== owners;
}

const pairs = indicators.flatMap((indicator) => indicator.goals.map((goal) => ({ indicator, goal, disagree: disagrees(indicator, goal) })));

describe('indicators', () => {
  const site = useSite();

  test('an indicator page: a chart named by its title and described by the table of the same figures; the rule and the computation stated', async () => {
    const indicator = indicators[0];
    expect(indicator, 'the demonstration has no indicator').toBeDefined();
    const { page, errors } = await site.open(site.previewOrigin);
    await page.goto(`/versjoner/${edition}/indikatorer/${indicator!.id}/`);
    const chart = page.locator(`svg[data-indicator-chart="${indicator!.id}"]`);
    expect(await chart.getAttribute('role')).toBe('img');
    const name = await chart.evaluate((svg) => document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent);
    expect(name).toContain(indicator!.title);
    expect(await chart.locator('desc').textContent()).toMatch(/\S/);
    const describedBy = await chart.evaluate((svg) => document.getElementById(svg.getAttribute('aria-describedby') ?? ''));
    expect(describedBy).not.toBeNull();
    const caption = page.locator(`#${await chart.getAttribute('aria-describedby')}`);
    expect(await caption.evaluate((element) => element.tagName)).toBe('CAPTION');

    const table = page.locator(`table[data-indicator-table="${indicator!.id}"]`);
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({ what: tr.getAttribute('data-row'), value: Number(tr.querySelector('[data-value]')?.getAttribute('data-value')) })),
      );
    expect(rows.filter((row) => row.what === 'baseline').map((row) => row.value)).toEqual([indicator!.baseline.value]);
    expect(rows.filter((row) => row.what === 'measured').map((row) => row.value)).toEqual(indicator!.points.map((point) => point.value));
    expect(rows.filter((row) => row.what === 'target').map((row) => row.value)).toEqual(indicator!.targets.map((target) => target.value));
    // One marker on the chart for the baseline and each measurement after it.
    expect(await chart.locator('circle').count()).toBe(1 + indicator!.points.length);
    expect(await page.locator(`[data-indicator-assessment="${indicator!.id}"] [data-indicator-status]`).getAttribute('data-indicator-status')).toBe(
      indicator!.computedStatus,
    );
    expect(errors).toEqual([]);
  });

  test('a goal page flags an indicator whose computed status disagrees with the owners’, and only that one', async () => {
    const flagged = pairs.find((pair) => pair.disagree);
    const agreeing = pairs.find((pair) => !pair.disagree);
    expect(flagged, 'no indicator in the demonstration disagrees with the owners').toBeDefined();
    expect(agreeing, 'no indicator in the demonstration agrees with the owners').toBeDefined();
    const { page } = await site.open(site.previewOrigin);
    for (const { indicator, goal, disagree } of [flagged!, agreeing!]) {
      await page.goto(`/versjoner/${edition}/mal/${goal}/`);
      const article = page.locator(`[data-goal-indicators] [data-indicator="${indicator.id}"]`);
      expect(await article.locator('[data-indicator-status]').getAttribute('data-indicator-status')).toBe(indicator.computedStatus);
      const owners = ownersOffTrack(goal);
      expect(await article.locator('[data-owners-verdict]').getAttribute('data-owners-verdict')).toBe(owners ? 'ikke-på-vei' : 'på-vei');
      const flag = article.locator('[data-disagreement]');
      if (disagree) {
        expect(await flag.textContent()).toBe('Vurderingene spriker');
        expect(await flag.isVisible()).toBe(true);
        // The rule for the flag is stated on the page.
        expect(await page.locator('[data-goal-indicators] > p').first().textContent()).toContain('Vurderingene spriker når');
      } else expect(await flag.count()).toBe(0);
      expect(await article.locator('svg[role="img"]').count()).toBe(1);
      expect(await article.locator('table[data-indicator-table]').count()).toBe(1);
    }
  });

  test('axe finds nothing on an indicator page and on a goal page with a flag, at 320 and 1280 px, and neither is wider than the screen', async () => {
    const flagged = pairs.find((pair) => pair.disagree)!;
    const { page } = await site.open(site.previewOrigin, { axe: true });
    // Each page loads once at 320 px and is widened, as in axe.test.ts (no script of the site reads the viewport's size).
    for (const path of [`/versjoner/${edition}/indikatorer/${flagged.indicator.id}/`, `/versjoner/${edition}/mal/${flagged.goal}/`]) {
      await page.setViewportSize({ width: 320, height: 900 });
      await page.goto(path);
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        expect((await axeViolations(page)).map((line) => `${path} at ${width} px: ${line}`)).toEqual([]);
        // Nothing sticks out past a phone's width: the chart gives way to its table, which stacks its cells.
        expect(await fitsWidth(page), `${path} at ${width} px is wider than the screen`).toBe(true);
      }
    }
  });
});
