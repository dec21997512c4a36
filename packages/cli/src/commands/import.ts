import path from 'node:path';
import {
  allocateIds,
  checkPlannedFiles,
  checkShape,
  declaredValueProblems,
  documentText,
  inSchemaOrder,
  loadCorpus,
  resolveDocumentPath,
} from '@strategi/model';
import { createProblem, type Problem, suggest } from '@strategi/problems';
import { inputSchema, type SiteSettings } from '@strategi/schema';
import { inputColumns, inputFromRow } from '../import/input-columns.ts';
import { readCsv } from '../import/read-csv.ts';
import { cell, refuse, shownPath } from '../import/refuse.ts';
import type { CsvRow } from '../import/rows.ts';
import { reportLeftovers, writeAllOrNone } from '../import/stage.ts';
import { valueAtLine } from '../import/value-at-line.ts';
import { type CommandIO, parseOptions, UsageError } from '../io.ts';
import { holdingSignals } from '../signals.ts';
import { importIndicator, importIndicatorHelp } from './import-indicator.ts';
import { importStatus, importStatusHelp } from './import-status.ts';

const inputsHelp = `Bruk: strategi import inputs <fil.csv> [--dir mappe]

Gjør et regneark med mottatte innspill om til innholdsfiler i innspill/, én per rad, med neste ledige id.
Lagre regnearket i Excel som «CSV UTF-8 (kommadelt) (*.csv)» (eller «Unicode-tekst»), med overskriftene
på første rad; komma, semikolon og tabulator mellom cellene går like bra. Alle radene eller ingen: har en
rad feil, vises raden og kolonnen (fil.csv:rad:kolonne), og ingen filer skrives. Eksisterende filer
overskrives aldri.

Kolonner (norske eller engelske navn):
  tittel/title, runde/round, avsender/sender, avsendertype/senderKind, sammendrag/summary   (påkrevd)
  dato/date, lenke/url, språk/lang, eksempel/example (ja/nei), tekst/body                  (valgfri)`;

export async function importCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseOptions({
    args,
    allowPositionals: true,
    options: {
      dir: { type: 'string', default: 'content' },
      date: { type: 'string' },
      title: { type: 'string' },
      published: { type: 'string' },
      filter: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [what, csvArgument] = positionals;
  if (values.help) {
    const help = { status: importStatusHelp, inputs: inputsHelp, indicator: importIndicatorHelp }[what ?? ''];
    io.stdout.write(`${help ?? `${inputsHelp}\n\n${importStatusHelp}\n\n${importIndicatorHelp}`}\n`);
    return 0;
  }
  if (what === 'indicator') {
    const [, id, file] = positionals;
    if (!id || !file) throw new UsageError('Oppgi indikatoren og filen: «strategi import indicator IND-1 tall.csv».');
    return importIndicator({ id, file, dir: values.dir, filters: values.filter ?? [] }, io);
  }
  if (values.filter !== undefined) throw new UsageError('--filter hører til «strategi import indicator».');
  if (what === 'status') {
    if (!csvArgument) throw new UsageError('Oppgi CSV-filen: «strategi import status status.csv».');
    return importStatus({ csv: csvArgument, dir: values.dir, date: values.date, title: values.title, published: values.published }, io);
  }
  if (what !== 'inputs')
    throw new UsageError(
      `Ukjent import ${what ? `«${what}»` : ''}. «strategi import inputs <fil.csv>», «strategi import status <fil.csv>» og «strategi import indicator <IND-id> <fil>» finnes.`.replace(
        '  ',
        ' ',
      ),
    );
  if (values.date !== undefined || values.title !== undefined || values.published !== undefined) {
    throw new UsageError('--date, --title og --published hører til «strategi import status», ikke «import inputs».');
  }
  if (!csvArgument) throw new UsageError('Oppgi CSV-filen: «strategi import inputs innspill.csv».');
  const csvFile = path.resolve(io.cwd, csvArgument);
  const shown = shownPath(csvFile, io.cwd);
  const contentFolder = path.resolve(io.cwd, values.dir);
  await reportLeftovers(contentFolder, io);

  const table = await readCsv(csvFile, shown, inputColumns);
  if (table.unreadable) return refuse(table.problems, shown, io);

  const corpus = await loadCorpus(contentFolder, { displayBase: io.cwd });
  const rounds = corpus.working.index.byKind.inputRound.map((round) => round.id);
  // The model's one id allocator: never an id any version, former id or file name has used.
  const ids = (await allocateIds('input', corpus, table.rows.length)) ?? [];
  const planned = table.rows.map((row, i) => ({ id: ids[i]!, row, ...inputFromRow(row) }));
  return checkAndWrite(planned, table.problems, { shown, contentFolder, rounds, settings: corpus.settings, io });
}

interface PlannedInput {
  id: string;
  row: CsvRow;
  data: Record<string, unknown>;
  body: string;
}

/**
 * The one step that decides: every planned input is checked, the reader's own problems (uneven rows, empty
 * required cells) count too, and then every file is written or none. The checks here look at one document at
 * a time; a check of the whole edition with the new documents in it can take their place without changing
 * what comes before or after.
 */
async function checkAndWrite(
  planned: PlannedInput[],
  readProblems: Problem[],
  context: { shown: string; contentFolder: string; rounds: string[]; settings: SiteSettings | undefined; io: CommandIO },
): Promise<number> {
  const { shown, contentFolder, rounds, settings, io } = context;
  const problems = [...readProblems];
  const files: { relative: string; text: string; row: CsvRow }[] = [];
  for (const { id, row, data, body } of planned) {
    const values = Object.fromEntries(Object.entries(row.places).map(([field, place]) => [field, cell(place)]));
    const shape = checkShape(inputSchema, { data: { id, ...data }, keys: {}, values: { '': cell({ line: row.line, column: 1 }), ...values } }, shown);
    // A required field is missing only where its cell is empty, and the reader has reported that cell already.
    problems.push(...shape.problems.filter((problem) => problem.ruleId !== 'schema/missing-field'));
    // A sender kind the strategy does not declare, at its cell, beside the row's other problems.
    problems.push(...declaredValueProblems([{ kind: 'input', data: { id, ...data }, file: shown, positions: { keys: {}, values } }], settings));
    const round = data['round'];
    if (typeof round === 'string' && round && !rounds.includes(round)) {
      problems.push(createProblem('link/unknown-input-round', { id: round, field: 'round', suggestion: suggest(round, rounds) }, shown, values['round']));
    }
    // The one way from an id to a path: checked against the kind's pattern, confined to the content folder.
    const target = await resolveDocumentPath(contentFolder, 'input', id, { displayBase: io.cwd });
    if ('problem' in target) problems.push({ ...target.problem, file: shown, line: row.line, column: 1, endLine: undefined, endColumn: undefined });
    else if (shape.data) {
      const frontmatter = inSchemaOrder(inputSchema.shape, { id, ...Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) });
      files.push({ relative: target.relative, text: documentText(frontmatter, body), row });
    }
  }
  if (problems.length > 0) return refuse(problems, shown, io);
  // Then the whole working draft with the new files in it, with every rule, before anything is written.
  const { problems: whole } = await checkPlannedFiles(contentFolder, files, { displayBase: io.cwd });
  const errors = whole.filter((problem) => problem.severity === 'error').map((problem) => atRow(problem, files, contentFolder, shown, io.cwd));
  if (errors.length > 0) return refuse(errors, shown, io);
  await holdingSignals((interrupted) => writeAllOrNone(contentFolder, files, interrupted));
  for (const file of files) io.stdout.write(`${shownPath(path.join(contentFolder, file.relative), io.cwd)}\n`);
  io.stdout.write(`${files.length} innspill importert fra ${shown}.\n`);
  return 0;
}

/** A problem in a file the import would write, put at the spreadsheet cell its value comes from (or its row). */
function atRow(
  problem: Problem,
  files: readonly { relative: string; text: string; row: CsvRow }[],
  contentFolder: string,
  shown: string,
  cwd: string,
): Problem {
  const file = files.find((candidate) => shownPath(path.join(contentFolder, candidate.relative), cwd) === problem.file);
  if (!file) return problem;
  const field = valueAtLine(file.text, problem.line)?.[0];
  const place = (typeof field === 'string' ? file.row.places[field] : undefined) ?? { line: file.row.line, column: 1 };
  return { ...problem, file: shown, line: place.line, column: place.column, endLine: undefined, endColumn: undefined };
}
