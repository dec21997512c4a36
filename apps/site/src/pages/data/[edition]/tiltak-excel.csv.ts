import type { APIRoute, GetStaticPaths } from 'astro';
import { type DataProps, dataPaths } from '../../../lib/data-paths.ts';
import { measuresCsv } from '../../../lib/open-data.ts';

/** The measures as CSV for Excel set to Norwegian: semicolons and a UTF-8 byte order mark. */
export const getStaticPaths = dataPaths satisfies GetStaticPaths;

export const GET: APIRoute<DataProps> = ({ props }) =>
  new Response(measuresCsv(props.edition, 'excel', props.view), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
