import type { APIRoute } from 'astro';
import { getSite } from '../../lib/corpus.ts';
import { siteName } from '../../lib/identity.ts';
import { openDataJsonSchema } from '../../lib/open-data-schema.ts';

/** The JSON Schema of every version's strategi.json. */
export const GET: APIRoute = async ({ site }) => {
  const { identity } = await getSite();
  return new Response(`${JSON.stringify(openDataJsonSchema(site?.href, siteName(identity, 'nb')), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
