import path from 'node:path';
import { parseArgs } from 'node:util';
import { releaseVersion } from '@strategi/model';
import { formatProblem } from '@strategi/problems';
import { isoDay, versionStatuses } from '@strategi/schema';
import { type CommandIO, UsageError, useColor } from '../io.ts';
import { progressReporter } from '../progress.ts';

const help = `Bruk: strategi release <versjons-id> --status consultation|adopted|draft [--label «…»] [--date ÅÅÅÅ-MM-DD] [--notes «…»] [--example] [--dir mappe]

Fryser arbeidsutkastet som en frigitt versjon: alle dokumentene kopieres samlet til versjoner/<id>/,
med en innholdshash per fil. Nekter om innholdet har feil, eller om versjonen finnes fra før.
En frigitt versjon endres aldri.`;

const releasable = versionStatuses.filter((status) => status !== 'superseded');

export async function releaseCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      dir: { type: 'string', default: 'content' },
      status: { type: 'string' },
      label: { type: 'string' },
      date: { type: 'string' },
      notes: { type: 'string' },
      example: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  const id = positionals[0];
  if (!id) throw new UsageError('Oppgi id-en til versjonen, for eksempel «strategi release 2025-horing --status consultation».');
  if (!values.status || !(releasable as readonly string[]).includes(values.status)) {
    throw new UsageError(`--status må være ${releasable.map((s) => `«${s}»`).join(', ')}${values.status ? `, ikke «${values.status}»` : ''}.`);
  }
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  checkDate(date);
  const folder = path.resolve(io.cwd, values.dir);
  const progress = progressReporter(io, 'Kopierer');
  const result = await releaseVersion(
    folder,
    { id, status: values.status as (typeof releasable)[number], label: values.label ?? id, date, example: values.example },
    { displayBase: io.cwd, onProgress: progress, ...(values.notes ? { notes: values.notes } : {}) },
  );
  progress.done();
  if (!result.ok) {
    if (result.reason === 'invalid-content') {
      for (const problem of result.problems) io.stderr.write(`${formatProblem(problem, { color: useColor(io) })}\n`);
      io.stderr.write(`\nIngen versjon ble laget: innholdet har ${result.problems.length} feil. Rett dem og prøv igjen.\n`);
    } else if (result.reason === 'version-exists') {
      io.stderr.write(`Versjonen «${id}» finnes allerede (${path.relative(io.cwd, result.folder)}). En frigitt versjon endres aldri; velg en ny id.\n`);
    } else {
      io.stderr.write(`Ugyldig versjon: ${result.message}.\n`);
    }
    return 1;
  }
  io.stdout.write(
    `Frigitt «${result.version.id}» (${result.version.status}, ${result.version.date}): ${result.files} filer i ${path.relative(io.cwd, result.folder)}\n`,
  );
  return 0;
}

/** The schema's own day check, so that `--date` refuses exactly what validate would refuse in `versjon.md`. */
function checkDate(date: string): void {
  const issue = isoDay.safeParse(date).error?.issues[0];
  if (!issue) return;
  if (issue.code === 'custom') throw new UsageError(`--date ${issue.message}`);
  throw new UsageError(`--date skal være en dato på formen ÅÅÅÅ-MM-DD, ikke «${date}».`);
}
