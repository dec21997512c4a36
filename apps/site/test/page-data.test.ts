import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Doc, DocumentTarget } from '@strategi/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { CHANGES_PER_PAGE, changePageOf, changePages, changesBetween, type EditionDiff } from '../src/lib/changes.ts';
import { consultationOf, openConsultations, publishedResponsesUrl } from '../src/lib/consultation.ts';
import { editionJson, measuresCsv } from '../src/lib/open-data.ts';
import { actorRelations, goalRelations, inputRelations, measureRelations } from '../src/lib/relations.ts';
import { allPages, counterpartSubPath, type EditionPage, editionPages, pagePath, redirectsOf } from '../src/lib/routes.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';
import { changesPath, editionBase } from '../src/lib/urls.ts';
import { fixtureContent, markers } from './helpers.ts';

let publicSite: SiteData;
let previewSite: SiteData;
beforeAll(async () => {
  [publicSite, previewSite] = await Promise.all([loadSite(fixtureContent, 'public'), loadSite(fixtureContent, 'preview')]);
});

const edition = (site: SiteData, id: string) => site.editions.find((candidate) => candidate.id === id)!;
const ids = (docs: readonly { id: string }[]) => docs.map((doc) => doc.id);
const goal = (site: SiteData, editionId: string, id: string) => edition(site, editionId).byId.get(id) as Doc<'goal'>;

describe('editions in a build', () => {
  test('the public build has only consultation, adopted and superseded versions', () => {
    expect(publicSite.editions.map((e) => [e.id, e.status])).toEqual([
      ['2022-horing', 'høring'],
      ['2023-vedtatt', 'erstattet'],
      ['2024-revidert', 'vedtatt'],
    ]);
  });

  test('the preview adds the draft version and the working draft, last', () => {
    expect(previewSite.editions.map((e) => e.id)).toEqual(['2022-utkast', '2022-horing', '2023-vedtatt', '2024-revidert', 'utkast']);
  });

  test('the root serves the latest adopted version in both builds', () => {
    expect(publicSite.current?.id).toBe('2024-revidert');
    expect(previewSite.current?.id).toBe('2024-revidert');
  });

  test('no public page belongs to an unreleased edition', () => {
    const paths = allPages(publicSite).map(pagePath);
    expect(paths.filter((path) => path.includes('/utkast/') || path.includes('2022-utkast'))).toEqual([]);
    expect(paths).toContain('/endringer/2022-horing/2024-revidert/');
    const preview = allPages(previewSite).map(pagePath);
    expect(preview).toContain('/versjoner/utkast/tiltak/T-9/');
    expect(preview).toContain('/endringer/2024-revidert/utkast/');
    expect(preview).toContain('/versjoner/2022-utkast/');
  });
});

describe('what a page lists', () => {
  test('a goal lists its focus area, its measures, the inputs behind it and who links to it', () => {
    const rel = goalRelations(edition(publicSite, '2024-revidert'), goal(publicSite, '2024-revidert', 'M-1'));
    expect(rel.focusArea?.id).toBe('I-1');
    expect(ids(rel.measures)).toEqual(['T-1']);
    expect(ids(rel.inputs)).toEqual(['IN-1']);
    expect(ids(rel.linkedFrom)).toEqual(['strategi']);
  });

  test('a goal in the working draft lists the unreleased measure too', () => {
    expect(ids(goalRelations(edition(previewSite, 'utkast'), goal(previewSite, 'utkast', 'M-1')).measures)).toEqual(['T-1', 'T-9']);
  });

  test('a goal lists measures that name it, in every version', () => {
    expect(ids(goalRelations(edition(publicSite, '2024-revidert'), goal(publicSite, '2024-revidert', 'M-3')).measures)).toEqual(['T-3', 'T-5']);
  });

  test('a measure lists its goals, plan, actors and inputs', () => {
    const current = edition(publicSite, '2024-revidert');
    const rel = measureRelations(current, current.byId.get('T-1') as Doc<'measure'>);
    expect([ids(rel.goals), rel.actionPlan?.id, ids(rel.responsible), ids(rel.partners), ids(rel.inputs)]).toEqual([
      ['M-1'],
      'H-1',
      ['KD'],
      ['Udir'],
      ['IN-1'],
    ]);
  });

  test('an actor lists the measures it is responsible for and takes part in', () => {
    const current = edition(publicSite, '2024-revidert');
    const rel = actorRelations(current, current.byId.get('KS') as Doc<'actor'>);
    expect([ids(rel.responsibleFor), ids(rel.partnerIn)]).toEqual([['T-4', 'T-5'], ['T-3']]);
  });

  test('an input lists the goals and measures that cite it', () => {
    const current = edition(publicSite, '2024-revidert');
    expect(ids(inputRelations(current, current.byId.get('IN-2') as Doc<'input'>).citedBy)).toEqual(['M-3', 'T-3']);
  });
});

describe('a consultation', () => {
  test('is open up to and on its deadline, closed from the day after; a version without one has none', () => {
    const hearing = edition(publicSite, '2022-horing');
    expect(consultationOf(hearing, '2023-01-31')).toMatchObject({
      deadline: '2023-01-31',
      url: 'https://www.regjeringen.no/no/dokumenter/horing-eksempel/id0000000/',
      open: true,
    });
    expect(consultationOf(hearing, '2023-02-01')?.open).toBe(false);
    expect(consultationOf(edition(publicSite, '2023-vedtatt'), '2023-01-15')).toBeUndefined();
    expect(openConsultations(publicSite.editions, '2023-01-31').map((state) => state.edition.id)).toEqual(['2022-horing']);
    expect(openConsultations(publicSite.editions, '2023-02-01')).toEqual([]);
  });

  test('links to its published responses on the consultation service when the site names one, and not otherwise', () => {
    expect(publishedResponsesUrl('https://horing.example.no/', '2022-horing')).toBe('https://horing.example.no/horing/2022-horing/svar');
    expect(publishedResponsesUrl(undefined, '2022-horing')).toBeUndefined();
  });
});

describe('redirects from former ids', () => {
  test('a renamed measure redirects from its old id', () => {
    const adopted = edition(publicSite, '2023-vedtatt');
    expect(redirectsOf(adopted).map((r) => [r.alias, r.subPath, r.target.id])).toEqual([['T-2', 'tiltak/T-2/', 'T-4']]);
    expect(redirectsOf(edition(publicSite, '2022-horing'))).toEqual([]);
  });

  test('the redirect pages sit at the old URL, in the version and at the root', () => {
    const redirects = allPages(publicSite)
      .filter((page) => page.type === 'redirect')
      .map(pagePath);
    expect(redirects).toEqual(['/versjoner/2023-vedtatt/tiltak/T-2/', '/versjoner/2024-revidert/tiltak/T-2/', '/tiltak/T-2/']);
  });

  test('the version switcher follows a renamed document', () => {
    const page = editionPages(edition(publicSite, '2022-horing'), editionBase('2022-horing')).find((p) => p.subPath === 'tiltak/T-2/') as EditionPage;
    expect(counterpartSubPath(page, edition(publicSite, '2024-revidert'))).toBe('tiltak/T-4/');
    const added = editionPages(edition(publicSite, '2024-revidert'), editionBase('2024-revidert')).find((p) => p.subPath === 'tiltak/T-5/') as EditionPage;
    expect(counterpartSubPath(added, edition(publicSite, '2022-horing'))).toBe('');
  });
});

describe('open data', () => {
  test('internal notes never reach the JSON or the CSV', () => {
    for (const e of previewSite.editions) {
      expect(JSON.stringify(editionJson(e, undefined))).not.toContain(markers.internalNote);
      expect(measuresCsv(e)).not.toContain(markers.internalNote);
    }
  });

  test('the CSV has a header and one row per measure', () => {
    expect(measuresCsv(edition(publicSite, '2024-revidert')).split('\r\n').slice(0, 2)).toEqual([
      'id,title,status,statusAsOf,statusSource,start,deadline,sectors,responsible,partners,goals,actionPlan,inputs,example,lang',
      'T-1,Kompetansepakke for barnehageansatte,fullført,2024-05-10,versjon:2024-revidert,2023,2026,barnehage,KD,Udir,M-1,H-1,IN-1,false,nb',
    ]);
  });

  test('the JSON carries the status history and the input links', () => {
    const json = editionJson(edition(publicSite, '2024-revidert'), undefined);
    const t1 = (json.documents['tiltak'] as unknown as { id: string; history: unknown[] }[]).find((m) => m.id === 'T-1');
    expect(t1?.history).toHaveLength(2);
    expect(json.links.citingsByInput['IN-2']).toEqual([
      { kind: 'goal', id: 'M-3' },
      { kind: 'measure', id: 'T-3' },
    ]);
  });
});

describe('content with errors', () => {
  test('stops the build with the lines the validator prints', async () => {
    const broken = await import('node:fs/promises').then(async (fs) => {
      const os = await import('node:os');
      const path = await import('node:path');
      const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'strategi-broken-'));
      await fs.writeFile(path.join(folder, 'strategi.md'), '---\nid: strategi\ntitle: T\nperiod: { start: 2023, end: 2030 }\nowners: [KD]\nvision: V\n---\n');
      return folder;
    });
    await expect(loadSite(broken, 'public', broken)).rejects.toThrow(
      /strategi\.md:5:\d+ {2}error {2}Finner ikke aktøren «KD»\.[^\n]*\[link\/unknown-actor\]\n {2}→ /,
    );
  });
});

describe('the frame of a page', async () => {
  const { pageContext } = await import('../src/lib/page-context.ts');
  const pageAt = (site: SiteData, path: string) => allPages(site).find((page) => pagePath(page) === path)!;

  test('the version switcher keeps the reader on the same document', () => {
    const context = pageContext(pageAt(publicSite, '/tiltak/T-4/'), publicSite);
    expect(context.switcher.map((entry) => [entry.edition.id, entry.href, entry.current])).toEqual([
      ['2022-horing', '/versjoner/2022-horing/tiltak/T-2/', false],
      ['2023-vedtatt', '/versjoner/2023-vedtatt/tiltak/T-4/', false],
      ['2024-revidert', '/tiltak/T-4/', true],
    ]);
  });

  test('an archived page names its own version and status, and links to what stays valid: no switcher, no banner link', () => {
    const context = pageContext(pageAt(publicSite, '/versjoner/2023-vedtatt/mal/M-2/'), publicSite);
    expect([context.switcher, context.currentCounterpart, context.canonical, context.status]).toEqual([[], undefined, undefined, 'vedtatt']);
    expect(context.versionLine).toMatchObject({
      label: 'Vedtatt strategi, april 2023',
      status: 'vedtatt',
      date: '2023-04-19',
      history: '/historikk/mal/M-2/',
      currentText: '/mal/M-2/',
      documentJson: '/historikk/mal/M-2.json',
    });
    // The checksums are the version page's business, not every page's.
    expect(context.versionLine).not.toHaveProperty('checksums');
    // A former id leads to the document it became; a filter page to the list at the root.
    expect(pageContext(pageAt(publicSite, '/versjoner/2024-revidert/tiltak/T-2/'), publicSite).versionLine?.currentText).toBe('/tiltak/T-4/');
    expect(pageContext(pageAt(publicSite, '/versjoner/2022-horing/tiltak/ansvarlig/KD/'), publicSite).versionLine?.currentText).toBe('/tiltak/');
    expect(pageContext(pageAt(previewSite, '/versjoner/utkast/tiltak/T-9/'), previewSite).currentCounterpart).toBeUndefined();
  });

  test('the root still has the switcher, and a document the current version lacks keeps its address there', () => {
    expect(pageContext(pageAt(publicSite, '/mal/M-2/'), publicSite).switcher).toHaveLength(3);
    expect(allPages(publicSite).find((page) => pagePath(page) === '/tiltak/T-2/')?.type).toBe('redirect');
    // In the preview, documents only the working draft has are not in the current version either.
    expect(
      allPages(previewSite)
        .filter((page) => page.type === 'absent')
        .map(pagePath),
    ).toEqual(['/mal/M-4/', '/tiltak/T-9/']);
    expect(allPages(publicSite).filter((page) => page.type === 'absent')).toEqual([]);
  });

  test('a nynorsk document keeps the strategy’s interface language; every version’s pages are indexed, the root’s in an index of its own', () => {
    const nynorsk = pageContext(pageAt(publicSite, '/versjoner/2024-revidert/mal/M-3/'), publicSite);
    expect([nynorsk.lang, nynorsk.indexed, nynorsk.searchVersion]).toEqual(['nb', true, '2024-revidert']);
    expect(pageContext(pageAt(publicSite, '/mal/M-3/'), publicSite)).toMatchObject({ indexed: true, searchAtRoot: true });
  });

  test('in the preview, a page whose document changed since the last release links to that diff', () => {
    expect(pageContext(pageAt(previewSite, '/versjoner/utkast/tiltak/T-9/'), previewSite).changesLink).toBe('/endringer/2024-revidert/utkast/#T-9');
    expect(pageContext(pageAt(previewSite, '/versjoner/utkast/tiltak/T-1/'), previewSite).changesLink).toBeUndefined();
    expect(pageContext(pageAt(publicSite, '/versjoner/2024-revidert/tiltak/T-5/'), publicSite).changesLink).toBeUndefined();
  });

  test('a change page is framed by its newer version, not by the current one, so that a later release leaves it as it is', () => {
    const diff = pageContext(pageAt(publicSite, '/endringer/2022-horing/2023-vedtatt/'), publicSite);
    expect([diff.frame?.id, diff.searchVersion, diff.indexed]).toEqual(['2023-vedtatt', '2023-vedtatt', false]);
    expect(pageContext(pageAt(publicSite, '/versjoner/'), publicSite).frame?.id).toBe('2024-revidert');
  });

  test('warnings show in the preview only', () => {
    expect(pageContext(pageAt(previewSite, '/versjoner/utkast/mal/M-4/'), previewSite).warnings.map((p) => p.ruleId)).toEqual(['link/goal-without-measure']);
  });
});

describe('change pages over several pages', () => {
  const change = (id: string) => ({ id }) as EditionDiff['changed'][number];
  const diffOf = (changed: number) =>
    ({ added: [], removed: [], changed: Array.from({ length: changed }, (_, i) => change(`T-${i + 1}`)) }) as unknown as EditionDiff;

  test(`the changed documents are split ${CHANGES_PER_PAGE} to a page, and a document is found on its page`, () => {
    expect(changePages(diffOf(0))).toEqual([[]]);
    expect(changePages(diffOf(CHANGES_PER_PAGE)).map((page) => page.length)).toEqual([CHANGES_PER_PAGE]);
    expect(changePages(diffOf(2 * CHANGES_PER_PAGE + 5)).map((page) => page.length)).toEqual([CHANGES_PER_PAGE, CHANGES_PER_PAGE, 5]);
    const diff = diffOf(2 * CHANGES_PER_PAGE + 5);
    expect([changePageOf(diff, 'T-1'), changePageOf(diff, `T-${CHANGES_PER_PAGE + 1}`), changePageOf(diff, `T-${2 * CHANGES_PER_PAGE + 5}`)]).toEqual([
      1, 2, 3,
    ]);
    expect(changePageOf(diff, 'T-999')).toBe(1);
  });

  test('page n of a change page sits under it, so that it is archived and cached with it', () => {
    expect(changesPath('2022-horing', '2023-vedtatt')).toBe('/endringer/2022-horing/2023-vedtatt/');
    expect(changesPath('2022-horing', '2023-vedtatt', 3)).toBe('/endringer/2022-horing/2023-vedtatt/side/3/');
    const diffs = allPages(publicSite).filter((page) => page.type === 'diff');
    expect(diffs.map((page) => [pagePath(page), page.type === 'diff' && `${page.part}/${page.parts}`])).toEqual([
      ['/endringer/2022-horing/2023-vedtatt/', '1/1'],
      ['/endringer/2022-horing/2024-revidert/', '1/1'],
      ['/endringer/2023-vedtatt/2024-revidert/', '1/1'],
    ]);
  });
});

describe('document links in bodies', async () => {
  const { linkResolver } = await import('../src/lib/urls.ts');
  const { wholeAnchorHref, wholeLayout } = await import('../src/lib/whole-document.ts');
  test('go to the page of the edition shown, or to a section of the whole document when it has one', () => {
    const current = edition(publicSite, '2024-revidert');
    const anchors = (base: string) => wholeAnchorHref(wholeLayout(current), base, 1);
    const target = (kind: DocumentTarget['kind'], id: string, fragment?: string): DocumentTarget => ({ kind, id, fragment, form: 'path' });
    expect(linkResolver(current, '/')(target('measure', 'T-2'))?.href).toBe('/tiltak/T-4/');
    expect(linkResolver(current, '/versjoner/2024-revidert/', anchors('/versjoner/2024-revidert/'))(target('goal', 'M-1'))?.href).toBe('#M-1');
    expect(linkResolver(current, '/versjoner/2024-revidert/', anchors('/versjoner/2024-revidert/'))(target('input', 'IN-1'))?.href).toBe(
      '/versjoner/2024-revidert/innspill/IN-1/',
    );
    expect(linkResolver(current, '/')(target('measure', 'T-2', 'bakgrunn'))?.href).toBe('/tiltak/T-4/#innhold-T-4-bakgrunn');
    expect(linkResolver(current, '/', anchors('/'))(target('input', 'IN-1', 'bakgrunn'))?.href).toBe('/innspill/IN-1/#innhold-IN-1-bakgrunn');
    expect(linkResolver(current, '/', anchors('/'))(target('goal', 'M-1', 'bakgrunn'))?.href).toBe('#innhold-M-1-bakgrunn');
  });
});

describe('the diff between two editions', () => {
  test('is remembered per pair of editions, not per pair of ids: another corpus with the same versions gets its own', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'strategi-changes-'));
    try {
      cpSync(fixtureContent, copy, { recursive: true });
      const measure = path.join(copy, 'tiltak', 'T-1.md');
      writeFileSync(measure, `${readFileSync(measure, 'utf8')}\nEt nytt avsnitt bare i kopien.\n`);
      const other = await loadSite(copy, 'preview');
      const changedIn = (site: SiteData) => changesBetween(edition(site, '2024-revidert'), edition(site, 'utkast')).changed.map((change) => change.id);
      expect(changedIn(previewSite)).not.toContain('T-1');
      expect(changedIn(other)).toContain('T-1');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
