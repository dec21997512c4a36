import type { Edition } from '@strategi/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderedEditions } from '../../../lib/archive/reuse.ts';
import { getSite } from '../../../lib/corpus.ts';
import { measuresCsv } from '../../../lib/open-data.ts';

/** The measures as CSV for Excel set to Norwegian: semicolons and a UTF-8 byte order mark. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return renderedEditions(site.editions).map((edition) => ({ params: { edition: edition.id }, props: { edition } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = ({ props }) =>
  new Response(measuresCsv(props.edition, 'excel'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
