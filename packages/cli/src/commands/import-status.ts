import path from 'node:path';
import {
  allocateIds,
  checkObject,
  checkPlannedFiles,
  checkShape,
  documentText,
  inSchemaOrder,
  loadCorpus,
  sealedReport,
  today,
  writeNewFiles,
} from '@strategi/model';
import { createProblem, formatProblem, type Problem, suggest } from '@strategi/problems';
import { documentPath, isoDay, progressReportSchema, reportEntrySchema } from '@strategi/schema';
import { z } from 'zod';
import { readCsv } from '../import/read-csv.ts';
import { cell, refuse, shownPath } from '../import/refuse.ts';
import type { CsvRow } from '../import/rows.ts';
import { reportLeftovers } from '../import/stage.ts';
import { entryFromRow, statusColumns } from '../import/status-columns.ts';
import { valueAtLine } from '../import/value-at-line.ts';
import { type CommandIO, UsageError, useColor } from '../io.ts';

export const importStatusHelp = `Bruk: strategi import status <fil.csv> [--date ÅÅÅÅ-MM-DD] [--title "…"] [--published ÅÅÅÅ-MM-DD] [--dir mappe]

Gjør et regneark med tiltakenes status om til én fremdriftsrapport i fremdrift/, med neste ledige id. En
rapport er et eget, datert dokument: den publiseres uten at strategiteksten får en ny versjon.
Lagre regnearket i Excel som «CSV UTF-8 (kommadelt) (*.csv)»; komma, semikolon og tabulator mellom cellene
går like bra. Alle radene eller ingen: har en rad feil, vises raden og kolonnen (fil.csv:rad:kolonne), og
ingen fil skrives.

Kolonner (norske eller engelske navn):
  tiltak/measure, status            (påkrevd; status som «i-rute» eller «I rute»)
  dato/date, merknad/note           (valgfri; datoen statusen ble satt, hvis ikke rapportens dato)

  --date        dagen statusene gjelder per (standard: den seneste datoen i arket, ellers i dag)
  --title       rapportens tittel (standard: «Status per <dato>»)
  --published   publiser rapporten denne dagen: den forsegles og kommer på nettstedet den dagen;
                uten den er rapporten et utkast`;

const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
/** «1. juni 2026», as the report's default title writes the day. */
const spelledDay = (day: string) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date}. ${months[month - 1]} ${year}`;
};

export interface ImportStatusOptions {
  csv: string;
  dir: string;
  date: string | undefined;
  title: string | undefined;
  published: string | undefined;
}

/** `strategi import status`: one progress report from a spreadsheet, all rows or none. */
export async function importStatus(options: ImportStatusOptions, io: CommandIO): Promise<number> {
  const flags = checkObject(z.object({ date: isoDay.optional(), published: isoDay.optional(), title: z.string().min(1).max(300).optional() }), options, {
    names: { date: '--date', published: '--published', title: '--title' },
  });
  if (flags.problems.length > 0) throw new UsageError(flags.problems.map((problem) => problem.message).join('\n'));
  const csvFile = path.resolve(io.cwd, options.csv);
  const shown = shownPath(csvFile, io.cwd);
  const contentFolder = path.resolve(io.cwd, options.dir);
  await reportLeftovers(contentFolder, io);

  const table = await readCsv(csvFile, shown, statusColumns);
  if (table.unreadable) return refuse(table.problems, shown, io);

  const corpus = await loadCorpus(contentFolder, { displayBase: io.cwd });
  const measures = corpus.working.index.byKind.measure.map((measure) => measure.id);
  const problems = [...table.problems];
  const entries: Record<string, unknown>[] = [];
  const entryRows: CsvRow[] = [];
  const firstRow = new Map<string, number>();
  for (const row of table.rows) {
    const entry = entryFromRow(row);
    const values = Object.fromEntries(Object.entries(row.places).map(([field, place]) => [field, cell(place)]));
    const shape = checkShape(reportEntrySchema, { data: entry, keys: {}, values: { '': cell({ line: row.line, column: 1 }), ...values } }, shown);
    // A required field is missing only where its cell is empty, and the reader has reported that cell already.
    problems.push(...shape.problems.filter((problem) => problem.ruleId !== 'schema/missing-field'));
    const measure = entry['measure'];
    if (typeof measure === 'string' && measure) {
      const resolved = corpus.working.index.resolve(measure);
      if (resolved?.kind !== 'measure') {
        problems.push(
          createProblem('link/unknown-measure', { id: measure, field: 'measure', suggestion: suggest(measure, measures) }, shown, values['measure']),
        );
      } else if (firstRow.has(resolved.id)) {
        problems.push(createProblem('report/duplicate-measure', { measure, first: `rad ${firstRow.get(resolved.id)!}` }, shown, values['measure']));
      } else firstRow.set(resolved.id, row.line);
    }
    if (shape.data) {
      entries.push(inSchemaOrder(reportEntrySchema.shape, entry));
      entryRows.push(row);
    }
  }
  if (problems.length > 0) return refuse(problems, shown, io);

  const latest = entries
    .flatMap((entry) => (typeof entry['date'] === 'string' ? [entry['date']] : []))
    .sort()
    .at(-1);
  const date = options.date ?? latest ?? today();
  const late = table.rows.find((row) => (row.values['date']?.trim() ?? '') > date);
  if (late) {
    return refuse([createProblem('report/entry-after-report', { date: late.values['date']!.trim(), report: date }, shown, late.places['date'])], shown, io);
  }
  const ids = (await allocateIds('progressReport', corpus, 1)) ?? [];
  const id = ids[0]!;
  const draft = inSchemaOrder(progressReportSchema.shape, { id, title: options.title ?? `Status per ${spelledDay(date)}`, date, entries });
  const frontmatter = options.published ? sealedReport(draft, '', options.published) : draft;
  const file = { relative: documentPath('progressReport', id), text: documentText(inSchemaOrder(progressReportSchema.shape, frontmatter), '') };
  // The whole working draft with the new report in it, with every rule, before anything is written.
  const { problems: whole } = await checkPlannedFiles(contentFolder, [file], { displayBase: io.cwd });
  const errors = whole.filter((problem) => problem.severity === 'error').map((problem) => atCell(problem, file.text, entryRows, shown));
  if (errors.length > 0) return refuse(errors, shown, io);
  await writeNewFiles([{ file: path.join(contentFolder, file.relative), data: file.text }]);
  const written = shownPath(path.join(contentFolder, file.relative), io.cwd);
  io.stdout.write(`${written}\n`);
  // A day already past publishes the report at the next build under a date readers never saw it on: allowed
  // (a report entered late), but said.
  const now = today();
  if (options.published && options.published < now) {
    const line = file.text.split('\n').findIndex((text) => text.startsWith('published:')) + 1;
    const problem = createProblem('report/published-in-past', { published: options.published, today: now }, written, { line, column: 12 });
    io.stderr.write(`${formatProblem(problem, { color: useColor(io) })}\n`);
  }
  io.stdout.write(
    `${entries.length} ${entries.length === 1 ? 'status' : 'statuser'} importert fra ${shown} som ${id}, per ${date}${options.published ? `, publisert ${options.published}` : ' (utkast)'}.\n`,
  );
  return 0;
}

/** A problem in an entry of the report the import would write, put at the spreadsheet cell its value comes from. */
function atCell(problem: Problem, text: string, rows: readonly CsvRow[], shown: string): Problem {
  const [top, index, field] = valueAtLine(text, problem.line) ?? [];
  const row = top === 'entries' && typeof index === 'number' ? rows[index] : undefined;
  if (!row) return problem;
  const place = (typeof field === 'string' ? row.places[field] : undefined) ?? { line: row.line, column: 1 };
  return { ...problem, file: shown, line: place.line, column: place.column, endLine: undefined, endColumn: undefined };
}
