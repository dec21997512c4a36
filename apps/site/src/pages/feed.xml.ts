import { ui } from '@strategi/i18n';
import type { APIRoute } from 'astro';
import { getSite } from '../lib/corpus.ts';
import { versionFeed } from '../lib/feed.ts';

export const GET: APIRoute = async ({ site: url }) => {
  const site = await getSite();
  return new Response(versionFeed(site.editions, ui('nb'), url), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
