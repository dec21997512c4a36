import { link, mkdir, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkShape, loadCorpus } from '@strategi/model';
import { createProblem, formatProblem, type Place, type Problem, sortProblems, suggest } from '@strategi/problems';
import { documentKinds, inputSchema } from '@strategi/schema';
import { stringify } from 'yaml';
import { inputColumns, inputFromRow } from '../import/input-columns.ts';
import { readCsv } from '../import/read-csv.ts';
import type { CsvRow } from '../import/rows.ts';
import { type CommandIO, parseOptions, UsageError, useColor } from '../io.ts';

const help = `Bruk: strategi import inputs <fil.csv> [--dir mappe]

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
    options: { dir: { type: 'string', default: 'content' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  const [what, csvArgument] = positionals;
  if (what !== 'inputs') throw new UsageError(`Ukjent import ${what ? `«${what}»` : ''}. Bare «strategi import inputs <fil.csv>» finnes.`.replace('  ', ' '));
  if (!csvArgument) throw new UsageError('Oppgi CSV-filen: «strategi import inputs innspill.csv».');
  const csvFile = path.resolve(io.cwd, csvArgument);
  const shown = shownPath(csvFile, io.cwd);
  const contentFolder = path.resolve(io.cwd, values.dir);

  const table = await readCsv(csvFile, shown, inputColumns);
  if (table.unreadable) return refuse(table.problems, shown, io);

  const corpus = await loadCorpus(contentFolder, { displayBase: io.cwd });
  const editions = [corpus.working, ...corpus.versions];
  const rounds = corpus.working.index.byKind.inputRound.map((round) => round.id);
  // Ids are never reused: count those of every version, and file names too (a broken file has no id in the graph).
  const folder = path.join(contentFolder, documentKinds.input.folder);
  const namesInFolder = await readdir(folder).catch(() => [] as string[]);
  const usedNumbers = [
    ...editions.flatMap((edition) => edition.index.byKind.input.map((input) => input.id)),
    ...namesInFolder.map((name) => name.replace(/\.md$/i, '')),
  ].flatMap((id) => (/^IN-(\d+)$/.exec(id) ? [Number(id.slice(3))] : []));
  let next = 1 + Math.max(0, ...usedNumbers);

  const planned = table.rows.map((row) => ({ id: `IN-${next++}`, row, ...inputFromRow(row) }));
  return checkAndWrite(planned, table.problems, { shown, folder, rounds, io });
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
  context: { shown: string; folder: string; rounds: string[]; io: CommandIO },
): Promise<number> {
  const { shown, folder, rounds, io } = context;
  const problems = [...readProblems];
  const files: { name: string; text: string }[] = [];
  for (const { id, row, data, body } of planned) {
    const values = Object.fromEntries(Object.entries(row.places).map(([field, place]) => [field, cell(place)]));
    const shape = checkShape(inputSchema, { data: { id, ...data }, keys: {}, values: { '': cell({ line: row.line, column: 1 }), ...values } }, shown);
    // A required field is missing only where its cell is empty, and the reader has reported that cell already.
    problems.push(...shape.problems.filter((problem) => problem.ruleId !== 'schema/missing-field'));
    const round = data['round'];
    if (typeof round === 'string' && round && !rounds.includes(round)) {
      problems.push(createProblem('link/unknown-input-round', { id: round, field: 'round', suggestion: suggest(round, rounds) }, shown, values['round']));
    }
    if (shape.data) {
      const frontmatter = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
      files.push({ name: `${id}.md`, text: `---\n${stringify({ id, ...frontmatter }, { lineWidth: 0 })}---\n${body ? `${body.trim()}\n` : ''}` });
    }
  }
  if (problems.length > 0) return refuse(problems, shown, io);
  await writeAllOrNothing(folder, files);
  for (const file of files) io.stdout.write(`${shownPath(path.join(folder, file.name), io.cwd)}\n`);
  io.stdout.write(`${files.length} innspill importert fra ${shown}.\n`);
  return 0;
}

/** A path relative to where the command runs, unless it lies outside: `/dev/zero`, not `../../dev/zero`. */
function shownPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

/** A cell as the one-character range the shape check places problems at. */
function cell(place: Place) {
  return { line: place.line, column: place.column, endLine: place.line, endColumn: place.column };
}

/**
 * Writes every file or none: each goes to a hidden temporary file first; then each is hard-linked to its
 * final name, which fails rather than overwrite. If any step fails, what was linked is removed again.
 */
async function writeAllOrNothing(folder: string, files: { name: string; text: string }[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  const temporary = files.map((file) => path.join(folder, `.${file.name}.${process.pid}.tmp`));
  const linked: string[] = [];
  try {
    await Promise.all(files.map((file, i) => writeFile(temporary[i]!, file.text, { flag: 'wx' })));
    for (const [i, file] of files.entries()) {
      const target = path.join(folder, file.name);
      await link(temporary[i]!, target);
      linked.push(target);
    }
  } catch (error) {
    await Promise.all(linked.map((file) => unlink(file).catch(() => undefined)));
    throw error;
  } finally {
    await Promise.all(temporary.map((file) => rm(file, { force: true })));
  }
}

/** Prints every problem with its hint, and that nothing was written. */
function refuse(problems: Problem[], shown: string, io: CommandIO): number {
  for (const problem of sortProblems(problems)) io.stderr.write(`${formatProblem(problem, { color: useColor(io) })}\n`);
  io.stderr.write(`\nIngen filer ble skrevet: ${problems.length} feil i ${shown}.\n`);
  return 1;
}
