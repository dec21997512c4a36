/**
 * The public address of the site (STRATEGI_SITE_URL), which the feed, the sitemap, robots.txt and the canonical
 * links need absolute. Without it a public build still works, but writes no host it does not know: the feed links
 * relatively, the sitemap is empty and robots.txt names no sitemap. The build says so, once.
 */
import type { AstroIntegration } from 'astro';

/** STRATEGI_SITE_URL as a URL, or undefined when it is unset; an address that is not http(s) stops the build. */
export function siteUrlFromEnv(value: string | undefined = process.env['STRATEGI_SITE_URL']): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`STRATEGI_SITE_URL must be the site's full address, such as https://strategi.example.gov, not «${value}».`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`STRATEGI_SITE_URL must start with https://, not «${value}».`);
  return url.href;
}

export function siteUrlIntegration(mode: 'public' | 'preview', siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'strategi-site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (mode === 'public' && siteUrl === undefined)
          logger.warn(
            'STRATEGI_SITE_URL er ikke satt: nyhetsstrømmen lenker relativt, sitemap.xml blir tom og robots.txt nevner den ikke. Sett STRATEGI_SITE_URL=https://… til nettstedets adresse før publisering.',
          );
      },
    },
  };
}
