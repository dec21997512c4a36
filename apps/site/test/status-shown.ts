/**
 * Every place a built site shows the status of a measure of its current version, read from the built files: the
 * measures list (the filter script reads its `data-status`), the status filter pages, each measure page, the whole
 * document's overview, and the version's open data (`tiltak.csv` and `strategi.json`). One fact must read the same
 * in all of them; `statusDisagreements` lists where it does not.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { measureStatuses } from '@strategi/schema';
import { parse } from 'csv-parse/sync';

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)];

/** Measure id → status of the list rows on a page whose links start with `base`. */
export const statusRows = (html: string, base: string) =>
  new Map(all(html, new RegExp(`<tr[^>]*data-status="([^"]+)"[^>]*>\\s*<th[^>]*><a[^>]*href="${base}tiltak/([^/"]+)/"`, 'g')).map((m) => [m[2]!, m[1]!]));

/** The status a measure's page states. */
export const pageStatus = (html: string) => /data-measure-status="([^"]+)"/.exec(html)?.[1];

/** The measures of a version's open data, as its CSV and its JSON give them. */
function openDataStatuses(csvText: string, jsonText: string) {
  const csv = parse(csvText, { columns: true, bom: true }) as Record<string, string>[];
  const json = (JSON.parse(jsonText) as { documents: { tiltak: { id: string; status: string }[] } }).documents.tiltak;
  return { csv: new Map(csv.map((row) => [row['id']!, row['status']!])), json: new Map(json.map((row) => [row.id, row.status])) };
}

/** Each place where a measure of the current version of the site built in `dir` shows another status than its list. */
export function statusDisagreements(dir: string): { measures: number; disagreements: string[] } {
  const read = (relative: string) => {
    const file = path.join(dir, relative);
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  const current = (JSON.parse(read('versjoner/versjoner.json')) as { current: string }).current;
  const list = statusRows(read('tiltak/index.html'), '/');
  const filtered = new Map<string, string>();
  for (const status of measureStatuses) for (const [id] of statusRows(read(`tiltak/status/${status}/index.html`), '/')) filtered.set(id, status);
  const whole = new Map(
    all(read('hele-dokumentet/index.html'), /href="[^"]*#(T-[0-9]+)">\1<\/a><\/td>[\s\S]*?data-status="([^"]+)"/g).map((m) => [m[1]!, m[2]!]),
  );
  const data = openDataStatuses(read(`data/${current}/tiltak.csv`), read(`data/${current}/strategi.json`));
  const disagreements: string[] = [];
  const places: [string, (id: string) => string | undefined][] = [
    ['measure page', (id) => pageStatus(read(`tiltak/${id}/index.html`))],
    ['status filter page', (id) => filtered.get(id)],
    ['whole document', (id) => whole.get(id)],
    ['tiltak.csv', (id) => data.csv.get(id)],
    ['strategi.json', (id) => data.json.get(id)],
  ];
  for (const [id, status] of list) {
    for (const [place, shown] of places) if (shown(id) !== status) disagreements.push(`${id}: list «${status}», ${place} «${shown(id)}»`);
  }
  if (data.csv.size !== list.size) disagreements.push(`tiltak.csv has ${data.csv.size} measures, the list ${list.size}`);
  return { measures: list.size, disagreements };
}
