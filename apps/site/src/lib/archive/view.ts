/**
 * What a page may depend on. A page under /versjoner/<id>/ is archived: it is built from its own version and the
 * versions released before it, never from later ones or from the build day, so that it stays byte-identical in
 * every later build. Its «today» is the version's release date. The root copy of the current version, the working
 * draft and the site-wide pages see the whole build.
 */
import type { Doc, Edition } from '@strategi/model';
import type { SiteData } from '../corpus.ts';

export interface PageView {
  /** The editions the page may name, oldest first. */
  editions: Edition[];
  /** The day the page counts as today (YYYY-MM-DD). */
  today: string;
  /** True when `today` is the version's release date rather than the build day. */
  asOfRelease: boolean;
  /** The progress reports the page counts: none on an archived page (they are published after it, at the root). */
  reports: Doc<'progressReport'>[];
  /** The current version, which takes the reports; unknown to an archived page, which a later version may replace. */
  current: Edition | undefined;
}

const upTo = new WeakMap<readonly Edition[], Map<Edition, Edition[]>>();

/** The editions of `editions` up to and including `edition`, the same array for the same pair (tracers are memoised by it). */
function editionsUpTo(editions: readonly Edition[], edition: Edition): Edition[] {
  let byEdition = upTo.get(editions);
  if (!byEdition) {
    byEdition = new Map();
    upTo.set(editions, byEdition);
  }
  let list = byEdition.get(edition);
  if (!list) {
    const i = editions.indexOf(edition);
    list = i < 0 ? [...editions] : editions.slice(0, i + 1);
    byEdition.set(edition, list);
  }
  return list;
}

/** Whether pages of `edition` under `base` are archived (a released version under /versjoner/<id>/). */
export function isArchived(edition: Edition, base: string): boolean {
  return base !== '/' && edition.version !== undefined;
}

/** The view of a page of `edition` under `base`. */
export function editionView(edition: Edition, base: string, site: Pick<SiteData, 'editions' | 'today' | 'reports' | 'current'>): PageView {
  if (!isArchived(edition, base)) return { editions: site.editions, today: site.today, asOfRelease: false, reports: site.reports, current: site.current };
  return { editions: editionsUpTo(site.editions, edition), today: edition.version!.date, asOfRelease: true, reports: [], current: undefined };
}
