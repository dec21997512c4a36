import path from 'node:path';
import { changeVersionStatus, today } from '@strategi/model';
import { formatProblem, suggest } from '@strategi/problems';
import { currentValueOf, isoDay, type VersionStatus, versionStatuses } from '@strategi/schema';
import { type CommandIO, parseOptions, UsageError, useColor } from '../io.ts';

const help = `Bruk: strategi version status <versjons-id> <status> [--date ÅÅÅÅ-MM-DD] [--dir mappe]
       strategi version seal <versjons-id> [--dir mappe]

status  Endrer statusen til en frigitt versjon, den eneste måten den kan endres på. Bare disse overgangene er
        lov: utkast → høring eller vedtatt, høring → vedtatt eller erstattet, vedtatt → erstattet. Overgangen
        føres med dato i versjonens historikk, og versjon.md forsegles på nytt. En status som er endret for
        hånd, melder «strategi validate» som feil.
seal    Forsegler en versjon laget før statusene ble forseglet, med statusen og datoen den har. Sjekk dem først.`;

export async function versionCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseOptions({
    args,
    allowPositionals: true,
    options: { dir: { type: 'string', default: 'content' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  const [action, id, status, ...rest] = positionals;
  if (action !== 'status' && action !== 'seal')
    throw new UsageError(
      `Ukjent handling ${action ? `«${action}»` : ''}.`.replace('  ', ' '),
      'Skriv «strategi version status <id> <status>» eller «strategi version seal <id>».',
    );
  if (!id) throw new UsageError('Oppgi id-en til versjonen, for eksempel «strategi version status 2023-vedtatt erstattet».');
  if (rest.length > 0 || (action === 'seal' && status))
    throw new UsageError(`For mange argumenter: «${[...(action === 'seal' ? [status] : []), ...rest].join(' ')}».`);
  const date = values.date ?? today();
  if (!isoDay.safeParse(date).success) throw new UsageError(`--date skal være en dato som finnes, på formen ÅÅÅÅ-MM-DD, ikke «${date}».`);
  const folder = path.resolve(io.cwd, values.dir);
  const displayPath = (absolute: string) => path.relative(io.cwd, absolute);
  const result =
    action === 'seal'
      ? await changeVersionStatus(folder, id, { seal: true, date }, displayPath)
      : await changeVersionStatus(folder, id, { to: statusArgument(status), date }, displayPath);
  if (!result.ok) {
    for (const problem of result.problems) io.stderr.write(`${formatProblem(problem, { color: useColor(io) })}\n`);
    io.stderr.write('Ingenting ble endret.\n');
    return 1;
  }
  io.stdout.write(
    action === 'seal'
      ? `Forseglet «${id}» med status «${result.to}»: ${displayPath(result.file)}\n`
      : `«${id}» har nå status «${result.to}» (var «${result.from}»), ført med dato ${date}: ${displayPath(result.file)}\n`,
  );
  return 0;
}

function statusArgument(value: string | undefined): VersionStatus {
  if (value && (versionStatuses as readonly string[]).includes(value)) return value as VersionStatus;
  const suggestion = value ? (currentValueOf('versionStatus', value) ?? suggest(value, versionStatuses)) : undefined;
  throw new UsageError(
    `Oppgi den nye statusen: ${versionStatuses.map((s) => `«${s}»`).join(', ')}${value ? `, ikke «${value}»` : ''}.${suggestion ? ` Mente du «${suggestion}»?` : ''}`,
  );
}
