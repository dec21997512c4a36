/**
 * Follow-through pages, checked against each edition's `/data/<E>/strategi.json`: a measure's status timeline,
 * an input's trace across versions, a round's summary, and the progress overview on a past date.
 */

import { join } from 'node:path';
import { type Doc, rollupOf } from '@strategi/model';
import { describe, expect, test } from 'vitest';
import { type EditionJson, editionJson, editionsInOrder, type MeasureJson } from './harness/open-data.ts';
import { distDir, previewDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';
import { documentPath, readPage, subfolders } from './harness/site-files.ts';

const builds = [
  { name: 'public', root: distDir, origin: (site: ReturnType<typeof useSite>) => site.publicOrigin },
  { name: 'preview', root: previewDir, origin: (site: ReturnType<typeof useSite>) => site.previewOrigin },
];

/** The build day the site was made on, as its progress page states it. */
function buildDayOf(root: string, edition: string): string {
  const day = /data-progress-day="(\d{4}-\d{2}-\d{2})"/.exec(readPage(root, `/versjoner/${edition}/fremdrift/`))?.[1];
  if (!day) throw new Error(`/versjoner/${edition}/fremdrift/ states no day`);
  return day;
}

/** The first (build, edition, item) the content offers, in the public build first. */
function pick<T>(find: (json: EditionJson, edition: string, root: string) => T | undefined) {
  for (const build of builds) {
    for (const edition of editionsInOrder(build.root)) {
      const found = find(editionJson(build.root, edition), edition, build.root);
      if (found !== undefined) return { build, edition, found };
    }
  }
  return undefined;
}

describe('follow-through', () => {
  const site = useSite();

  test('a measure page shows its status history in order, with dates for the page language and the current status marked', async () => {
    const chosen = pick((json) => json.documents.tiltak.find((measure) => measure.history.length >= 2));
    expect(chosen, 'no measure with a status history of two entries in either build').toBeDefined();
    const { build, edition, found: measure } = chosen!;
    const today = buildDayOf(build.root, edition);
    const { page } = await site.open(build.origin(site));
    await page.goto(documentPath(edition, 'measure', measure.id));
    const items = page.locator('ol[data-status-history] > li');
    // Static HTML, there once the page has loaded: read at once, not polled (a poll's one second is too short on a busy machine).
    expect(await items.count()).toBe(measure.history.length);
    const shown = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        datetime: li.querySelector('time')?.getAttribute('datetime'),
        date: li.querySelector('time')?.textContent,
        text: li.textContent ?? '',
        current: li.getAttribute('aria-current'),
      })),
    );
    expect(shown.map((entry) => entry.datetime)).toEqual(measure.history.map((entry) => entry.date));
    expect([...shown.map((entry) => entry.datetime!)].sort()).toEqual(shown.map((entry) => entry.datetime));
    const lang = await page.locator('html').getAttribute('lang');
    measure.history.forEach((entry, i) => {
      const item = shown[i]!;
      // Written out for readers (month as a word), not the ISO date.
      expect(item.date).not.toBe(entry.date);
      expect(item.date).toContain(entry.date.slice(0, 4));
      expect(item.date).toBe(
        new Intl.DateTimeFormat({ nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }[lang ?? 'nb'], {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(`${entry.date}T00:00:00Z`)),
      );
      if (entry.note) expect(item.text).toContain(entry.note);
    });
    const expectedCurrent = measure.history.reduce((found, entry, i) => (entry.date <= today ? i : found), -1);
    expect(shown.map((entry) => entry.current === 'step')).toEqual(measure.history.map((_, i) => i === expectedCurrent));
    if (expectedCurrent >= 0) expect(await items.nth(expectedCurrent).locator('.ds-tag').isVisible()).toBe(true);
    if (measure.example) expect(await page.locator('#historikk ~ .example-marker').count()).toBe(1);
  });

  test('an input page traces what cites it in its own version and every one before it, in order', async () => {
    const chosen = pick((json) => json.documents.innspill.find((input) => (json.links.citingsByInput[input.id] ?? []).length > 0));
    expect(chosen, 'no cited input in either build').toBeDefined();
    const { build, edition, found: input } = chosen!;
    // An archived page never names a later version.
    const all = editionsInOrder(build.root);
    const editions = all.slice(0, all.indexOf(edition) + 1);
    const { page } = await site.open(build.origin(site));
    await page.goto(documentPath(edition, 'input', input.id));
    const steps = page.locator('[data-input-trace] > ol > li');
    expect(await steps.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-edition')))).toEqual(editions);
    for (const [i, other] of editions.entries()) {
      const citing = (editionJson(build.root, other).links.citingsByInput[input.id] ?? []).map((doc) => doc.id).sort();
      const linked = await steps
        .nth(i)
        .locator('[data-cited-by] a')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(linked.map((path) => decodeURIComponent(path.split('/').at(-2)!)).sort(), `cited by in ${other}`).toEqual(citing);
      for (const path of linked) expect(path.startsWith(`/versjoner/${other}/`)).toBe(true);
    }
    // The first version that cites it says so in a sentence naming that version.
    const first = editions.findIndex((other) => (editionJson(build.root, other).links.citingsByInput[input.id] ?? []).length > 0);
    const sentence = await steps.nth(first).locator('[data-trace-events] > li[data-event="added"]').first().textContent();
    expect(sentence).toContain(`(${editions[first]})`);
    expect(await steps.nth(editions.indexOf(edition)).getAttribute('aria-current')).toBe('page');
  });

  test('a round page counts its inputs and those taken up, with the list', async () => {
    const chosen = pick((json) => json.documents.innspillsrunder.find((round) => json.documents.innspill.some((input) => input.round === round.id)));
    expect(chosen, 'no input round with inputs').toBeDefined();
    const { build, edition, found: round } = chosen!;
    const json = editionJson(build.root, edition);
    const inputs = json.documents.innspill.filter((input) => input.round === round.id).map((input) => input.id);
    const takenUp = inputs.filter((id) => (json.links.citingsByInput[id] ?? []).length > 0);
    const { page } = await site.open(build.origin(site));
    await page.goto(documentPath(edition, 'inputRound', round.id));
    const summary = page.locator('[data-round-summary]');
    expect([await summary.getAttribute('data-inputs'), await summary.getAttribute('data-taken-up')]).toEqual([String(inputs.length), String(takenUp.length)]);
    expect(await summary.locator('p').first().textContent()).toContain(String(inputs.length));
    const rows = await summary.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-id'), tr.getAttribute('data-taken-up')]));
    expect(rows).toEqual(inputs.map((id) => [id, String(takenUp.includes(id))]));
  });

  test('the progress overview on a past date shows the figures of that day, which differ from today’s', async () => {
    /** The expected share done and done-or-on-schedule per focus area on a day, from the open data and the model's rollup. */
    const expected = (json: EditionJson, day: string) =>
      json.documents.innsatsomrader.map((area) => {
        const goals = json.documents.mal.filter((goal) => goal.focusArea === area.id).map((goal) => goal.id);
        const ids = new Set(goals.flatMap((goal) => json.links.measuresByGoal[goal] ?? []));
        const measures = json.documents.tiltak
          .filter((measure) => ids.has(measure.id))
          .map((measure: MeasureJson) => ({ kind: 'measure', id: measure.id, data: measure }) as unknown as Doc<'measure'>);
        const rollup = rollupOf(measures, day);
        return [area.id, String(rollup.shareDone), String(rollup.shareDoneOrOnSchedule)];
      });
    const chosen = pick((json, edition, root) => {
      const today = buildDayOf(root, edition);
      const day = subfolders(join(root, 'versjoner', edition, 'fremdrift')).find(
        (d) => JSON.stringify(expected(json, d)) !== JSON.stringify(expected(json, today)),
      );
      return day === undefined ? undefined : { day, today, json };
    });
    expect(chosen, 'no edition whose status history gives different figures on a version date than today').toBeDefined();
    const { build, edition, found } = chosen!;
    const { page } = await site.open(build.origin(site));
    const shown = async (path: string) => {
      await page.goto(path);
      return page
        .locator('[data-progress-table] tr.progress-area')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.getAttribute('data-id'),
            tr.querySelector('[data-share-done]')?.getAttribute('data-share-done'),
            tr.querySelector('[data-share-done-or-on-schedule]')?.getAttribute('data-share-done-or-on-schedule'),
          ]),
        );
    };
    const past = await shown(`/versjoner/${edition}/fremdrift/${found.day}/`);
    expect(await page.locator('time[data-progress-day]').getAttribute('datetime')).toBe(found.day);
    const today = await shown(`/versjoner/${edition}/fremdrift/`);
    expect(past).toEqual(expected(found.json, found.day));
    expect(today).toEqual(expected(found.json, found.today));
    expect(past).not.toEqual(today);
    // The list of dates links to the past day's page.
    expect(await page.locator(`a[href="/versjoner/${edition}/fremdrift/${found.day}/"]`).count()).toBe(1);
  });
});
