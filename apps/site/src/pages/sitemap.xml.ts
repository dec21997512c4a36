import type { APIRoute } from 'astro';
import { getSite } from '../lib/corpus.ts';
import { allPages, isPrintSource, pagePath } from '../lib/routes.ts';
import { escapeXml } from '../lib/xml.ts';

/** Every page but the redirects of former ids and the PDF's print source, those of versions taken from the archive cache included; none without the site's address (a sitemap holds full URLs only). */
export const GET: APIRoute = async ({ site: url }) => {
  const site = await getSite();
  const paths =
    url === undefined
      ? []
      : allPages(site, new Set(), new Set())
          .filter((page) => page.type !== 'redirect' && !isPrintSource(page))
          .map(pagePath);
  const entries = paths.map((path) => `  <url><loc>${escapeXml(new URL(encodeURI(path), url).href)}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
