import { ui } from '@strategi/i18n';
import type { APIRoute } from 'astro';
import { getSite } from '../lib/corpus.ts';
import { versionFeed } from '../lib/feed.ts';
import { reportFeedEntries } from '../lib/report-feed.ts';

export const GET: APIRoute = async ({ site: url }) => {
  const site = await getSite();
  const base = url ?? new URL('https://strategi.example.no');
  const reports = reportFeedEntries(site.reports, site.current, ui('nb'), base);
  return new Response(versionFeed(site.editions, ui('nb'), base, reports), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
