/**
 * The whole document's layout: the fixture's versions fit on one page; with a small budget the same document
 * runs over several parts that together hold every section once, in reading order, with links that find them.
 */

import { ui } from '@strategi/i18n';
import type { Edition } from '@strategi/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { breadcrumbsOf } from '../src/lib/breadcrumbs.ts';
import { allPages, counterpartSubPath, type EditionPage, editionPages, pagePath } from '../src/lib/routes.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';
import { type WholeBlock, type WholeLayout, wholeAnchorHref, wholeLayout } from '../src/lib/whole-document.ts';
import { fixtureContent } from './helpers.ts';

let site: SiteData;
let edition: Edition;
beforeAll(async () => {
  site = await loadSite(fixtureContent, 'public');
  edition = site.current!;
});

/** The ids of the sections a block shows, in order, as the page would have them. */
function sectionIds(block: WholeBlock, layout: WholeLayout): string[] {
  switch (block.type) {
    case 'opening':
      return ['opening'];
    case 'area':
      return [
        ...(block.intro ? [block.area.id] : []),
        ...block.goals.flatMap((goal) => [goal.id, ...(layout.homeMeasures.get(goal.id) ?? []).map((m) => m.id)]),
      ];
    case 'plans':
      return block.plans.map((plan) => plan.id);
    case 'overview':
      return block.measures.map((measure) => `row:${measure.id}`);
    default:
      return [block.type];
  }
}

describe('the whole document', () => {
  test("the fixture's versions are one part each, at hele-dokumentet/, with a print source beside them", () => {
    for (const each of site.editions) expect(wholeLayout(each).parts).toHaveLength(1);
    const paths = allPages(site).map(pagePath);
    expect(paths).toContain(`/versjoner/${edition.id}/hele-dokumentet/`);
    expect(paths).toContain(`/versjoner/${edition.id}/hele-dokumentet/utskrift/`);
    expect(paths.filter((p) => p.includes('/hele-dokumentet/del/'))).toEqual([]);
    // The root copy of the current version is read, not printed.
    expect(paths).not.toContain('/hele-dokumentet/utskrift/');
  });

  test('with a small budget it runs over parts holding every section once, in the order of the one-page document', () => {
    const whole = wholeLayout(edition);
    const split = wholeLayout(edition, 400);
    expect(split.parts.length).toBeGreaterThan(3);
    const order = (layout: WholeLayout) => layout.parts.flat().flatMap((block) => sectionIds(block, layout));
    expect(order(split)).toEqual(order(whole));
    expect(new Set(order(split)).size).toBe(order(split).length);
    // The print source's blocks are the same sections, on one page and with nothing continued.
    expect(split.whole.flatMap((block) => sectionIds(block, split))).toEqual(order(whole));
    expect(split.whole.filter((block) => block.type === 'area' && !block.intro)).toEqual([]);
    // The opening is the first part's start; a focus area whose goals run on gets a continuation, not its id again.
    expect(split.parts[0]![0]).toEqual({ type: 'opening' });
    const areaBlocks = split.parts.flat().filter((block) => block.type === 'area');
    expect(areaBlocks.filter((block) => block.intro).length).toBe(edition.index.byKind.focusArea.length);
  });

  test('links find each section on its part: #id on the same part, the other part’s address with #id otherwise', () => {
    const split = wholeLayout(edition, 400);
    const measure = edition.index.byKind.measure.find((m) => split.homeGoal.has(m.id))!;
    const home = split.partOf.get(measure.id)!;
    const holding = split.parts[home - 1]!.flatMap((block) => sectionIds(block, split));
    expect(holding).toContain(measure.id);
    expect(wholeAnchorHref(split, '/versjoner/E/', home)(measure.id)).toBe(`#${measure.id}`);
    const elsewhere = home === 1 ? 2 : 1;
    expect(wholeAnchorHref(split, '/versjoner/E/', elsewhere)(measure.id)).toBe(
      `/versjoner/E/hele-dokumentet/${home === 1 ? '' : `del/${home}/`}#${measure.id}`,
    );
    expect(wholeAnchorHref(split, '/versjoner/E/', elsewhere)(measure.id, 'innhold-x')).toMatch(/#innhold-x$/);
    expect(wholeAnchorHref(split, '/versjoner/E/', 'print')(measure.id)).toBe(`#${measure.id}`);
  });

  test('a later part’s breadcrumbs lead to the whole document’s first part, where the contents are', () => {
    const page = editionPages(edition, '/versjoner/E/').find((p) => p.type === 'whole') as EditionPage & { type: 'whole' };
    const crumbs = breadcrumbsOf({ ...page, part: 3, parts: 5, subPath: 'hele-dokumentet/del/3/' }, 'x', '/versjoner/E/hele-dokumentet/del/3/', ui('nb'));
    expect(crumbs.slice(1)).toEqual([
      { label: 'Hele dokumentet', href: '/versjoner/E/hele-dokumentet/' },
      { label: 'Del 3 av 5', href: '/versjoner/E/hele-dokumentet/del/3/' },
    ]);
    expect(breadcrumbsOf(page, 'Hele dokumentet', '/versjoner/E/hele-dokumentet/', ui('nb')).slice(1)).toEqual([
      { label: 'Hele dokumentet', href: '/versjoner/E/hele-dokumentet/' },
    ]);
  });

  test('a part that another version does not have switches to that version’s first part', () => {
    const page = editionPages(edition, '/versjoner/E/').find((p) => p.type === 'whole') as EditionPage & { type: 'whole' };
    expect(counterpartSubPath({ ...page, part: 3, subPath: 'hele-dokumentet/del/3/' }, edition)).toBe('hele-dokumentet/');
    expect(counterpartSubPath({ ...page, part: 1 }, edition)).toBe('hele-dokumentet/');
  });
});

describe('the pager', async () => {
  const { pagerNumbers } = await import('../src/lib/pager.ts');
  test('shows every number up to seven pages, else the first, the last and two on each side, with gaps', () => {
    expect(pagerNumbers(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pagerNumbers(1, 150)).toEqual([1, 2, 3, undefined, 150]);
    expect(pagerNumbers(75, 150)).toEqual([1, undefined, 73, 74, 75, 76, 77, undefined, 150]);
    expect(pagerNumbers(150, 150)).toEqual([1, undefined, 148, 149, 150]);
    expect(pagerNumbers(4, 9)).toEqual([1, 2, 3, 4, 5, 6, undefined, 9]);
  });
});
