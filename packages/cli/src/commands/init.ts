import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkObject, loadCorpus } from '@strategi/model';
import { formatProblem } from '@strategi/problems';
import { chosenIdPatterns, emailAddress, languages, type SiteSettingsInput, siteSettingsSchema, vocabularies } from '@strategi/schema';
import { z } from 'zod';
import { type CommandIO, parseOptions, UsageError, useColor } from '../io.ts';
import { CONTENT_FOLDER, type NewStrategy, skeletonFiles } from './init-skeleton.ts';

function help(): string {
  return [
    'Bruk: strategi init <mappe> --title «…» --owner «ID=Navn» [--owner …] --period 2024–2030 [valg]',
    '',
    'Lager en ny strategi i en ny (eller tom) mappe: innholdet i content/ (strategien, nettsted.yaml, eierne som',
    'aktører, ett innsatsområde med et mål og et tiltak), en README for redaktørene og arbeidsflytene for CI.',
    'Innholdet sjekkes før noe skrives, og mappen kommer på plass i ett steg: den finnes helt eller ikke.',
    '',
    'Valg:',
    '  --title «…»            strategiens tittel (påkrevd)',
    '  --owner «ID=Navn»      en eier; id-en blir filnavnet i aktorer/ (påkrevd, én per eier)',
    '  --period 2024–2030     årene strategien gjelder (påkrevd)',
    '  --site-name «…»        nettstedets navn (standard: tittelen)',
    '  --short-name «…»       kort navn',
    '  --email adresse        kontaktadressen for nettstedet (organisasjonen er den første eieren)',
    '  --url https://…        nettstedets offentlige adresse',
    '  --sector «kode=Navn»   en sektor tiltakene kan gjelde, én per sektor (standard: «alle=Alle sektorer»)',
    `  --lang ${languages.join('|')}         målformen (standard nb)`,
  ].join('\n');
}

export async function initCommand(args: string[], io: CommandIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${help()}\n`);
    return 0;
  }
  const { values, positionals } = parseOptions({
    args,
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      owner: { type: 'string', multiple: true },
      period: { type: 'string' },
      'site-name': { type: 'string' },
      'short-name': { type: 'string' },
      email: { type: 'string' },
      url: { type: 'string' },
      lang: { type: 'string' },
      sector: { type: 'string', multiple: true },
    },
  });
  const [folderArg, ...extra] = positionals;
  if (!folderArg) throw new UsageError('Oppgi mappen den nye strategien skal stå i, for eksempel «strategi init skipsfart».');
  if (extra.length > 0) throw new UsageError(`For mange argumenter: «${extra.join(' ')}». Sett tekst med mellomrom i anførselstegn.`);
  const title = values.title?.trim();
  if (!title) throw new UsageError('Oppgi strategiens tittel med --title «…».');
  const owners = (values.owner ?? []).map(parseOwner);
  if (owners.length === 0) throw new UsageError('Oppgi minst én eier med --owner «ID=Navn», for eksempel «--owner NFD=Nærings- og fiskeridepartementet».');
  const period = parsePeriod(values.period);
  const lang = (values.lang ?? 'nb') as NewStrategy['lang'];
  if (!languages.includes(lang)) throw new UsageError(`Ukjent målform «${values.lang}».`, `Målformene er ${languages.join(', ')}.`);

  const settings: SiteSettingsInput = {
    siteName: { nb: values['site-name']?.trim() || title },
    ...(values['short-name'] ? { shortName: values['short-name'] } : {}),
    ...(values.email ? { contact: { organisation: owners[0]!.name, email: values.email } } : {}),
    ...(values.url ? { url: values.url } : {}),
    // The new strategy's own lists, never the tool's defaults for another field: its sectors, and the kinds its owners are.
    sectors: Object.fromEntries((values.sector ?? []).map(parseSector)),
    actorKinds: Object.fromEntries(owners.map((owner) => [owner.kind, OWNER_KINDS[owner.kind]!])),
    // The tool's kinds of senders, written out: a consultation offers them, and the editors change the list here.
    senderKinds: { ...vocabularies.senderKind.labels },
    lang,
  };
  if (Object.keys(settings.sectors!).length === 0) settings.sectors = { alle: { nb: 'Alle sektorer', nn: 'Alle sektorar', en: 'All sectors' } };
  const problems = [
    ...checkObject(z.object({ email: emailAddress.optional() }), { email: values.email }, { names: { email: '--email' } }).problems,
    ...checkObject(siteSettingsSchema, settings, { names: { siteName: '--site-name', shortName: '--short-name', url: '--url', lang: '--lang' } }).problems,
  ];
  if (problems.length > 0) throw new UsageError(problems[0]!.message, problems[0]!.hint);

  const target = path.resolve(io.cwd, folderArg);
  const shown = path.relative(io.cwd, target) || '.';
  if (!(await isEmptyOrMissing(target))) {
    throw new UsageError(`Mappen ${shown} finnes og er ikke tom.`, 'Velg en ny mappe: init skriver aldri over noe.');
  }

  // Written beside the target, checked there, then moved into place in one step.
  const staging = path.join(path.dirname(target), `.${path.basename(target)}.init-${randomBytes(6).toString('hex')}`);
  try {
    for (const file of skeletonFiles({ title, period, owners, lang, settings })) {
      const absolute = path.join(staging, file.relative);
      await mkdir(path.dirname(absolute), { recursive: true });
      await writeFile(absolute, file.text, { flag: 'wx' });
    }
    const corpus = await loadCorpus(path.join(staging, CONTENT_FOLDER), { displayBase: staging, cacheFolder: false });
    const errors = corpus.problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) {
      for (const problem of errors) io.stderr.write(`${formatProblem(problem, { color: useColor(io) })}\n`);
      io.stderr.write('Ingen mappe ble skrevet.\n');
      return 1;
    }
    // rename() replaces an empty folder but never a full one: a folder filled meanwhile makes it fail.
    await rmdir(target).catch(() => undefined);
    await rename(staging, target);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  io.stdout.write(`${shown}\n`);
  io.stderr.write(`Ny strategi i ${shown}. Skriv visjonen og tekstene, og sjekk med «strategi validate --dir ${path.join(shown, CONTENT_FOLDER)}».\n`);
  return 0;
}

/** `ID=Navn`: the actor's id (its file name) and its full name. */
function parseOwner(value: string): NewStrategy['owners'][number] {
  const at = value.indexOf('=');
  const id = value.slice(0, at).trim();
  const name = value.slice(at + 1).trim();
  if (at < 1 || !name) throw new UsageError(`«--owner ${value}» må skrives «ID=Navn», for eksempel «--owner NFD=Nærings- og fiskeridepartementet».`);
  if (!chosenIdPatterns.actor.test(id)) throw new UsageError(`«${id}» kan ikke være en aktørs id: bruk bokstaver a–z (uten æ, ø og å), tall og bindestrek.`);
  // A ministry by its name; anything else is an organisation until an editor says otherwise in the actor's file.
  return { id, name, kind: /departement/i.test(name) ? 'departement' : 'organisasjon' };
}

/** The kinds `init` gives owners, with their names; an editor adds more to `actorKinds` in nettsted.yaml. */
const OWNER_KINDS: Record<string, { nb: string; nn: string; en: string }> = {
  departement: { nb: 'Departement', nn: 'Departement', en: 'Ministry' },
  organisasjon: { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
};

/** `kode=Navn`: a sector's code (what measures write) and its name for readers. */
function parseSector(value: string): [string, { nb: string }] {
  const at = value.indexOf('=');
  const code = value.slice(0, at).trim();
  const name = value.slice(at + 1).trim();
  if (at < 1 || !name) throw new UsageError(`«--sector ${value}» må skrives «kode=Navn», for eksempel «--sector havbruk=Havbruk».`);
  return [code, { nb: name }];
}

/** `2024–2030` (en dash or hyphen). */
function parsePeriod(value: string | undefined): NewStrategy['period'] {
  const match = /^\s*(\d{4})\s*[–-]\s*(\d{4})\s*$/.exec(value ?? '');
  if (!match) throw new UsageError('Oppgi årene strategien gjelder med --period, for eksempel «--period 2024–2030».');
  const [start, end] = [Number(match[1]), Number(match[2])];
  if (end < start) throw new UsageError(`Perioden ${start}–${end} slutter før den begynner.`);
  return { start, end };
}

async function isEmptyOrMissing(folder: string): Promise<boolean> {
  try {
    return (await readdir(folder)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw new UsageError(`Kan ikke lese ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
}
