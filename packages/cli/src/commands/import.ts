import { link, mkdir, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkShape, loadCorpus } from '@strategi/model';
import { createProblem, formatProblem, type Problem, sortProblems, suggest } from '@strategi/problems';
import { documentKinds, inputSchema } from '@strategi/schema';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'yaml';
import { type CommandIO, parseOptions, UsageError, useColor } from '../io.ts';

const help = `Bruk: strategi import inputs <fil.csv> [--dir mappe]

Gjør et regneark med mottatte innspill (lagret som CSV, UTF-8, med overskrifter på første rad) om til
innholdsfiler i innspill/, én per rad, med neste ledige id. Alle radene eller ingen: har én rad en feil,
vises raden og kolonnen, og ingen filer skrives. Eksisterende filer overskrives aldri.

Kolonner (norske eller engelske navn):
  tittel/title, runde/round, avsender/sender, avsendertype/senderKind, sammendrag/summary   (påkrevd)
  dato/date, lenke/url, språk/lang, eksempel/example, tekst/body                            (valgfri)`;

/** Spreadsheet headings editors may use, in Norwegian or as the schema's keys. */
const columnNames: Record<string, string> = {
  tittel: 'title',
  runde: 'round',
  innspillsrunde: 'round',
  avsender: 'sender',
  avsendertype: 'senderKind',
  sammendrag: 'summary',
  dato: 'date',
  lenke: 'url',
  språk: 'lang',
  målform: 'lang',
  eksempel: 'example',
  tekst: 'body',
};
const knownFields = ['title', 'round', 'sender', 'senderKind', 'summary', 'date', 'url', 'lang', 'example', 'body'];

interface Row {
  line: number;
  data: Record<string, unknown>;
  body: string;
  columns: Record<string, number>;
}

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
  const shown = path.relative(io.cwd, csvFile) || csvFile;
  const contentFolder = path.resolve(io.cwd, values.dir);

  const text = await readFile(csvFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Kan ikke lese ${shown}: ${error.code === 'ENOENT' ? 'filen finnes ikke' : error.code}.`);
  });
  const parsed = readRows(text, shown);
  if ('problem' in parsed) return report([parsed.problem], io);

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

  const problems: Problem[] = [];
  const files: { name: string; text: string }[] = [];
  for (const row of parsed.rows) {
    const id = `IN-${next++}`;
    const values = Object.fromEntries(
      Object.entries(row.columns).map(([field, column]) => [field, { line: row.line, column, endLine: row.line, endColumn: column }]),
    );
    const shape = checkShape(
      inputSchema,
      { data: { id, ...row.data }, keys: {}, values: { '': { line: row.line, column: 1, endLine: row.line, endColumn: 1 }, ...values } },
      shown,
    );
    problems.push(...shape.problems);
    const round = row.data['round'];
    if (typeof round === 'string' && round && !rounds.includes(round)) {
      problems.push(createProblem('link/unknown-input-round', { id: round, field: 'round', suggestion: suggest(round, rounds) }, shown, values['round']));
    }
    if (shape.data) {
      const frontmatter = Object.fromEntries(Object.entries(row.data).filter(([, value]) => value !== undefined));
      files.push({ name: `${id}.md`, text: `---\n${stringify({ id, ...frontmatter }, { lineWidth: 0 })}---\n${row.body ? `${row.body.trim()}\n` : ''}` });
    }
  }
  if (problems.length > 0) {
    report(sortProblems(problems), io);
    io.stderr.write(`\nIngen filer ble skrevet: ${problems.length} ${problems.length === 1 ? 'feil' : 'feil'} i ${shown}. Rett regnearket og prøv igjen.\n`);
    return 1;
  }
  await writeAllOrNothing(folder, files);
  for (const file of files) io.stdout.write(`${path.relative(io.cwd, path.join(folder, file.name))}\n`);
  io.stdout.write(`${files.length} innspill importert fra ${shown}.\n`);
  return 0;
}

function readRows(text: string, shown: string): { rows: Row[] } | { problem: Problem } {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text.replace(/^\uFEFF/, ''), { columns: true, info: true, skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (error) {
    const { lines, column } = error as { lines?: number; column?: number };
    return {
      problem: createProblem(
        'schema/invalid',
        { field: 'CSV', reason: `Filen er ikke gyldig CSV (${(error as Error).message.replace(/^.*?: /, '')}).` },
        shown,
        { line: lines ?? 1, column: typeof column === 'number' ? column + 1 : 1 },
      ),
    };
  }
  const header = Object.keys(records[0]?.record ?? {});
  const unknown = header.find((name) => !knownFields.includes(columnNames[name.toLowerCase()] ?? name));
  if (unknown !== undefined) {
    const candidates = [...knownFields, ...Object.keys(columnNames)];
    return {
      problem: createProblem('schema/unknown-key', { key: unknown, suggestion: suggest(unknown, candidates) }, shown, {
        line: 1,
        column: header.indexOf(unknown) + 1,
      }),
    };
  }
  const rows = records.map(({ record, info }) => {
    const data: Record<string, unknown> = {};
    const columns: Record<string, number> = {};
    let body = '';
    header.forEach((name, i) => {
      const field = columnNames[name.toLowerCase()] ?? name;
      const value = record[name] ?? '';
      columns[field] = i + 1;
      if (field === 'body') body = value;
      else if (value === '') return;
      else if (field === 'example') data[field] = /^(ja|true|yes|1)$/i.test(value);
      else data[field] = value;
    });
    return { line: info.lines, data, body, columns };
  });
  return { rows };
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

function report(problems: Problem[], io: CommandIO): number {
  for (const problem of problems) io.stderr.write(`${formatProblem(problem, { color: useColor(io) })}\n`);
  return 1;
}
