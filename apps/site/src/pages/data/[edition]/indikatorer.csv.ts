import type { APIRoute, GetStaticPaths } from 'astro';
import { type DataProps, dataPaths } from '../../../lib/data-paths.ts';
import { indicatorsCsv } from '../../../lib/open-data.ts';

export const getStaticPaths = dataPaths satisfies GetStaticPaths;

export const GET: APIRoute<DataProps> = ({ props }) => new Response(indicatorsCsv(props.edition), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
