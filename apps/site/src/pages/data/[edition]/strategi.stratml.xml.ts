import type { APIRoute, GetStaticPaths } from 'astro';
import { type DataProps, dataPaths } from '../../../lib/data-paths.ts';
import { editionStratml } from '../../../lib/stratml.ts';
import { editionBase } from '../../../lib/urls.ts';

/** Each version as StratML (ISO 17469-1), beside strategi.json. */
export const getStaticPaths = dataPaths satisfies GetStaticPaths;

export const GET: APIRoute<DataProps> = ({ props, site }) =>
  new Response(editionStratml(props.edition, site?.href, editionBase(props.edition.id)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
