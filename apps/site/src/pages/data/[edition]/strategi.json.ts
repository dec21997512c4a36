import type { APIRoute, GetStaticPaths } from 'astro';
import { type DataProps, dataPaths } from '../../../lib/data-paths.ts';
import { editionJson } from '../../../lib/open-data.ts';

export const getStaticPaths = dataPaths satisfies GetStaticPaths;

export const GET: APIRoute<DataProps> = ({ props, site }) =>
  new Response(`${JSON.stringify(editionJson(props.edition, site?.href, props.view), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
