/**
 * The Atom feed: one entry per version with a major change (or none recorded), with its change note, summarising
 * what changed against the version before it. A minor change (`mindre`) is in the documents' history only.
 */

import type { Messages } from '@strategi/i18n';
import type { Edition, SiteIdentity } from '@strategi/model';
import { bodyText } from '@strategi/model/render';
import { changesBetween } from './changes.ts';
import { editionLabel, predecessorOf } from './editions.ts';
import { ownersText, siteName } from './identity.ts';
import type { FeedEntry } from './report-feed.ts';
import { changesPath, editionBase } from './urls.ts';
import { escapeXml } from './xml.ts';

/**
 * The feed of `editions`; `extra` entries (a progress report's) are merged in by date, newest first. With the site's
 * address every link and id is absolute; without it (STRATEGI_SITE_URL not set) links are relative to the feed and
 * ids are URNs, so that no made-up host is ever published.
 */
export function versionFeed(
  editions: readonly Edition[],
  identity: SiteIdentity,
  t: Messages,
  site: URL | undefined,
  extra: readonly FeedEntry[] = [],
): string {
  const address = (path: string) => (site ? new URL(path, site).href : path);
  const versionId = (edition: Edition) => (site ? new URL(editionBase(edition.id), site).href : `urn:strategi:versjon:${edition.id}`);
  const released = editions.filter((edition) => edition.version);
  const major = released.filter((edition) => edition.version?.change !== 'mindre');
  const entries = [...major].reverse().map((edition) => {
    const version = edition.version!;
    const previous = predecessorOf(released, edition);
    const diff = previous ? changesBetween(previous, edition) : undefined;
    const lines = diff
      ? [
          ...diff.added.map((ref) => `${t.changes.added}: ${ref.id} ${ref.title}`),
          ...diff.removed.map((ref) => `${t.changes.removed}: ${ref.id} ${ref.title}`),
          ...diff.changed.map(
            (change) =>
              `${t.changes.changed}: ${change.id} ${change.title}${change.fields.length ? ` (${change.fields.map((field) => fieldName(t, field.field)).join(', ')})` : ''}`,
          ),
        ]
      : [];
    // The notes are Markdown: the feed gets their text as the version page shows it.
    // A consultation's deadline and response page go first, so that a reader of the feed can answer in time.
    const consultation = version.consultation ? [`${t.consultation.feed(version.consultation.deadline)} ${version.consultation.url}`] : [];
    const note = edition.version?.changeNote ? `${bodyText(edition.version.changeNote)} ` : '';
    const summary = [`${t.versionStatus[edition.status]}. ${note}${bodyText(edition.notes)}`.trim(), ...consultation, ...lines].join('\n');
    const link = address(previous ? changesPath(previous.id, edition.id) : editionBase(edition.id));
    return {
      updated: version.date,
      xml: `  <entry>
    <id>${escapeXml(versionId(edition))}</id>
    <title>${escapeXml(t.feed.entry(editionLabel(edition, t.versionStatus.working)))}</title>
    <updated>${version.date}T00:00:00Z</updated>
    <link rel="alternate" href="${escapeXml(link)}"/>
    <summary>${escapeXml(summary)}</summary>
  </entry>`,
    };
  });
  const all = [...entries, ...extra].sort((a, b) => b.updated.localeCompare(a.updated)).map((entry) => entry.xml);
  const updated = [released.at(-1)?.version?.date ?? '2023-01-01', ...extra.map((entry) => entry.updated)].sort().at(-1)!;
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${identity.lang}">
  <id>${escapeXml(site ? new URL('/', site).href : 'urn:strategi:nyhetsstrom')}</id>
  <title>${escapeXml(t.feed.title(siteName(identity, identity.lang)))}</title>
  <updated>${updated}T00:00:00Z</updated>
  <link rel="self" href="${escapeXml(address('/feed.xml'))}"/>
  <link rel="alternate" href="${escapeXml(address('/versjoner/'))}"/>
  <author><name>${escapeXml(ownersText(identity, identity.lang))}</name></author>
${all.join('\n')}
</feed>
`;
}

/** A field's name in the feed's language, lower case as inside a sentence. */
function fieldName(t: Messages, field: string): string {
  return ((t.fields as Record<string, string>)[field] ?? field).toLowerCase();
}
