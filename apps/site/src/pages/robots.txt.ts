import type { APIRoute } from 'astro';
import { getSite } from '../lib/corpus.ts';

/** The preview is never indexed; the public site points crawlers at its sitemap. */
export const GET: APIRoute = async ({ site: url }) => {
  const site = await getSite();
  const sitemap = url === undefined ? '' : `\nSitemap: ${new URL('/sitemap.xml', url).href}\n`;
  const body = site.mode === 'preview' ? 'User-agent: *\nDisallow: /\n' : `User-agent: *\nAllow: /\n${sitemap}`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
