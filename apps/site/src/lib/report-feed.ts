/** Feed entries for progress reports: one per report published by the build day, with what it changed. */
import { formatDate, type Messages } from '@strategi/i18n';
import type { Doc, Edition } from '@strategi/model';
import { reportChanges } from './reports.ts';
import { progressPath } from './routes.ts';
import { escapeXml } from './xml.ts';

/** One entry of the feed, with the day it sorts by. */
export interface FeedEntry {
  updated: string;
  xml: string;
}

/**
 * An entry per report, linking to the progress page of its publication day. Only the measures of `current` (the
 * public version) are named: a report's entry for a measure the public has not seen is left out.
 */
export function reportFeedEntries(reports: readonly Doc<'progressReport'>[], current: Edition | undefined, t: Messages, site: URL | undefined): FeedEntry[] {
  if (!current) return [];
  return reportChanges(current, reports).map(({ report, changes }) => {
    const published = report.data.published!;
    const lines = changes.map(
      (change) =>
        `${change.measure.id} ${change.measure.data.title}: ${change.before === change.after ? t.reports.unchanged(t.measureStatus[change.after]) : t.reports.changed(t.measureStatus[change.before], t.measureStatus[change.after])}`,
    );
    // Without the site's address (STRATEGI_SITE_URL), relative links and a URN: never a made-up host.
    const link = site ? new URL(`/${progressPath(published)}`, site).href : `/${progressPath(published)}`;
    return {
      updated: published,
      xml: `  <entry>
    <id>${escapeXml(site ? new URL(`/${progressPath()}#${report.id}`, site).href : `urn:strategi:fremdrift:${report.id}`)}</id>
    <title>${escapeXml(t.reports.feedEntry(report.data.title))}</title>
    <updated>${published}T00:00:00Z</updated>
    <link rel="alternate" href="${escapeXml(link)}"/>
    <summary>${escapeXml([t.reports.statusAsOf(formatDate('nb', report.data.date)), ...lines].join('\n'))}</summary>
  </entry>`,
    };
  });
}
