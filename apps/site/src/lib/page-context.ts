/**
 * What the frame of a page shows around its content: language, navigation base, version switcher, banners,
 * search scope and the preview's extras. Computed here so that the layout only renders it.
 */

import type { UiLang } from '@strategi/i18n';
import type { Edition, EditionStatus } from '@strategi/model';
import type { Problem } from '@strategi/problems';
import { historyJsonPath, historySubPath } from './archive/history.ts';
import { isArchived } from './archive/view.ts';
import { changePageOf, changesBetween, docChanged } from './changes.ts';
import type { SiteData } from './corpus.ts';
import { latestReleased } from './editions.ts';
import { counterpartSubPath, type EditionPage, isPrintSource, type Page, pagePath } from './routes.ts';
import { changesPath, docSubPath, editionBase, href, VERSIONS_PATH } from './urls.ts';
import { WHOLE_PATH } from './whole-document.ts';

export interface SwitcherEntry {
  edition: Edition;
  href: string;
  current: boolean;
}

export interface PageContext {
  lang: UiLang;
  edition: Edition | undefined;
  /**
   * The edition the frame (owners in the header and footer, search) is taken from: the page's own; on a change page
   * its newer version, so that the page never depends on later versions and can be archived; else the current one.
   */
  frame: Edition | undefined;
  /** Base of the navigation links: the page's own edition, or the root for site-wide pages. */
  navBase: string | undefined;
  switcher: SwitcherEntry[];
  /** For a superseded version: the same page in the current version. */
  currentCounterpart: { href: string; sameDocument: boolean } | undefined;
  /** Whether the page is indexed for search, and under which version filter. */
  searchVersion: string | undefined;
  indexed: boolean;
  /** Whether the search loads the root's index (the current version's root pages) rather than the version's archived one. */
  searchAtRoot: boolean;
  preview: boolean;
  /** Preview only: the validator's warnings for the document shown. */
  warnings: Problem[];
  /** Preview only: link to the changes since the last released version, when the page's document changed. */
  changesLink: string | undefined;
  /** The root copy of a page of the current version is its canonical address. */
  canonical: string | undefined;
  /**
   * The status the banners show: for an archived page the status its own version records (never one derived from
   * later versions), else the edition's status in this build.
   */
  status: EditionStatus | undefined;
  /** What every page of a version states about it, with links that stay valid in every later build. */
  versionLine: VersionLine | undefined;
}

export interface VersionLine {
  label: string;
  status: EditionStatus;
  date: string;
  /** The document's «all versions» page, or the list of versions. */
  history: string;
  /** The same document (or list) at the root, where the current version is; undefined on that page itself. */
  currentText: string | undefined;
  /** For the switcher script: the edition, the page's path inside it, and the document's versions JSON. */
  edition: string;
  subPath: string;
  documentJson: string | undefined;
}

const isEditionPage = (page: Page): page is EditionPage => 'edition' in page;

/**
 * The interface language of a page: the strategy's written form, on every page of its edition, so that the menu
 * and the labels never change language from page to page. A document in another written form keeps its own
 * `lang` on its title and text (DocView).
 */
function pageLang(page: Page, site: Pick<SiteData, 'current'>): UiLang {
  return frameEdition(page, site)?.index.strategy?.data.lang ?? 'nb';
}

function frameEdition(page: Page, site: Pick<SiteData, 'current'>): Edition | undefined {
  if (isEditionPage(page)) return page.edition;
  return page.type === 'diff' ? page.to : site.current;
}

export function pageContext(page: Page, site: SiteData): PageContext {
  const preview = site.mode === 'preview';
  const lang = pageLang(page, site);
  if (!isEditionPage(page)) {
    const frame = frameEdition(page, site);
    return {
      lang,
      edition: undefined,
      frame,
      navBase: site.current ? '/' : undefined,
      switcher: [],
      currentCounterpart: undefined,
      searchVersion: frame?.id,
      indexed: false,
      // A change page is archived with its newer version, so it keeps that version's own index.
      searchAtRoot: page.type !== 'diff' && frame !== undefined && frame === site.current,
      preview,
      warnings: [],
      changesLink: undefined,
      canonical: undefined,
      status: undefined,
      versionLine: undefined,
    };
  }
  const { edition } = page;
  const archived = isArchived(edition, page.base);
  const switcher = archived
    ? []
    : site.editions.map((other) => ({
        edition: other,
        href: other === edition ? href(page.base, page.subPath) : href(editionBase(other.id), counterpartSubPath(page, other)),
        current: other === edition,
      }));
  let currentCounterpart: PageContext['currentCounterpart'];
  if (!archived && edition.status === 'erstattet' && site.current) {
    const subPath = counterpartSubPath(page, site.current);
    currentCounterpart = { href: href('/', subPath), sameDocument: subPath === page.subPath || (page.type === 'doc' && subPath !== '') };
  }
  const warnings = preview && page.type === 'doc' ? edition.problems.filter((problem) => problem.severity === 'warning' && problem.file === page.doc.file) : [];
  let changesLink: string | undefined;
  if (preview && edition.status === 'working' && page.type === 'doc') {
    const released = latestReleased(site.editions);
    if (released && docChanged(released, edition, page.doc.id)) {
      changesLink = `${changesPath(released.id, edition.id, changePageOf(changesBetween(released, edition), page.doc.id))}#${page.doc.id}`;
    }
  }
  return {
    lang,
    edition,
    frame: edition,
    navBase: page.base,
    switcher,
    currentCounterpart,
    searchVersion: edition.id,
    // A filter page of the measures repeats rows of their own pages: a hit there would lead to a table, not the measure.
    indexed: page.type !== 'redirect' && !isPrintSource(page) && !(page.type === 'measures' && page.filter),
    searchAtRoot: page.base === '/',
    preview,
    warnings,
    changesLink,
    canonical: !archived && edition === site.current && page.type !== 'redirect' ? href('/', page.subPath) : undefined,
    status: archived ? edition.version!.status : edition.status,
    versionLine: edition.version ? versionLine(page, edition) : undefined,
  };
}

/** The document a page is about, if any (a redirect is about the document it leads to). */
function pageDocument(page: EditionPage) {
  if (page.type === 'doc') return page.doc.kind === 'strategy' ? undefined : page.doc;
  if (page.type === 'redirect') return page.target;
  return undefined;
}

function versionLine(page: EditionPage, edition: Edition): VersionLine {
  const version = edition.version!;
  const doc = pageDocument(page);
  // A document keeps its address at the root: the current version's page, a redirect, or a page saying it is gone.
  const ownPath = doc ? docSubPath(doc) : page.subPath;
  const currentText = href('/', doc ? ownPath : page.type === 'front' || page.type === 'inputs' ? page.subPath : listPath(page));
  return {
    label: version.label,
    status: version.status,
    date: version.date,
    history: doc ? href('/', historySubPath(doc.kind, doc.id)) : `/${VERSIONS_PATH}/`,
    currentText: currentText === href('', pagePath(page)) ? undefined : currentText,
    edition: edition.id,
    subPath: page.subPath,
    documentJson: doc ? historyJsonPath(doc.kind, doc.id) : undefined,
  };
}

/** A list page's address at the root: filters, dated progress pages and later parts may not exist in the current version. */
function listPath(page: EditionPage): string {
  if (page.type === 'whole') return WHOLE_PATH;
  if (page.type === 'measures') return 'tiltak/';
  if (page.type === 'progress') return 'fremdrift/';
  return page.subPath;
}
