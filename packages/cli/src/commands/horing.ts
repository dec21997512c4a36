/**
 * `strategi horing import <id…> --round R-n`: turns consultation responses into one input (`innspill`) of the
 * round, written through the model and checked like `strategi new`, and records the input on each response, so the
 * trace runs response → input → goal or measure. The responses are read where the consultation service stores them.
 */
import path from 'node:path';
import { ConsultationStore, consultationStoreLocation, responsesToInput } from '@strategi/consultation';
import { formatProblem } from '@strategi/problems';
import { type CommandIO, parseOptions, UsageError, useColor } from '../io.ts';

const help = `Bruk: strategi horing import <svar-id> [<svar-id> …] --round R-1 [--dir mappe]

Gjør ett eller flere høringssvar om til ett innspill i innspillsrunden, med neste ledige id, og merker svarene
med innspillet. Innspillet får bare det som er offentlig av svarene: navn bare når svaret er publisert med navn,
teksten slik den er publisert, og ingen tekst fra svar som ikke er offentlige. Skriv sammendraget om etterpå.

Svarene leses der høringstjenesten lagrer dem: PostgreSQL når DATABASE_URL er satt, ellers horing.sqlite i
STRATEGI_HORING_DATA. Lenken til et publisert svar bruker STRATEGI_HORING_URL.`;

export async function horingCommand(args: string[], io: CommandIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h' || sub === undefined) {
    io.stdout.write(`${help}\n`);
    return sub === undefined ? 1 : 0;
  }
  if (sub !== 'import') throw new UsageError(`Ukjent underkommando «${sub}».`, 'Bruk «strategi horing import <svar-id> … --round R-1».');
  const { values, positionals } = parseOptions({
    args: rest,
    allowPositionals: true,
    options: { dir: { type: 'string', default: 'content' }, round: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('Oppgi id-en til minst ett høringssvar.', 'Id-ene står på modereringssiden til høringstjenesten.');
  if (!values.round) throw new UsageError('Oppgi innspillsrunden med --round, for eksempel --round R-1.');
  const folder = path.resolve(io.cwd, values.dir);
  const store = await ConsultationStore.open(consultationStoreLocation(io.env, io.cwd));
  try {
    const responses = await Promise.all(positionals.map(async (id) => ({ id, response: await store.getResponse(id) })));
    const missing = responses.filter(({ response }) => !response).map(({ id }) => id);
    if (missing.length > 0) throw new UsageError(`Finner ikke høringssvar med id ${missing.map((id) => `«${id}»`).join(', ')}.`);
    const result = await responsesToInput(
      folder,
      responses.map(({ response }) => response!),
      { round: values.round, publicOrigin: io.env['STRATEGI_HORING_URL']?.replace(/\/+$/, ''), displayBase: io.cwd },
    );
    if (!result.ok) {
      if (result.reason === 'invalid') for (const problem of result.problems) io.stderr.write(`${formatProblem(problem, { color: useColor(io) })}\n`);
      else if (result.reason === 'withdrawn')
        io.stderr.write(`Høringssvaret ${result.ids.map((id) => `«${id}»`).join(', ')} er trukket og blir ikke innspill.\n`);
      else if (result.reason === 'already-input')
        io.stderr.write(`Høringssvaret ${result.ids.map((id) => `«${id}»`).join(', ')} er allerede gjort om til et innspill.\n`);
      io.stderr.write('Ingen innspill ble laget.\n');
      return 1;
    }
    await store.linkInput(positionals, result.id);
    const count = positionals.length;
    io.stdout.write(`Laget innspill ${result.id} (${path.relative(io.cwd, result.file)}) fra ${count} høringssvar, merket med innspillet.\n`);
    io.stdout.write(`  → Skriv om tittelen og sammendraget, og knytt innspillet til mål eller tiltak med «inputs: [${result.id}]».\n`);
    return 0;
  } finally {
    await store.close();
  }
}
