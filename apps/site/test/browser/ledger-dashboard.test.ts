/**
 * Following the strategy, in the demonstration's preview: the ledger page (/forpliktelser/) keeps a measure the
 * working draft drops, with its fate and reason, linked to its history, and lists a reworded promise with its reason
 * beside the wording it had; the dashboard (/oversikt/) counts each focus
 * area's measures by the statuses the open data gives and shows each indicator's computed status beside the owners',
 * flagged where they differ; the open data page (/data/) links each version's StratML file, which is StratML. axe
 * finds nothing on the three pages at 320 and 1280 px, and none is wider than the screen. Every expected value comes
 * from the build's own strategi.json, so the test follows the content.
 */
import { measureFateVocabulary } from '@strategi/schema';
import { axeViolations } from '@strategi/testing/axe';
import { describe, expect, test } from 'vitest';
import { fitsWidth } from './harness/axe.ts';
import { type EditionJson, editionJson, editionsInOrder } from './harness/open-data.ts';
import { previewDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';

interface Fate {
  measure: string;
  fate: keyof typeof measureFateVocabulary.labels;
  reason: string;
}
interface IndicatorJson {
  id: string;
  goals: string[];
  computedStatus: string;
}
type Json = EditionJson & { documents: { strategi: { fates?: Fate[] }[]; indikatorer?: IndicatorJson[] } };

const read = (edition: string) => editionJson(previewDir, edition) as Json;
const editions = editionsInOrder(previewDir);
const working = read('utkast');
const adopted = editions
  .filter((id) => id !== 'utkast')
  .map(read)
  .filter((json) => json.version.status === 'vedtatt');
/** Measures of an adopted version the working draft leaves out, with the fate the draft declares for each. */
const dropped = (working.documents.strategi[0]?.fates ?? []).filter(
  (fate) =>
    !working.documents.tiltak.some((measure) => measure.id === fate.measure) &&
    adopted.some((json) => json.documents.tiltak.some((measure) => measure.id === fate.measure)),
);
/** Measures the working draft keeps with a reworded promise, and the wording the last adopted version gave them. */
const reworded = (working.documents.strategi[0]?.fates ?? []).flatMap((fate) => {
  const now = working.documents.tiltak.find((measure) => measure.id === fate.measure);
  const before = adopted.flatMap((json) => json.documents.tiltak.filter((measure) => measure.id === fate.measure)).at(-1);
  return fate.fate === 'endret' && now && before && before.title !== now.title ? [{ ...fate, before: before.title, now: now.title }] : [];
});
const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the ledger, the dashboard and the open data', () => {
  const site = useSite();

  test('the ledger page keeps a dropped measure with its fate and reason, and links to its history', async () => {
    expect(dropped.length, 'the demonstration drops no measure of an adopted version').toBeGreaterThan(0);
    const { page, errors } = await site.open(site.previewOrigin);
    await page.goto('/forpliktelser/');
    for (const fate of dropped) {
      const row = page.locator(`table[data-ledger] tr[data-measure="${fate.measure}"]`);
      expect(await row.getAttribute('data-current')).toBe('false');
      const cell = row.locator(`[data-fate="${fate.fate}"]`);
      expect(await cell.isVisible()).toBe(true);
      expect(normalise(await cell.locator('strong').textContent())).toBe(measureFateVocabulary.labels[fate.fate].nb);
      expect(normalise(await cell.locator('.body').textContent())).toBe(normalise(fate.reason));
    }
    // A measure the draft keeps has no fate, and its row says so.
    const kept = page.locator('table[data-ledger] tr[data-current="true"]').first();
    expect(await kept.locator('[data-fate]').count()).toBe(0);
    // The dropped measure's link leads to its history across the versions, which the site still has.
    const first = dropped[0]!;
    await page.locator(`tr[data-measure="${first.measure}"] th a`).click();
    await page.waitForURL(`${site.previewOrigin}/historikk/tiltak/${first.measure}/`);
    const lastTitle = adopted.flatMap((json) => json.documents.tiltak.filter((measure) => measure.id === first.measure)).at(-1)!.title;
    expect(normalise(await page.locator('h1').textContent())).toContain(lastTitle);
    expect(errors).toEqual([]);
  });

  test('the ledger page lists a reworded promise as «Endret løfte» with its reason beside the wording it had', async () => {
    expect(reworded.length, 'the demonstration rewords no promise of an adopted version').toBeGreaterThan(0);
    const { page, errors } = await site.open(site.previewOrigin);
    await page.goto('/forpliktelser/');
    for (const fate of reworded) {
      const row = page.locator(`table[data-ledger] tr[data-measure="${fate.measure}"]`);
      expect(await row.getAttribute('data-current')).toBe('true');
      expect(normalise(await row.locator('th a').textContent())).toBe(`${fate.measure}: ${fate.now}`);
      expect(normalise(await row.locator('.former-wording s').last().textContent())).toBe(fate.before);
      const cell = row.locator('[data-fate="endret"]');
      expect(normalise(await cell.locator('strong').textContent())).toBe('Endret løfte');
      expect(normalise(await cell.locator('.body').textContent())).toBe(normalise(fate.reason));
    }
    expect(errors).toEqual([]);
  });

  test('the dashboard counts each focus area’s measures by the statuses the open data gives, and flags the indicators', async () => {
    const { page, errors } = await site.open(site.previewOrigin);
    await page.goto('/oversikt/');
    const edition = await page.locator('[data-dashboard-edition]').getAttribute('data-dashboard-edition');
    const json = read(edition!);
    const status = new Map(json.documents.tiltak.map((measure) => [measure.id, measure.status]));
    const areas = await page
      .locator('[data-dashboard-area]')
      .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-dashboard-area')!));
    expect(areas.sort()).toEqual(json.documents.innsatsomrader.map((area) => area.id).sort());
    for (const area of areas) {
      const goals = json.documents.mal.filter((goal) => goal.focusArea === area).map((goal) => goal.id);
      const measures = new Set(goals.flatMap((goal) => json.links.measuresByGoal[goal] ?? []));
      const expected: Record<string, number> = {};
      for (const id of measures) expected[status.get(id)!] = (expected[status.get(id)!] ?? 0) + 1;
      const shown = await page
        .locator(`[data-dashboard-part="${area}"] [data-count-status]`)
        .evaluateAll((items) =>
          Object.fromEntries(items.map((item) => [item.getAttribute('data-count-status')!, Number(item.querySelector('dd')?.textContent)])),
        );
      expect(shown, area).toEqual(expected);
    }
    // Each goal's indicators with the status their rule gives, flagged as the goal page flags them: the figures say
    // off track while none of the goal's measures is reported delayed or stopped, or the other way round.
    const pairs = (json.documents.indikatorer ?? []).flatMap((indicator) =>
      indicator.goals.map((goal) => {
        const statuses = (json.links.measuresByGoal[goal] ?? []).map((id) => status.get(id));
        const ownersOff = statuses.some((value) => value === 'forsinket' || value === 'stanset');
        const disagree = statuses.length > 0 && indicator.computedStatus !== 'for-lite-data' && (indicator.computedStatus === 'ikke-på-vei') !== ownersOff;
        return { indicator: indicator.id, goal, computed: indicator.computedStatus, disagree };
      }),
    );
    const listed = await page.locator('[data-dashboard-part] li[data-dashboard-indicator]').evaluateAll((items) =>
      items.map((item) => ({
        indicator: item.getAttribute('data-dashboard-indicator')!,
        goal: item.closest('[data-dashboard-part]')!.getAttribute('data-dashboard-part')!,
        computed: item.querySelector('[data-indicator-status]')!.getAttribute('data-indicator-status')!,
        disagree: item.querySelector('[data-disagreement]') !== null,
      })),
    );
    const order = (a: { goal: string; indicator: string }, b: { goal: string; indicator: string }) =>
      `${a.goal} ${a.indicator}`.localeCompare(`${b.goal} ${b.indicator}`);
    expect(listed.sort(order)).toEqual(pairs.sort(order));
    expect(errors).toEqual([]);
  });

  test('the open data page links every version’s StratML file, says what StratML is, and the file is a StratML plan', async () => {
    const { page, errors } = await site.open(site.previewOrigin);
    await page.goto('/data/');
    for (const edition of editions) {
      const link = page.locator(`[data-open-data-files] tr[data-edition="${edition}"] a[data-file="strategi.stratml.xml"]`);
      expect(await link.getAttribute('href')).toBe(`/data/${edition}/strategi.stratml.xml`);
    }
    expect(await page.locator('[data-stratml-text]').textContent()).toContain('ISO 17469-1');
    const response = await page.request.get(`/data/${editions.at(-1)}/strategi.stratml.xml`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/<StrategicPlan[\s>]/);
    expect(errors).toEqual([]);
  });

  test('axe finds nothing on the ledger, the dashboard and the open data page at 320 and 1280 px, and none is wider than the screen', async () => {
    const { page } = await site.open(site.previewOrigin, { axe: true });
    // Each page loads once at 320 px and is widened, as in axe.test.ts (no script of the site reads the viewport's size).
    for (const path of ['/forpliktelser/', '/oversikt/', '/data/']) {
      await page.setViewportSize({ width: 320, height: 900 });
      await page.goto(path);
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        expect((await axeViolations(page)).map((line) => `${path} at ${width} px: ${line}`)).toEqual([]);
        expect(await fitsWidth(page), `${path} at ${width} px is wider than the screen`).toBe(true);
      }
    }
  });
});
