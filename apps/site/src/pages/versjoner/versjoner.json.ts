import { ui } from '@strategi/i18n';
import type { APIRoute } from 'astro';
import { versionsJson } from '../../lib/archive/versions-json.ts';
import { getSite } from '../../lib/corpus.ts';

/** The versions and the current one, for the version switcher of archived pages. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(`${JSON.stringify(versionsJson(site.editions, site.current, ui('nb').workingDraft))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
