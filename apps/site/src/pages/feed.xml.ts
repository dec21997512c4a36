import { ui } from '@strategi/i18n';
import type { APIRoute } from 'astro';
import { getSite } from '../lib/corpus.ts';
import { versionFeed } from '../lib/feed.ts';
import { reportFeedEntries } from '../lib/report-feed.ts';

export const GET: APIRoute = async ({ site: url }) => {
  const site = await getSite();
  // No placeholder host: without STRATEGI_SITE_URL (url undefined) the feed links relatively.
  const t = ui(site.identity.lang);
  const reports = reportFeedEntries(site.reports, site.current, t, url);
  return new Response(versionFeed(site.editions, site.identity, t, url, reports), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
