/**
 * The Atom feed: one entry per version with a major change (or none recorded), with its change note, summarising
 * what changed against the version before it. A minor change (`mindre`) is in the documents' history only.
 */

import type { Messages } from '@strategi/i18n';
import type { Edition } from '@strategi/model';
import { bodyText } from '@strategi/model/render';
import { changesBetween } from './changes.ts';
import { editionLabel, predecessorOf } from './editions.ts';
import type { FeedEntry } from './report-feed.ts';
import { changesPath, editionBase } from './urls.ts';
import { escapeXml } from './xml.ts';

/** `extra` entries (a progress report's) are merged in by date, newest first. */
export function versionFeed(editions: readonly Edition[], t: Messages, site: URL, extra: readonly FeedEntry[] = []): string {
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
    const note = edition.version?.changeNote ? `${bodyText(edition.version.changeNote)} ` : '';
    const summary = [`${t.versionStatus[edition.status]}. ${note}${bodyText(edition.notes)}`.trim(), ...lines].join('\n');
    const link = new URL(previous ? changesPath(previous.id, edition.id) : editionBase(edition.id), site).href;
    return {
      updated: version.date,
      xml: `  <entry>
    <id>${escapeXml(new URL(editionBase(edition.id), site).href)}</id>
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
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">
  <id>${escapeXml(new URL('/', site).href)}</id>
  <title>${escapeXml(t.feed.title)}</title>
  <updated>${updated}T00:00:00Z</updated>
  <link rel="self" href="${escapeXml(new URL('/feed.xml', site).href)}"/>
  <link rel="alternate" href="${escapeXml(new URL('/versjoner/', site).href)}"/>
  <author><name>${escapeXml(t.footer.owners)}</name></author>
${all.join('\n')}
</feed>
`;
}

/** A field's name in the feed's language, lower case as inside a sentence. */
function fieldName(t: Messages, field: string): string {
  return ((t.fields as Record<string, string>)[field] ?? field).toLowerCase();
}
