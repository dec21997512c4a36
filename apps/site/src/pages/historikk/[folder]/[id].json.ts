import { documentKinds } from '@strategi/schema';
import type { APIRoute, GetStaticPaths } from 'astro';
import { type DocHistory, documentHistories } from '../../../lib/archive/history.ts';
import { documentJson } from '../../../lib/archive/versions-json.ts';
import { getSite } from '../../../lib/corpus.ts';

/** Where one document is in each version, for the version switcher of its archived pages. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return documentHistories(site.editions).map((history) => ({ params: { folder: documentKinds[history.kind].folder, id: history.id }, props: { history } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ history: DocHistory }> = ({ props }) =>
  new Response(`${JSON.stringify(documentJson(props.history))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
