import type { Edition } from '@strategi/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderedData } from '../../../lib/archive/reuse.ts';
import { getSite } from '../../../lib/corpus.ts';
import { measuresCsv } from '../../../lib/open-data.ts';
import { openDataView, type StatusView } from '../../../lib/reports.ts';

/** The measures as CSV for Excel set to Norwegian: semicolons and a UTF-8 byte order mark. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return renderedData(site.editions).map((edition) => ({ params: { edition: edition.id }, props: { edition, view: openDataView(edition, site) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition; view: StatusView }> = ({ props }) =>
  new Response(measuresCsv(props.edition, 'excel', props.view), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
