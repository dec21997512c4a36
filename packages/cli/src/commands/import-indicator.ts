import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkPlannedFiles, checkShape, inSchemaOrder, loadCorpus, replaceFile, resolveDocumentPath, updateFrontmatter } from '@strategi/model';
import { decodeUtf8 } from '@strategi/model/decode';
import { catalogue, createProblem, formatProblem, type Problem, suggest } from '@strategi/problems';
import { type DataPoint, dataPointSchema } from '@strategi/schema';
import { indicatorColumns, mergePoints, pointFromRow } from '../import/indicator-points.ts';
import { readJsonStat } from '../import/json-stat.ts';
import { readCsvBytes } from '../import/read-bytes.ts';
import { readCsv } from '../import/read-csv.ts';
import { cell, refuse, shownPath } from '../import/refuse.ts';
import { type CommandIO, UsageError, useColor } from '../io.ts';

export const importIndicatorHelp = `Bruk: strategi import indicator <IND-id> <fil.csv|fil.json> [--filter Dimensjon=kode …] [--dir mappe]

Legger nye målinger til en indikator, fra et regneark eller fra en JSON-stat-fil (formatet SSBs
statistikkbank laster ned som «JSON-stat2»). Bare datoer indikatoren ikke har fra før legges til; en verdi
som er endret i kilden, vises som en advarsel og endres ikke. Filen skrives i ett steg, etter at hele
innholdet er sjekket.

Regneark (CSV, lagret som i «strategi import inputs»):
  dato/date, verdi/value   (påkrevd; dato som 2024, 2024-06 eller 2024-06-15; verdi som 87,5)
  kilde/source             (valgfri; hvor verdien er publisert, om ikke i indikatorens kilde)

JSON-stat:
  --filter Dimensjon=kode  velg verdien for hver dimensjon med flere verdier, unntatt tiden
                           (for eksempel --filter Region=0); kan gjentas`;

export interface ImportIndicatorOptions {
  id: string;
  file: string;
  dir: string;
  filters: string[];
}

/** `strategi import indicator`: new data points for one indicator, from a spreadsheet or a JSON-stat file. */
export async function importIndicator(options: ImportIndicatorOptions, io: CommandIO): Promise<number> {
  const filters = parseFilters(options.filters);
  const absolute = path.resolve(io.cwd, options.file);
  const shown = shownPath(absolute, io.cwd);
  const contentFolder = path.resolve(io.cwd, options.dir);
  const corpus = await loadCorpus(contentFolder, { displayBase: io.cwd, workingOnly: true });
  const indicators = corpus.working.index.byKind.indicator;
  const indicator = indicators.find((doc) => doc.id === options.id);
  if (!indicator) {
    const args = {
      id: options.id,
      field: 'id',
      suggestion: suggest(
        options.id,
        indicators.map((doc) => doc.id),
      ),
    };
    throw new UsageError(catalogue['link/unknown-indicator'].message(args));
  }

  const read = options.file.toLowerCase().endsWith('.json') ? await readJsonFile(absolute, shown, filters) : await readSpreadsheet(absolute, shown, filters);
  if (read.problems.length > 0) return refuse(read.problems, shown, io);

  const merge = mergePoints(indicator.data.points, read.points);
  for (const revised of merge.revised) {
    io.stderr.write(`${formatProblem(createProblem('indicator/revised-value', revised, shown), { color: useColor(io) })}\n`);
  }
  if (merge.added.length === 0) {
    io.stdout.write(`Ingen nye målinger i ${shown}: ${indicator.id} er uendret (${merge.unchanged} fantes fra før).\n`);
    return 0;
  }
  const target = await resolveDocumentPath(contentFolder, 'indicator', indicator.id, { displayBase: io.cwd });
  if ('problem' in target) return refuse([target.problem], shown, io);
  const before = await readFile(target.absolute, 'utf8');
  // A bare year is written as YAML's number (`date: 2024`), as editors write it, not as a quoted string.
  const points = merge.points.map((point) =>
    inSchemaOrder(dataPointSchema.shape, { ...point, date: /^\d{4}$/.test(point.date) ? Number(point.date) : point.date }),
  );
  const text = updateFrontmatter(before, { points });
  if (text === undefined) return refuse([createProblem('file/unreadable', { reason: 'frontmatter kan ikke endres' }, indicator.file)], shown, io);
  // The whole working draft with the changed file in it, with every rule, before anything is written.
  const { problems } = await checkPlannedFiles(contentFolder, [{ relative: target.relative, text }], { displayBase: io.cwd });
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) return refuse(errors, shown, io);
  await replaceFile(target.absolute, text);
  io.stdout.write(`${indicator.file}\n`);
  const added = merge.added.map((point) => `${point.date}: ${point.value}`).join(', ');
  const kept = merge.unchanged + merge.revised.length;
  io.stdout.write(
    `${merge.added.length} ${merge.added.length === 1 ? 'ny måling' : 'nye målinger'} i ${indicator.id} fra ${shown} (${added})${kept > 0 ? `; ${kept} fantes fra før` : ''}.\n`,
  );
  return 0;
}

/** `Region=0` → { Region: '0' }; anything else is a usage error. */
function parseFilters(filters: readonly string[]): Record<string, string> {
  const chosen: Record<string, string> = {};
  for (const filter of filters) {
    const match = /^([^=]+)=(.+)$/.exec(filter);
    if (!match) throw new UsageError(`--filter ${filter}: skriv dimensjon=kode, for eksempel «--filter Region=0».`);
    chosen[match[1]!.trim()] = match[2]!.trim();
  }
  return chosen;
}

interface ReadPoints {
  points: DataPoint[];
  problems: Problem[];
}

async function readJsonFile(absolute: string, shown: string, filters: Record<string, string>): Promise<ReadPoints> {
  const bytes = await readCsvBytes(absolute, shown);
  if ('problem' in bytes) return { points: [], problems: [bytes.problem] };
  const decoded = decodeUtf8(bytes.bytes);
  if (!decoded.ok) return { points: [], problems: [createProblem('jsonstat/invalid', { reason: 'den er ikke UTF-8-tekst' }, shown, decoded.place)] };
  const { points, label, problems } = readJsonStat(decoded.text, filters, shown);
  const source = label?.slice(0, 300);
  return { points: points.map((point) => ({ ...point, ...(source ? { source } : {}) })), problems };
}

async function readSpreadsheet(absolute: string, shown: string, filters: Record<string, string>): Promise<ReadPoints> {
  if (Object.keys(filters).length > 0) throw new UsageError('--filter gjelder bare JSON-stat-filer (.json).');
  const table = await readCsv(absolute, shown, indicatorColumns);
  if (table.unreadable) return { points: [], problems: table.problems };
  const problems = [...table.problems];
  const points: DataPoint[] = [];
  const firstRow = new Map<string, number>();
  for (const row of table.rows) {
    const read = pointFromRow(row, shown);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const values = Object.fromEntries(Object.entries(row.places).map(([field, place]) => [field, cell(place)]));
    const shape = checkShape(dataPointSchema, { data: read.point, keys: {}, values: { '': cell({ line: row.line, column: 1 }), ...values } }, shown);
    // A required field is missing only where its cell is empty, and the reader has reported that cell already.
    problems.push(...shape.problems.filter((problem) => problem.ruleId !== 'schema/missing-field'));
    if (!shape.data) continue;
    const first = firstRow.get(shape.data.date);
    if (first !== undefined)
      problems.push(createProblem('indicator/duplicate-date', { date: shape.data.date, first: `rad ${first}` }, shown, row.places['date']));
    else firstRow.set(shape.data.date, row.line);
    points.push(shape.data);
  }
  return { points, problems };
}
