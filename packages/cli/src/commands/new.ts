import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkShape, type Edition, unknownRuleFor } from '@strategi/model';
import { createProblem, type Problem, suggest } from '@strategi/problems';
import { actorKinds, type DocumentKind, documentKinds, inputChannels, languages, STRATEGY_PERIOD, sectors, senderKinds } from '@strategi/schema';
import { writeNewFile } from '../atomic.ts';
import { loadContent } from '../editions.ts';
import { toFrontmatter } from '../frontmatter.ts';
import { type CommandIO, UsageError } from '../io.ts';

/** The kinds `strategi new` makes, by the name typed on the command line. */
export const newKinds = {
  measure: 'measure',
  goal: 'goal',
  'focus-area': 'focusArea',
  'action-plan': 'actionPlan',
  actor: 'actor',
  input: 'input',
  'input-round': 'inputRound',
} as const satisfies Record<string, DocumentKind>;
type NewKind = keyof typeof newKinds;

const help = `Bruk: strategi new <type> --title «…» [valg] [--dir mappe]

Lager et nytt dokument med neste ledige id og frontmatter som er gyldig, og skriver stien til filen.
Id-en er én høyere enn den høyeste som er brukt av typen, i arbeidsutkastet og i alle frigitte versjoner,
så en id brukes aldri to ganger. Overskriver aldri en fil.

Typer og valg:
  measure      --title --goal M-1 … --responsible KD … [--partner Udir …] [--sector grunnskole …]
               [--start 2025] [--deadline 2027] [--action-plan H-1]
  goal         --title --focus-area I-1 [--parent M-1]
  focus-area   --title [--summary «…»]
  action-plan  --title --measure T-1 … [--start 2025] [--end 2027]
  actor        --title «fullt navn» --id Udir --type ${actorKinds.join('|')} --responsibility «…»
  input-round  --title --channel ${inputChannels.join('|')} --organiser KD … --summary «…» [--date ÅÅÅÅ-MM-DD]
  input        --title --round R-1 --sender «…» --sender-kind ${senderKinds.join('|')} --summary «…» [--date ÅÅÅÅ-MM-DD]

Alle typer: [--lang ${languages.join('|')}] (standard nb).
Standardverdier for tiltak: alle sektorer, start i år, frist ved slutten av strategiperioden, status planned.`;

const bodies: Record<DocumentKind, string> = {
  strategy: '',
  focusArea: 'Beskriv innsatsområdet: hva det gjelder, og hvorfor det er viktig.',
  goal: 'Beskriv målet: hva som skal være oppnådd, og hvordan vi ser det.',
  measure: 'Beskriv tiltaket: hva som skal gjøres, hvorfor, og hvem som gjør hva.',
  actionPlan: 'Beskriv handlingsplanen: hva den samler, og for hvilken periode.',
  actor: 'Beskriv aktøren og rollen den har i strategien.',
  inputRound: 'Beskriv innspillsrunden: hvem som deltok, og hva som kom fram.',
  input: 'Skriv hovedpunktene i innspillet.',
};

export async function newCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      dir: { type: 'string', default: 'content' },
      title: { type: 'string' },
      goal: { type: 'string', multiple: true, default: [] },
      'focus-area': { type: 'string' },
      parent: { type: 'string' },
      responsible: { type: 'string', multiple: true, default: [] },
      partner: { type: 'string', multiple: true, default: [] },
      sector: { type: 'string', multiple: true, default: [] },
      measure: { type: 'string', multiple: true, default: [] },
      'action-plan': { type: 'string' },
      organiser: { type: 'string', multiple: true, default: [] },
      start: { type: 'string' },
      deadline: { type: 'string' },
      end: { type: 'string' },
      date: { type: 'string' },
      id: { type: 'string' },
      type: { type: 'string' },
      responsibility: { type: 'string' },
      summary: { type: 'string' },
      channel: { type: 'string' },
      round: { type: 'string' },
      sender: { type: 'string' },
      'sender-kind': { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  const typed = positionals[0];
  const names = Object.keys(newKinds);
  if (!typed)
    throw new UsageError(
      'Oppgi hva du vil lage, for eksempel «strategi new measure --title «…» --goal M-1 --responsible KD».',
      `Typene er ${names.map((n) => `«${n}»`).join(', ')}.`,
    );
  if (!(typed in newKinds)) {
    const suggestion = suggest(typed, names);
    throw new UsageError(`Ukjent type «${typed}».${suggestion ? ` Mente du «${suggestion}»?` : ''}`, `Typene er ${names.map((n) => `«${n}»`).join(', ')}.`);
  }
  if (positionals.length > 1) throw new UsageError(`For mange argumenter: «${positionals.slice(1).join(' ')}». Sett tekst med mellomrom i anførselstegn.`);
  const kind = newKinds[typed as NewKind];
  if (!values.title?.trim()) throw new UsageError('Oppgi en tittel med --title «…».');
  const required = (option: keyof typeof values, example: string) => {
    const value = values[option];
    if (value === undefined || (Array.isArray(value) && value.length === 0))
      throw new UsageError(
        `${documentKinds[kind].indefinite[0]!.toUpperCase()}${documentKinds[kind].indefinite.slice(1)} trenger --${option}, for eksempel «--${option} ${example}».`,
      );
  };

  const folder = path.resolve(io.cwd, values.dir);
  const corpus = await loadContent(io, values.dir);
  const editions = [corpus.working, ...corpus.versions];
  const year = new Date().getFullYear();
  const period = corpus.working.index.strategy?.data.period ?? STRATEGY_PERIOD;
  const clampYear = (value: number) => Math.min(Math.max(value, period.start), period.end);
  const title = values.title.trim();

  let data: Record<string, unknown>;
  switch (kind) {
    case 'measure':
      required('goal', 'M-1');
      required('responsible', 'KD');
      data = {
        title,
        goals: values.goal,
        responsible: values.responsible,
        ...(values.partner.length ? { partners: values.partner } : {}),
        sectors: values.sector.length ? values.sector : [...sectors],
        start: yearOrText(values.start) ?? clampYear(year),
        deadline: yearOrText(values.deadline) ?? period.end,
        status: 'planned',
        ...(values['action-plan'] ? { actionPlan: values['action-plan'] } : {}),
      };
      break;
    case 'goal':
      required('focus-area', 'I-1');
      data = { title, focusArea: values['focus-area'], ...(values.parent ? { parent: values.parent } : {}) };
      break;
    case 'focusArea': {
      const order = 1 + Math.max(0, ...corpus.working.index.byKind.focusArea.map((area) => area.data.order));
      data = { title, order, ...(values.summary ? { summary: values.summary } : {}) };
      break;
    }
    case 'actionPlan': {
      required('measure', 'T-1');
      const start = yearOrText(values.start) ?? clampYear(year);
      data = { title, period: { start, end: yearOrText(values.end) ?? (typeof start === 'number' ? clampYear(start + 2) : start) }, measures: values.measure };
      break;
    }
    case 'actor':
      required('id', 'Udir');
      required('type', 'directorate');
      required('responsibility', '«Forvalter læreplanene.»');
      data = { name: title, kind: values.type, responsibility: values.responsibility };
      break;
    case 'inputRound':
      required('channel', 'meeting');
      required('organiser', 'KD');
      required('summary', '«Hva trenger barnehagene?»');
      data = {
        title,
        date: values.date ?? new Date().toISOString().slice(0, 10),
        channel: values.channel,
        organisers: values.organiser,
        summary: values.summary,
      };
      break;
    case 'input':
      required('round', 'R-1');
      required('sender', '«Oslo kommune»');
      required('sender-kind', 'kommune');
      required('summary', '«Skolene trenger mer utstyr.»');
      data = {
        title,
        round: values.round,
        sender: values.sender,
        senderKind: values['sender-kind'],
        summary: values.summary,
        ...(values.date ? { date: values.date } : {}),
      };
      break;
    default:
      throw new UsageError(`Ukjent type «${typed}».`);
  }
  if (values.lang !== undefined) data['lang'] = values.lang;

  const id = kind === 'actor' ? values.id!.normalize('NFC') : `${prefixOf(kind)}${await nextNumber(kind, editions, folder)}`;
  const kindFolder = path.join(folder, documentKinds[kind].folder);
  const file = path.join(kindFolder, `${id}.md`);
  const shown = path.relative(io.cwd, file);
  if (kind === 'actor') {
    const taken = editions.flatMap((edition) => [...edition.byId.keys(), ...edition.aliases.keys()]).find((other) => other.toLowerCase() === id.toLowerCase());
    if (taken)
      throw new UsageError(
        `Id-en «${taken}» er allerede brukt. En id brukes aldri to ganger, heller ikke etter at et dokument er fjernet.`,
        'Velg en annen id med --id.',
      );
  }

  const frontmatter = { id, ...data };
  const problems: Problem[] = [
    ...checkShape(documentKinds[kind].schema, { data: frontmatter, keys: {}, values: {} }, shown).problems,
    ...unknownReferences(kind, frontmatter, corpus.working, shown),
  ];
  if (problems.length > 0) {
    for (const problem of problems) io.stderr.write(`${problem.message}  [${problem.ruleId}]\n  → ${problem.hint}\n`);
    io.stderr.write('Ingen fil ble skrevet.\n');
    return 1;
  }
  const text = `${toFrontmatter(frontmatter)}${bodyFor(kind, values.lang)}\n`;
  await writeNewFile(file, text);
  io.stdout.write(`${shown}\n`);
  return 0;
}

/** `2026` as a number (YAML writes it bare), anything else as typed; the schema checks it. */
function yearOrText(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  return /^\d{4}$/.test(value) ? Number(value) : value;
}

function prefixOf(kind: DocumentKind): string {
  const example = (documentKinds[kind].schema.shape.id as unknown as { meta(): { examples?: string[] } | undefined }).meta()?.examples?.[0] ?? '';
  return example.replace(/\d+$/, '');
}

/**
 * One more than the highest number used by a kind: in the working draft, in every released version, in the aliases
 * (former ids), and in the names of files whose frontmatter is broken (they have no id in the graph).
 */
async function nextNumber(kind: DocumentKind, editions: readonly Edition[], _folder: string): Promise<number> {
  const prefix = prefixOf(kind);
  const used: string[] = [];
  for (const edition of editions) {
    for (const doc of edition.index.byKind[kind]) used.push(doc.id, ...doc.data.aliases);
    const names = await readdir(path.join(edition.root, documentKinds[kind].folder)).catch(() => [] as string[]);
    used.push(...names.map((name) => name.replace(/\.md$/i, '')));
  }
  const numbers = used.flatMap((id) => (id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length)) ? [Number(id.slice(prefix.length))] : []));
  return 1 + Math.max(0, ...numbers);
}

/** Every id the new document points at must exist in the working draft, as in `strategi validate`. */
function unknownReferences(kind: DocumentKind, data: Record<string, unknown>, working: Edition, file: string): Problem[] {
  const fields: [string, DocumentKind][] =
    kind === 'measure'
      ? [
          ['goals', 'goal'],
          ['responsible', 'actor'],
          ['partners', 'actor'],
          ['actionPlan', 'actionPlan'],
        ]
      : kind === 'goal'
        ? [
            ['focusArea', 'focusArea'],
            ['parent', 'goal'],
          ]
        : kind === 'actionPlan'
          ? [['measures', 'measure']]
          : kind === 'inputRound'
            ? [['organisers', 'actor']]
            : kind === 'input'
              ? [['round', 'inputRound']]
              : [];
  const problems: Problem[] = [];
  for (const [field, target] of fields) {
    const value = data[field];
    const ids = value === undefined ? [] : Array.isArray(value) ? (value as string[]) : [value as string];
    for (const id of ids) {
      const found = working.byId.get(id) ?? working.aliases.get(id);
      if (found?.kind === target) continue;
      const candidates = working.index.byKind[target].map((doc) => doc.id);
      problems.push(createProblem(unknownRuleFor[target] as 'link/unknown-goal', { id, field, suggestion: suggest(id, candidates) }, file));
    }
  }
  return problems;
}

const bodiesNynorsk: Record<DocumentKind, string> = {
  strategy: '',
  focusArea: 'Beskriv innsatsområdet: kva det gjeld, og kvifor det er viktig.',
  goal: 'Beskriv målet: kva som skal vere nådd, og korleis vi ser det.',
  measure: 'Beskriv tiltaket: kva som skal gjerast, kvifor, og kven som gjer kva.',
  actionPlan: 'Beskriv handlingsplanen: kva han samlar, og for kva periode.',
  actor: 'Beskriv aktøren og rolla han har i strategien.',
  inputRound: 'Beskriv innspelsrunden: kven som deltok, og kva som kom fram.',
  input: 'Skriv hovudpunkta i innspelet.',
};

function bodyFor(kind: DocumentKind, lang: string | undefined): string {
  if (lang === 'en') return 'Describe the document here.';
  return (lang === 'nn' ? bodiesNynorsk : bodies)[kind];
}
