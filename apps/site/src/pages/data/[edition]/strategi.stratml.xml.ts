import type { Edition } from '@strategi/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderedData } from '../../../lib/archive/reuse.ts';
import { getSite } from '../../../lib/corpus.ts';
import { editionStratml } from '../../../lib/stratml.ts';
import { editionBase } from '../../../lib/urls.ts';

/** Each version as StratML (ISO 17469-1), beside strategi.json. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return renderedData(site.editions).map((edition) => ({ params: { edition: edition.id }, props: { edition } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = ({ props, site }) =>
  new Response(editionStratml(props.edition, site?.href, editionBase(props.edition.id)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
