import path from 'node:path';
import { type ReleaseInput, releaseVersion, today, undoRelease } from '@strategi/model';
import { formatProblem, type Problem, suggest } from '@strategi/problems';
import { type ChangeKind, changeKindVocabulary, currentValueOf, isoDay, isoMoment, versionStatuses } from '@strategi/schema';
import { isCommitted } from '../git.ts';
import { type CommandIO, parseOptions, UsageError, useColor } from '../io.ts';
import { describeMoment } from '../moment.ts';
import { progressReporter } from '../progress.ts';

/** The statuses a version can be released with; `erstattet` comes later, with `strategi version status`. */
const releasable = versionStatuses.filter((status) => status !== 'erstattet');
const changeKinds = changeKindVocabulary.values;

const help = `Bruk: strategi release <versjons-id> --status ${releasable.join('|')} --change ${changeKinds.join('|')} --change-note «…»
                        [--label «…»] [--date ÅÅÅÅ-MM-DD] [--publish-at 2027-01-15T10:00+01:00] [--notes «…»]
                        [--example] [--yes] [--dir mappe]
                        [--consultation-deadline ÅÅÅÅ-MM-DD --consultation-url https://… [--begrunnelse «…»]]
       strategi release --undo <versjons-id> [--dir mappe]

Fryser arbeidsutkastet som en frigitt versjon: filene leses én gang, sjekkes, og akkurat de samme filene skrives
samlet til versjoner/<id>/, med en liste over hashene deres (versjon.sha256) og en forseglet versjon.md.
Nekter om innholdet har feil, eller om versjonen finnes fra før. En frigitt versjon endres aldri; statusen
endres senere bare med «strategi version status».

--change       vesentlig: innholdet i strategien er endret (kommer i nyhetsstrømmen og versjonslisten med notatet);
               mindre: rettelser (bare i versjonens endringshistorikk).
--change-note  Hva som er endret, i en setning eller to (Markdown), på dokumentenes målform.
--publish-at   Når versjonen blir offentlig. En offentlig bygging før dette tidspunktet tar den ikke med.
--yes          Frigi uten å spørre. Uten --yes viser kommandoen hva som fryses, og spør først.
--undo <id>    Angrer en frigivelse som ikke er lagret i git ennå. Nekter om versjonen er lagret i git, eller om
               en fil i den ikke er lik filen i arbeidsutkastet (da ville endringen gått tapt).
--consultation-deadline og --consultation-url (begge, for en versjon på høring): høringsfristen og siden der
               publikum leser om høringen og svarer. Nettstedet viser dem på hver side i versjonen til fristen er ute.
               En frist kortere enn tre måneder gir en advarsel; kortere enn seks uker nektes uten --begrunnelse
               (utredningsinstruksen 3-3).
--begrunnelse  Hvorfor høringsfristen er kortere enn tre måneder. Skrives i versjon.md og vises på sidene til
               versjonen; under seks uker må den være med.
Når en vedtatt versjon skiller seg vesentlig fra høringsutkastet, sier frigivelsen hvor mye, og at en ny høring
kan være nødvendig.`;

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
      change: { type: 'string' },
      'change-note': { type: 'string' },
      'publish-at': { type: 'string' },
      example: { type: 'boolean', default: false },
      'consultation-deadline': { type: 'string' },
      'consultation-url': { type: 'string' },
      begrunnelse: { type: 'string' },
      yes: { type: 'boolean', short: 'y', default: false },
      undo: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  const folder = path.resolve(io.cwd, values.dir);
  if (values.undo !== undefined) return undo(values.undo, folder, io);
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
  const publishAt = values['publish-at'];
  if (publishAt !== undefined) checkMoment(publishAt);
  const change = changeFlag(values.change ?? (await io.ask?.(`Er endringen ${changeKinds.map((kind) => `«${kind}»`).join(' eller ')}? `)));
  const changeNote = (values['change-note'] ?? (await io.ask?.('Endringsnotat (hva er endret, i en setning eller to): ')))?.trim();
  if (!changeNote)
    throw new UsageError(
      'Skriv et endringsnotat med --change-note «…».',
      'Notatet sier leserne hva som er endret, for eksempel «Nytt tiltak om kunstig intelligens».',
    );

  const color = useColor(io);
  const progress = progressReporter(io, 'Skriver');
  const result = await releaseVersion(
    folder,
    {
      id,
      status,
      label: values.label ?? id,
      date,
      example: values.example,
      change,
      changeNote,
      ...(publishAt ? { publishAt } : {}),
      ...(deadline && url ? { consultation: { deadline, url } } : {}),
    },
    {
      displayBase: io.cwd,
      onProgress: progress,
      ...(values.notes ? { notes: values.notes } : {}),
      ...(values.begrunnelse ? { consultationReason: values.begrunnelse } : {}),
      confirm: async ({ files, warnings }) => {
        for (const problem of warnings) io.stderr.write(`${formatProblem(problem, { color })}\n`);
        io.stderr.write(
          `${warnings.length ? '\n' : ''}Frigivelsen fryser ${files} filer som «${id}»${warnings.length ? `, med ${warnings.length} ${warnings.length === 1 ? 'advarsel' : 'advarsler'} over` : ''}. En frigitt versjon endres aldri.\n`,
        );
        if (values.yes) return true;
        if (!io.ask) {
          io.stderr.write('Bekreft med --yes for å frigi uten spørsmål.\n');
          return false;
        }
        return /^(j|ja|y|yes)$/i.test((await io.ask('Frigi? [ja/nei] ')).trim());
      },
    },
  );
  progress.done();
  if (!result.ok) {
    if (result.reason === 'invalid-content') {
      for (const problem of result.problems) io.stderr.write(`${formatProblem(problem, { color })}\n`);
      io.stderr.write(`\nIngen versjon ble laget: innholdet har ${result.problems.length} feil. Rett dem og prøv igjen.\n`);
    } else if (result.reason === 'version-exists') {
      io.stderr.write(`Versjonen «${id}» finnes allerede (${path.relative(io.cwd, result.folder)}). En frigitt versjon endres aldri; velg en ny id.\n`);
    } else if (result.reason === 'cancelled') {
      io.stderr.write('Ingen versjon ble laget.\n');
    } else {
      for (const problem of result.problems) io.stderr.write(`${describeFlag(problem)}\n`);
      io.stderr.write('Ingen versjon ble laget.\n');
    }
    return 1;
  }
  for (const leftover of result.cleaned) io.stderr.write(`Ryddet bort rester etter en avbrutt frigivelse: ${path.relative(io.cwd, leftover)}\n`);
  const version = result.version;
  io.stdout.write(`Frigitt «${version.id}» (${version.status}, ${version.date}): ${result.files} filer i ${path.relative(io.cwd, result.folder)}\n`);
  if (version.publishAt) io.stdout.write(`Publiseres ${describeMoment(version.publishAt)}: offentlige bygginger før det tar ikke med versjonen.\n`);
  io.stdout.write(`Angre før du lagrer den i git: strategi release --undo ${version.id}\n`);
  return 0;
}

/** `release --undo <id>`: takes back a release git does not know yet, when no file would be lost. */
async function undo(id: string, folder: string, io: CommandIO): Promise<number> {
  const versionFolder = path.join(folder, 'versjoner', id);
  const result = await undoRelease(folder, id, { committed: await isCommitted(versionFolder) });
  const shown = path.relative(io.cwd, result.folder);
  if (result.ok) {
    io.stdout.write(`Angret frigivelsen av «${id}»: fjernet ${shown} (${result.files} kopier av filer som står i arbeidsutkastet).\n`);
    if (result.notes) io.stdout.write(`Frigivelsesnotatet var: ${result.notes}\n`);
    return 0;
  }
  if (result.reason === 'not-found') io.stderr.write(`Finner ingen frigitt versjon «${id}» (${shown}).\n`);
  else if (result.reason === 'committed')
    io.stderr.write(
      `«${id}» er lagret i git og kan være publisert; en frigivelse som er lagret, angres ikke.\n  → Lag en ny versjon, eller endre statusen med «strategi version status».\n`,
    );
  else
    io.stderr.write(
      `Angrer ikke «${id}»: disse filene i versjonen er ikke like i arbeidsutkastet, og ville gått tapt:\n${result.files.map((file) => `  ${path.join(shown, file)}\n`).join('')}  → Flytt endringene til arbeidsutkastet (eller kopier filene dit), og prøv igjen.\n`,
    );
  io.stderr.write('Ingenting ble endret.\n');
  return 1;
}

/** A problem with a command-line value: said about the option, not a file. */
function describeFlag(problem: Problem): string {
  const asFlag = (text: string) =>
    text
      .replace(/«(deadline|url) i consultation»/g, (_, field: string) => `--consultation-${field}`)
      .replace(
        /«(id|label|date|status|example|changeNote)»/g,
        (_, field: string) => `--${field === 'id' ? 'id (versjons-id-en)' : field === 'changeNote' ? 'change-note' : field}`,
      );
  return `${asFlag(problem.message)}\n  → ${asFlag(problem.hint)}`;
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

/** `--change`: the two Norwegian words, with a did-you-mean (and `major`/`minor` understood as a slip). */
function changeFlag(value: string | undefined): ChangeKind {
  const typed = value?.trim().toLowerCase();
  if (typed && (changeKinds as readonly string[]).includes(typed)) return typed as ChangeKind;
  const suggestion = typed === 'major' ? 'vesentlig' : typed === 'minor' ? 'mindre' : typed ? suggest(typed, changeKinds) : undefined;
  throw new UsageError(
    `--change må være «vesentlig» eller «mindre»${typed ? `, ikke «${value}»` : ''}.${suggestion ? ` Mente du «${suggestion}»?` : ''}`,
    'vesentlig: innholdet i strategien er endret. mindre: rettelser, som skrivefeil og lenker.',
  );
}

/** The schema's own day check, so that `--date` refuses exactly what validate would refuse in `versjon.md`. */
function checkDate(date: string, flag = '--date'): void {
  const issue = isoDay.safeParse(date).error?.issues[0];
  if (!issue) return;
  if (issue.code === 'custom') throw new UsageError(`${flag} ${issue.message}`);
  throw new UsageError(`${flag} skal være en dato på formen ÅÅÅÅ-MM-DD, ikke «${date}».`);
}

/** `--publish-at`: the schema's check of a moment, which needs its offset from UTC. */
function checkMoment(value: string): void {
  if (isoMoment.safeParse(value).success) return;
  throw new UsageError(
    `--publish-at skal være et tidspunkt med tidssone, for eksempel «2027-01-15T10:00+01:00», ikke «${value}».`,
    'Norsk vintertid er +01:00, sommertid +02:00.',
  );
}
