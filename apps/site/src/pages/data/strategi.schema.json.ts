import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../lib/open-data-schema.ts';

/** The JSON Schema of every version's strategi.json. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(openDataJsonSchema(site?.href), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
