/**
 * The examples the tests use, chosen from a build: an edition with measures, one document of each kind,
 * a diff, and the measure table's data from the edition's own `tiltak.csv` (the ground truth for filters).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareIds, documentPath, editionsOf, firstIdOf, idsOf, type Kind, readPage, subfolders } from './site-files.ts';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into records keyed by the header. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...records] = rows.filter((r) => r.length > 1 || r[0] !== '');
  if (header === undefined) return [];
  return records.map((record) => Object.fromEntries(header.map((name, i) => [name, record[i] ?? ''])));
}

export interface MeasureRow {
  id: string;
  title: string;
  status: string;
  sectors: string[];
  responsible: string[];
}

/** The measures of an edition, from `/data/<E>/tiltak.csv`. */
export function measureRows(root: string, edition: string): MeasureRow[] {
  const file = join(root, 'data', edition, 'tiltak.csv');
  if (!existsSync(file)) throw new Error(`${root} has no /data/${edition}/tiltak.csv`);
  const list = (value: string | undefined): string[] => (value ?? '').split(';').filter(Boolean);
  return parseCsv(readFileSync(file, 'utf8')).map((record) => ({
    id: record.id ?? '',
    title: record.title ?? '',
    status: record.status ?? '',
    sectors: list(record.sectors),
    responsible: list(record.responsible),
  }));
}

/** The edition with the most measures (the latest of equals): the richest one to test on. */
export function richestEdition(root: string): string {
  const editions = editionsOf(root);
  const best = editions.reduce<string | undefined>((chosen, edition) => {
    if (chosen === undefined) return edition;
    return idsOf(root, edition, 'measure').length >= idsOf(root, chosen, 'measure').length ? edition : chosen;
  }, undefined);
  if (best === undefined) throw new Error(`${root} has no edition under /versjoner/`);
  return best;
}

/** Every diff page as `[from, to]`, from the folders under `endringer/`. */
export function diffPairs(root: string): [string, string][] {
  return subfolders(join(root, 'endringer')).flatMap((from) =>
    subfolders(join(root, 'endringer', from))
      .filter((to) => existsSync(join(root, 'endringer', from, to, 'index.html')))
      .map((to): [string, string] => [from, to]),
  );
}

/** A page to test, and which build it is in. */
export interface PageType {
  name: string;
  path: string;
}

/** The edition the root pages show (`current` in `/versjoner/versjoner.json`), or undefined when none is released. */
function currentEdition(root: string): string | undefined {
  const file = join(root, 'versjoner', 'versjoner.json');
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as { current?: string | null }).current ?? undefined;
}

/** Root folders of document kinds, as `/<segment>/<id>/`, whose id the current edition lacks: «not in the current version». */
function absentPages(root: string): string[] {
  const current = currentEdition(root);
  if (current === undefined) return [];
  const segments: Kind[] = ['focusArea', 'goal', 'measure', 'actionPlan', 'actor', 'inputRound', 'input'];
  return segments.flatMap((kind) => {
    const present = new Set(idsOf(root, current, kind));
    const segment = documentPath(current, kind, 'x').split('/')[3]!;
    return subfolders(join(root, segment))
      .filter((id) => !present.has(id) && !['sektor', 'status', 'ansvarlig'].includes(id) && existsSync(join(root, segment, id, 'index.html')))
      .map((id) => `/${segment}/${encodeURIComponent(id)}/`);
  });
}

/** The first document history page, `/historikk/<segment>/<id>/`, if the build has one. */
function historyPage(root: string): string | undefined {
  for (const segment of subfolders(join(root, 'historikk'))) {
    const id = subfolders(join(root, 'historikk', segment)).find((name) => existsSync(join(root, 'historikk', segment, name, 'index.html')));
    if (id !== undefined) return `/historikk/${segment}/${id}/`;
  }
  return undefined;
}

/**
 * One page of each type the site has, in an edition: the pages every build has, and one document of each kind and
 * a diff where the build has them (the real content has no action plan, input or diff; the demonstration has all).
 */
export function pageTypes(root: string, edition: string): PageType[] {
  const diff = diffPairs(root).sort((a, b) => compareIds(a.join('/'), b.join('/')))[0];
  const documentOf = (name: string, kind: Kind): PageType[] => {
    const id = idsOf(root, edition, kind)[0];
    return id === undefined ? [] : [{ name, path: documentPath(edition, kind, id) }];
  };
  const status = subfolders(join(root, 'versjoner', edition, 'tiltak', 'status'))[0];
  const history = historyPage(root);
  const absent = absentPages(root)[0];
  // The preview's root is the reviewers' overview; the public build's is the current version's front page.
  const preview = /<meta name="robots" content="noindex/.test(readPage(root, '/'));
  return [
    { name: preview ? 'review overview' : 'root front page', path: '/' },
    { name: 'front page', path: `/versjoner/${edition}/` },
    { name: 'focus area', path: documentPath(edition, 'focusArea', firstIdOf(root, edition, 'focusArea')) },
    { name: 'goal', path: documentPath(edition, 'goal', firstIdOf(root, edition, 'goal')) },
    { name: 'measure', path: documentPath(edition, 'measure', firstIdOf(root, edition, 'measure')) },
    { name: 'measures table', path: `/versjoner/${edition}/tiltak/` },
    ...(status ? [{ name: 'measures with one status', path: `/versjoner/${edition}/tiltak/status/${status}/` }] : []),
    ...documentOf('action plan', 'actionPlan'),
    ...documentOf('actor', 'actor'),
    ...documentOf('input round', 'inputRound'),
    ...(idsOf(root, edition, 'input').length > 0 ? [{ name: 'inputs', path: `/versjoner/${edition}/innspill/` }] : []),
    ...documentOf('input', 'input'),
    { name: 'progress', path: `/versjoner/${edition}/fremdrift/` },
    ...subfolders(join(root, 'versjoner', edition, 'fremdrift'))
      .slice(0, 1)
      .map((day) => ({ name: 'progress on a version date', path: `/versjoner/${edition}/fremdrift/${day}/` })),
    { name: 'whole document', path: `/versjoner/${edition}/hele-dokumentet/` },
    { name: 'versions list', path: '/versjoner/' },
    { name: 'changes list', path: '/endringer/' },
    ...(diff ? [{ name: 'diff', path: `/endringer/${diff[0]}/${diff[1]}/` }] : []),
    ...(history ? [{ name: 'document history', path: history }] : []),
    ...(absent ? [{ name: 'not in the current version', path: absent }] : []),
    { name: 'accessibility statement', path: '/tilgjengelighet/' },
    { name: 'open data', path: '/data/' },
    // The page a missing path is answered with (status 404), read here as the file it is.
    { name: 'not found', path: '/404.html' },
  ];
}

/**
 * Every page type of the public build, and those only the demonstration's preview has (an action plan, an input,
 * a diff …) from there, so each type is checked where it exists. `build` says which origin serves it.
 */
export function pageTypesOfBoth(publicRoot: string, previewRoot: string): (PageType & { build: 'public' | 'preview' })[] {
  const ofPublic = pageTypes(publicRoot, richestEdition(publicRoot));
  const names = new Set(ofPublic.map((page) => page.name));
  const onlyInPreview = pageTypes(previewRoot, richestEdition(previewRoot)).filter((page) => !names.has(page.name));
  return [...ofPublic.map((page) => ({ ...page, build: 'public' as const })), ...onlyInPreview.map((page) => ({ ...page, build: 'preview' as const }))];
}
