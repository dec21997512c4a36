/**
 * The public address of the site (the plan's `siteUrl`, STRATEGI_SITE_URL), which the feed, the sitemap, robots.txt
 * and the canonical links need absolute. Without it a public build still works, but writes no host it does not
 * know: the feed links relatively, the sitemap is empty and robots.txt names no sitemap. The build says so, once.
 */
import type { AstroIntegration } from 'astro';
import type { BuildPlan } from '../plan/build-plan.ts';

export function siteUrlIntegration(plan: Pick<BuildPlan, 'mode' | 'siteUrl'>): AstroIntegration {
  return {
    name: 'strategi-site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (plan.mode === 'public' && plan.siteUrl === undefined)
          logger.warn(
            'STRATEGI_SITE_URL er ikke satt: nyhetsstrømmen lenker relativt, sitemap.xml blir tom og robots.txt nevner den ikke. Sett STRATEGI_SITE_URL=https://… til nettstedets adresse før publisering.',
          );
      },
    },
  };
}
