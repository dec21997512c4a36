/**
 * The paths of a version's open data files (`/data/<version>/…`), one per version the build renders: each with the
 * version, the status view its data is given under, and in a preview the cache key that lets Astro copy the file
 * from the last preview while the version's files are unchanged (page-cache-key.ts).
 */
import plan from 'virtual:strategi/plan';
import type { Edition } from '@strategi/model';
import { renderedData } from './archive/reuse.ts';
import { getSite } from './corpus.ts';
import { dataCacheKeys } from './page-cache-key.ts';
import { openDataView, type StatusView } from './reports.ts';

/** A type, not an interface: Astro's props are a record, which an interface is not. */
export type DataProps = {
  edition: Edition;
  view: StatusView;
};

export async function dataPaths(): Promise<{ params: { edition: string }; props: DataProps; cacheKey?: string }[]> {
  const site = await getSite();
  const keyOf = plan.pageCache ? dataCacheKeys(site, plan, plan.pageCache.codeHash) : undefined;
  return renderedData(site.editions).map((edition) => ({
    params: { edition: edition.id },
    props: { edition, view: openDataView(edition, site) },
    ...(keyOf ? { cacheKey: keyOf(edition) } : {}),
  }));
}
