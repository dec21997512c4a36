import path from 'node:path';
import { type ReleaseInput, releaseVersion, today } from '@strategi/model';
import { formatProblem, type Problem, suggest } from '@strategi/problems';
import { currentValueOf, isoDay, versionStatuses } from '@strategi/schema';
import { type CommandIO, parseOptions, UsageError, useColor } from '../io.ts';
import { progressReporter } from '../progress.ts';

/** The statuses a version can be released with; `erstattet` comes later, with `strategi version status`. */
const releasable = versionStatuses.filter((status) => status !== 'erstattet');

const help = `Bruk: strategi release <versjons-id> --status ${releasable.join('|')} [--label «…»] [--date ÅÅÅÅ-MM-DD] [--notes «…»] [--example]
       [--consultation-deadline ÅÅÅÅ-MM-DD --consultation-url https://…] [--dir mappe]

Fryser arbeidsutkastet som en frigitt versjon: filene leses én gang, sjekkes, og akkurat de samme filene skrives
samlet til versjoner/<id>/, med en liste over hashene deres (versjon.sha256) og en forseglet versjon.md.
Nekter om innholdet har feil, eller om versjonen finnes fra før. En frigitt versjon endres aldri; statusen
endres senere bare med «strategi version status».
--consultation-deadline og --consultation-url (begge, for en versjon på høring): høringsfristen og siden der
publikum leser om høringen og svarer. Nettstedet viser dem på hver side i versjonen til fristen er ute.`;

export async function releaseCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseOptions({
    args,
    allowPositionals: true,
    options: {
      dir: { type: 'string', default: 'content' },
      status: { type: 'string' },
      label: { type: 'string' },
      date: { type: 'string' },
      notes: { type: 'string' },
      example: { type: 'boolean', default: false },
      'consultation-deadline': { type: 'string' },
      'consultation-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  const id = positionals[0];
  if (!id) throw new UsageError('Oppgi id-en til versjonen, for eksempel «strategi release 2025-horing --status høring».');
  const status = statusFlag(values.status);
  const date = values.date ?? today();
  checkDate(date);
  const deadline = values['consultation-deadline'];
  const url = values['consultation-url'];
  if ((deadline === undefined) !== (url === undefined))
    throw new UsageError(
      'Oppgi både --consultation-deadline og --consultation-url, eller ingen av dem.',
      'En høring trenger en frist og en side der publikum svarer.',
    );
  if (deadline !== undefined) checkDate(deadline, '--consultation-deadline');
  const folder = path.resolve(io.cwd, values.dir);
  const progress = progressReporter(io, 'Skriver');
  const result = await releaseVersion(
    folder,
    { id, status, label: values.label ?? id, date, example: values.example, ...(deadline && url ? { consultation: { deadline, url } } : {}) },
    { displayBase: io.cwd, onProgress: progress, ...(values.notes ? { notes: values.notes } : {}) },
  );
  progress.done();
  const color = useColor(io);
  if (!result.ok) {
    if (result.reason === 'invalid-content') {
      for (const problem of result.problems) io.stderr.write(`${formatProblem(problem, { color })}\n`);
      io.stderr.write(`\nIngen versjon ble laget: innholdet har ${result.problems.length} feil. Rett dem og prøv igjen.\n`);
    } else if (result.reason === 'version-exists') {
      io.stderr.write(`Versjonen «${id}» finnes allerede (${path.relative(io.cwd, result.folder)}). En frigitt versjon endres aldri; velg en ny id.\n`);
    } else {
      for (const problem of result.problems) io.stderr.write(`${describeFlag(problem)}\n`);
      io.stderr.write('Ingen versjon ble laget.\n');
    }
    return 1;
  }
  for (const leftover of result.cleaned) io.stderr.write(`Ryddet bort rester etter en avbrutt frigivelse: ${path.relative(io.cwd, leftover)}\n`);
  const version = result.version;
  io.stdout.write(`Frigitt «${version.id}» (${version.status}, ${version.date}): ${result.files} filer i ${path.relative(io.cwd, result.folder)}\n`);
  return 0;
}

/** A problem with a command-line value: said about the option, not a file. */
export function describeFlag(problem: Problem): string {
  const asFlag = (text: string) =>
    text
      .replace(/«(deadline|url) i consultation»/g, (_, field: string) => `--consultation-${field}`)
      .replace(/«(id|label|date|status|example)»/g, (_, field: string) => `--${field === 'id' ? 'id (versjons-id-en)' : field}`);
  return `${asFlag(problem.message)}
  → ${asFlag(problem.hint)}`;
}

/** `--status`, with a did-you-mean across both vocabularies (`adopted` → `vedtatt`). */
function statusFlag(value: string | undefined): ReleaseInput['status'] {
  if (value && (releasable as readonly string[]).includes(value)) return value as ReleaseInput['status'];
  const current = value ? currentValueOf('versionStatus', value) : undefined;
  const suggestion = current && (releasable as readonly string[]).includes(current) ? current : value ? suggest(value, releasable) : undefined;
  throw new UsageError(
    `--status må være ${releasable.map((s) => `«${s}»`).join(', ')}${value ? `, ikke «${value}»` : ''}.${suggestion ? ` Mente du «${suggestion}»?` : ''}`,
    'Status «erstattet» settes senere, med «strategi version status <id> erstattet».',
  );
}

/** The schema's own day check, so that `--date` refuses exactly what validate would refuse in `versjon.md`. */
function checkDate(date: string, flag = '--date'): void {
  const issue = isoDay.safeParse(date).error?.issues[0];
  if (!issue) return;
  if (issue.code === 'custom') throw new UsageError(`${flag} ${issue.message}`);
  throw new UsageError(`${flag} skal være en dato på formen ÅÅÅÅ-MM-DD, ikke «${date}».`);
}
