/**
 * The version switcher on a measure page leads to the same measure in another version: between released versions
 * and into the working draft, in the demonstration's preview (the real content has one release, so its public build
 * has nowhere to switch to).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { previewDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';
import { documentPath, editionsOf, idsOf } from './harness/site-files.ts';

/** A measure id that two editions share, with those editions (the last one the newest). */
function sharedMeasure(root: string, prefer?: string): { id: string; from: string; to: string } {
  // Without a preferred target, two released versions: the working draft is the other case.
  const editions = editionsOf(root).filter((edition) => prefer !== undefined || edition !== 'utkast');
  const targets = prefer ? [prefer] : editions;
  for (const to of targets) {
    for (const from of editions) {
      if (from === to) continue;
      const shared = idsOf(root, from, 'measure').find((id) => idsOf(root, to, 'measure').includes(id));
      if (shared !== undefined) return { id: shared, from, to };
    }
  }
  throw new Error(`${root} has no measure that two editions share`);
}

/** Uses the switcher, whichever form it takes: a list of links or a select. */
async function switchTo(page: Page, edition: string): Promise<void> {
  const switcher = page.getByRole('navigation', { name: /versjon/i });
  // On an archived page the switcher is added by a script once the versions JSON has arrived.
  await switcher
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  if ((await switcher.count()) > 0) {
    const link = switcher.first().locator(`a[href*="/versjoner/${edition}/"]`);
    expect(await link.count(), `the version switcher offers no link to ${edition}`).toBeGreaterThan(0);
    await link.first().click();
    return;
  }
  const select = page.getByRole('combobox', { name: /versjon/i });
  expect(await select.count(), 'the page has no version switcher (a navigation or select named "versjon")').toBeGreaterThan(0);
  const option = select.first().locator(`option[value*="${edition}"]`);
  await select.first().selectOption((await option.first().getAttribute('value')) ?? edition);
}

describe('version switcher', () => {
  const site = useSite();

  test.each([
    ['between released versions', undefined],
    ['into the working draft', 'utkast'],
  ] as const)('keeps you on the same measure (%s)', async (_name, prefer) => {
    const { id, from, to } = sharedMeasure(previewDir, prefer);
    const { page, errors } = await site.open(site.previewOrigin);
    await page.goto(documentPath(from, 'measure', id));
    await switchTo(page, to);
    await page.waitForURL((url) => url.pathname === documentPath(to, 'measure', id));
    await expect.poll(() => page.locator('main').textContent()).toContain(id);
    // The switcher marks the version being read.
    const current = page.locator('[aria-current="page"][href*="/versjoner/"], option[selected]');
    expect((await current.first().getAttribute('href')) ?? (await current.first().getAttribute('value'))).toContain(to);
    expect(errors).toEqual([]);
  });

  test('on an archived page of an older version, the script says a newer one exists and links to the same page in it', async () => {
    const versions = JSON.parse(readFileSync(join(previewDir, 'versjoner/versjoner.json'), 'utf8')) as { current: string; versions: { id: string }[] };
    const order = versions.versions.map((version) => version.id);
    const older = order.slice(0, order.indexOf(versions.current));
    const shared = older.flatMap((from) =>
      idsOf(previewDir, from, 'measure')
        .filter((id) => idsOf(previewDir, versions.current, 'measure').includes(id))
        .map((id) => ({ from, id })),
    )[0];
    expect(shared, 'an older version shares a measure with the current one').toBeDefined();
    const { page, errors } = await site.open(site.previewOrigin);
    await page.goto(documentPath(shared!.from, 'measure', shared!.id));
    const notice = page.locator('[data-newer-version] a');
    await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(1);
    expect(await notice.getAttribute('href')).toBe(documentPath(versions.current, 'measure', shared!.id));
    expect(errors).toEqual([]);
  });
});
