import type { Edition } from '@strategi/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderedEditions } from '../../../lib/archive/reuse.ts';
import { getSite } from '../../../lib/corpus.ts';
import { editionJson } from '../../../lib/open-data.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return renderedEditions(site.editions).map((edition) => ({ params: { edition: edition.id }, props: { edition } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = ({ props, site }) =>
  new Response(`${JSON.stringify(editionJson(props.edition, site?.href), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
