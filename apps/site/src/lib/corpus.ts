/**
 * The site's data as the pages read it: the content of the build plan's folder, read once per build
 * (site-data.ts).
 */
import plan from 'virtual:strategi/plan';
import { type SiteData, siteData } from './site-data.ts';

export function getSite(): Promise<SiteData> {
  return siteData(plan);
}

export type { SiteData } from './site-data.ts';
