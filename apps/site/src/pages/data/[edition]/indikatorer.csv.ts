import type { Edition } from '@strategi/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderedData } from '../../../lib/archive/reuse.ts';
import { getSite } from '../../../lib/corpus.ts';
import { indicatorsCsv } from '../../../lib/open-data.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return renderedData(site.editions).map((edition) => ({ params: { edition: edition.id }, props: { edition } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = ({ props }) =>
  new Response(indicatorsCsv(props.edition), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
