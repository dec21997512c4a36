/**
 * Every HTML page of a build, as data: the one table the catch-all route renders, the sitemap lists and the
 * tests inspect. Edition pages are listed twice for the current version (under /versjoner/E/ and at the root).
 */
import type { AnyDoc, Edition } from '@strategi/model';
import { documentKinds, measureStatuses } from '@strategi/schema';
import { type DocHistory, documentHistories, historySubPath } from './archive/history.ts';
import { changePair } from './archive/manifest.ts';
import { reusedChanges, reusedEditions } from './archive/reuse.ts';
import { editionView } from './archive/view.ts';
import { changePages, changesBetween } from './changes.ts';
import type { SiteData } from './corpus.ts';
import { progressDays } from './progress.ts';
import { changesPath, docSubPath, editionBase, findDoc } from './urls.ts';
import { listOf } from './vocabulary.ts';
import { WHOLE_PATH, WHOLE_PRINT_PATH, wholeLayout, wholePartPath } from './whole-document.ts';

type MeasureFacet = 'sektor' | 'status' | 'ansvarlig';
export interface MeasureFilter {
  facet: MeasureFacet;
  value: string;
}

interface EditionPageBase {
  edition: Edition;
  /** `/versjoner/E/` or `/`. */
  base: string;
  /** The path inside the edition: '' for the front page, `tiltak/T-1/`, … */
  subPath: string;
}

export type EditionPage =
  | (EditionPageBase & { type: 'front' })
  | (EditionPageBase & { type: 'doc'; doc: AnyDoc })
  | (EditionPageBase & { type: 'measures'; filter: MeasureFilter | undefined })
  | (EditionPageBase & { type: 'inputs' })
  /** The progress overview on the build day (`day` undefined) or on a version's date (`fremdrift/<day>/`). */
  | (EditionPageBase & { type: 'progress'; day: string | undefined })
  /** Part `part` of the whole document (lib/whole-document.ts), or its print source, the PDF's input only. */
  | (EditionPageBase & { type: 'whole'; part: number | 'print'; parts: number })
  | (EditionPageBase & { type: 'redirect'; alias: string; target: AnyDoc });

type SitePage =
  | { type: 'versions'; subPath: 'versjoner/' }
  | { type: 'changes'; subPath: 'endringer/' }
  /** What changed from one version to another; part `part` of `parts` when the changed documents fill several pages. */
  | { type: 'diff'; subPath: string; from: Edition; to: Edition; part: number; parts: number }
  | { type: 'accessibility'; subPath: 'tilgjengelighet/' }
  /** What the open data files hold, their licence and where each version's files are. */
  | { type: 'openData'; subPath: 'data/' }
  /** Every commitment of an adopted version, with what became of it (lib/ledger.ts). */
  | { type: 'ledger'; subPath: 'forpliktelser/' }
  /** The reader's dashboard of the current edition per focus area and goal (the model's `dashboard`). */
  | { type: 'dashboard'; subPath: 'oversikt/' }
  /** The root when no version is public yet. */
  | { type: 'noVersion'; subPath: '' }
  /** Every version of one document: `historikk/<folder>/<id>/`. */
  | { type: 'history'; subPath: string; history: DocHistory }
  /** At the root, a document's address when the current version does not have it. */
  | { type: 'absent'; subPath: string; history: DocHistory }
  /** The preview's root: what is under review (views/ReviewView.astro). */
  | { type: 'review'; subPath: '' };

export type Page = EditionPage | SitePage;

/** The URL path of a page, with leading and trailing slash. */
export function pagePath(page: Page): string {
  return 'base' in page ? `${page.base}${page.subPath}` : `/${page.subPath}`;
}

export const facetPath = (filter: MeasureFilter) => `tiltak/${filter.facet}/${filter.value}/`;

/** The measure filters an edition gets a page for: every sector and status, and every responsible actor. */
export function measureFilters(edition: Edition): MeasureFilter[] {
  const responsible = new Set(edition.index.byKind.measure.flatMap((measure) => measure.data.responsible.map((id) => findDoc(edition, id)?.id ?? id)));
  return [
    ...listOf(edition, 'sector').values.map((value) => ({ facet: 'sektor' as const, value })),
    ...measureStatuses.map((value) => ({ facet: 'status' as const, value })),
    ...[...responsible].sort().map((value) => ({ facet: 'ansvarlig' as const, value })),
  ];
}

export const progressPath = (day?: string) => (day === undefined ? 'fremdrift/' : `fremdrift/${day}/`);

/** Every page of one edition under `base`; `days` are the dates the progress overview is also shown for. */
export function editionPages(edition: Edition, base: string, days: readonly string[] = []): EditionPage[] {
  const common = { edition, base };
  const pages: EditionPage[] = [
    { ...common, type: 'front', subPath: '' },
    { ...common, type: 'measures', subPath: 'tiltak/', filter: undefined },
    ...measureFilters(edition).map((filter) => ({ ...common, type: 'measures' as const, subPath: facetPath(filter), filter })),
    { ...common, type: 'inputs', subPath: 'innspill/' },
    { ...common, type: 'progress', subPath: progressPath(), day: undefined },
    ...days.map((day) => ({ ...common, type: 'progress' as const, subPath: progressPath(day), day })),
  ];
  const parts = wholeLayout(edition).parts.length;
  for (let part = 1; part <= parts; part++) pages.push({ ...common, type: 'whole', subPath: wholePartPath(part), part, parts });
  // The PDF is printed from the version's own pages, so the root copy of the current version has no print source.
  if (base !== '/') pages.push({ ...common, type: 'whole', subPath: WHOLE_PRINT_PATH, part: 'print', parts });
  for (const doc of edition.documents) {
    if (doc.kind === 'strategy') continue;
    pages.push({ ...common, type: 'doc', subPath: docSubPath(doc), doc });
  }
  const taken = new Set(pages.map((page) => page.subPath));
  for (const redirect of redirectsOf(edition)) {
    if (taken.has(redirect.subPath)) continue;
    pages.push({ ...common, type: 'redirect', subPath: redirect.subPath, alias: redirect.alias, target: redirect.target });
  }
  return pages;
}

/** A document's former ids, as the sub-paths they were published at. */
export function redirectsOf(edition: Edition): { alias: string; subPath: string; target: AnyDoc }[] {
  return [...edition.aliases]
    .filter(([, target]) => target.kind !== 'strategy')
    .map(([alias, target]) => ({ alias, subPath: `${documentKinds[target.kind].folder}/${alias}/`, target }))
    .sort((a, b) => a.subPath.localeCompare(b.subPath));
}

/** The print source of the whole document: built for the PDF step, which prints it and takes it out of the site. */
export const isPrintSource = (page: Page) => page.type === 'whole' && page.part === 'print';

/** Ordered pairs (older, newer) of the editions, for the change pages. */
export function editionPairs(editions: readonly Edition[]): [Edition, Edition][] {
  return editions.flatMap((from, i) => editions.slice(i + 1).map((to) => [from, to] as [Edition, Edition]));
}

/**
 * Every HTML page of the build. The pages of versions and the change pages taken from the archive cache are left
 * out unless `reused` and `reusedPairs` say otherwise (the sitemap lists them all).
 */
export function allPages(
  site: Pick<SiteData, 'editions' | 'current' | 'today' | 'reports'> & Partial<Pick<SiteData, 'mode'>>,
  reused: ReadonlySet<string> = reusedEditions(),
  reusedPairs: ReadonlySet<string> = reusedChanges(),
): Page[] {
  const pages: Page[] = [];
  const daysOf = (edition: Edition, base: string) => {
    const view = editionView(edition, base, site);
    return progressDays(view.editions, view.today, view.reports);
  };
  const preview = site.mode === 'preview';
  for (const edition of site.editions) {
    if (reused.has(edition.id)) continue;
    const base = editionBase(edition.id);
    pages.push(...editionPages(edition, base, daysOf(edition, base)));
  }
  // The preview's front page is the review; the current version's own front page stays under /versjoner/E/.
  if (site.current) pages.push(...editionPages(site.current, '/', daysOf(site.current, '/')).filter((page) => !preview || page.type !== 'front'));
  if (preview) pages.push({ type: 'review', subPath: '' });
  else if (!site.current) pages.push({ type: 'noVersion', subPath: '' });
  const histories = documentHistories(site.editions);
  for (const history of histories) pages.push({ type: 'history', subPath: historySubPath(history.kind, history.id), history });
  if (site.current) {
    const taken = new Set(pages.flatMap((page) => ('base' in page && page.base === '/' ? [page.subPath] : [])));
    for (const history of histories) {
      const subPath = `${documentKinds[history.kind].folder}/${history.id}/`;
      if (!taken.has(subPath)) pages.push({ type: 'absent', subPath, history });
    }
  }
  pages.push({ type: 'versions', subPath: 'versjoner/' }, { type: 'changes', subPath: 'endringer/' }, { type: 'accessibility', subPath: 'tilgjengelighet/' });
  pages.push({ type: 'openData', subPath: 'data/' }, { type: 'ledger', subPath: 'forpliktelser/' });
  if (site.current) pages.push({ type: 'dashboard', subPath: 'oversikt/' });
  for (const [from, to] of editionPairs(site.editions)) {
    if (reusedPairs.has(changePair(from.id, to.id))) continue;
    const parts = changePages(changesBetween(from, to)).length;
    for (let part = 1; part <= parts; part++) pages.push({ type: 'diff', subPath: changesPath(from.id, to.id, part).slice(1), from, to, part, parts });
  }
  return pages;
}

/**
 * The path of the page in `other` that matches `page` in its own edition: the same document (by id or former
 * id), the same list, or the other edition's front page when the document is not there.
 */
export function counterpartSubPath(page: EditionPage, other: Edition): string {
  switch (page.type) {
    case 'doc': {
      const found = findDoc(other, page.doc.id) ?? page.doc.data.aliases.map((alias) => findDoc(other, alias)).find(Boolean);
      return found && found.kind === page.doc.kind ? docSubPath(found) : '';
    }
    case 'redirect':
      return counterpartSubPath({ ...page, type: 'doc', doc: page.target, subPath: docSubPath(page.target) }, other);
    case 'measures':
      if (!page.filter) return page.subPath;
      return measureFilters(other).some((filter) => filter.facet === page.filter!.facet && filter.value === page.filter!.value) ? page.subPath : 'tiltak/';
    case 'whole':
      // The other version may be split into fewer parts: then its first.
      return page.part === 'print' || page.part > wholeLayout(other).parts.length ? WHOLE_PATH : page.subPath;
    case 'progress':
      // A released version has the dated overviews up to its own release day only.
      return page.day === undefined || !other.version || page.day <= other.version.date ? page.subPath : progressPath();
    default:
      return page.subPath;
  }
}
