import type { Edition } from '@strategi/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderedData } from '../../../lib/archive/reuse.ts';
import { getSite } from '../../../lib/corpus.ts';
import { editionJson } from '../../../lib/open-data.ts';
import { openDataView, type StatusView } from '../../../lib/reports.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return renderedData(site.editions).map((edition) => ({ params: { edition: edition.id }, props: { edition, view: openDataView(edition, site) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition; view: StatusView }> = ({ props, site }) =>
  new Response(`${JSON.stringify(editionJson(props.edition, site?.href, props.view), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
