import path from 'node:path';
import {
  allocateIds,
  checkPlannedFiles,
  documentText,
  type Edition,
  inSchemaOrder,
  placeholderFor,
  resolveDocumentPath,
  today,
  writeNewFile,
} from '@strategi/model';
import { formatProblem, type Problem, suggest } from '@strategi/problems';
import {
  type DocumentKind,
  documentKindNames,
  documentKinds,
  type FieldDescriptor,
  fieldsOf,
  isDeclarable,
  kindForCli,
  languages,
  STRATEGY_PERIOD,
} from '@strategi/schema';
import { loadContent } from '../editions.ts';
import { type CommandIO, parseOptions, UsageError, useColor } from '../io.ts';

/** Fields `new` never asks for: written by other tools, or added by hand later. */
const NOT_OPTIONS = new Set(['id', 'aliases', 'internalNote', 'sources', 'example', 'history', 'lang', 'measures', 'entries', 'published', 'seal']);

/** The kinds `new` makes: every kind but the strategy, which exists once. */
const kinds = documentKindNames.filter((kind) => kind !== 'strategy');

/** One command-line option of `new`, derived from a field of the kind's schema. */
interface FieldOption {
  flag: string;
  /** The field, or `parent.child` for a field of a nested object (`period.start`). */
  path: string[];
  many: boolean;
  /** `entries`: a list of objects, one `key=value,key=value` per flag (`--target year=2030,value=100`). */
  type: 'string' | 'number' | 'year-or-text' | 'entries';
  required: boolean;
  description: string;
  field: FieldDescriptor;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
/** `--goal M-1 --goal M-2` for `goals`: list fields take one value per flag, named in the singular. */
const singular = (name: string) => (name.endsWith('s') && !name.endsWith('ss') ? name.slice(0, -1) : name);

function valueType(field: FieldDescriptor): FieldOption['type'] {
  if (field.type === 'number') return 'number';
  if (field.type === 'partial-date' || field.type === 'union') return 'year-or-text';
  return 'string';
}

/**
 * The options of `new <kind>`, one per field of the kind. The children of a nested object go by their own name
 * (`--start` for `period.start`), or, where one of their names is taken, all by the object's and theirs
 * (`--source-title` and `--source-url`, since `--title` names the document).
 */
function optionsOf(kind: DocumentKind): FieldOption[] {
  const fields = fieldsOf(kind).filter((field) => !NOT_OPTIONS.has(field.key));
  const childNames = fields.flatMap((field) => (field.type === 'object' && !field.list ? (field.fields ?? []).map((child) => child.key) : []));
  const taken = new Set([TITLE_FLAG, ...fields.map((field) => field.key)]);
  // An object whose children would clash with another option names them all with its own name first.
  const clashes = (field: FieldDescriptor) =>
    (field.fields ?? []).some((child) => taken.has(child.key) || childNames.indexOf(child.key) !== childNames.lastIndexOf(child.key));
  const childFlag = (parent: FieldDescriptor, child: string) => (clashes(parent) ? `${kebab(parent.key)}-${kebab(child)}` : kebab(child));
  return fields.flatMap((field): FieldOption[] => {
    if (field.type === 'object' && !field.list) {
      return (field.fields ?? []).map((child) => ({
        flag: childFlag(field, child.key),
        path: [field.key, child.key],
        many: false,
        type: valueType(child),
        required: field.required,
        description: child.help ?? '',
        field: child,
      }));
    }
    const flag = kebab(field.list ? singular(field.key) : field.key);
    const type = field.type === 'object' ? 'entries' : valueType(field);
    return [{ flag, path: [field.key], many: field.list, type, required: field.required, description: field.help ?? '', field }];
  });
}

/** The field that names a document (`title`, an actor's `name`) also takes `--title`. */
const TITLE_FLAG = 'title';

function help(): string {
  const lines = [
    'Bruk: strategi new <type> --title «…» [valg] [--dir mappe]',
    '',
    'Lager et nytt dokument med neste ledige id og skriver stien til filen. Id-en er én høyere enn den høyeste',
    'typen noen gang har brukt, i arbeidsutkastet, i alle frigitte versjoner og som tidligere id, så en id brukes',
    'aldri to ganger. Dokumentet sjekkes sammen med hele arbeidsutkastet før det skrives: gir det en feil, skrives',
    'ingenting. Overskriver aldri en fil. Lister (for eksempel mål) tar ett valg per verdi: --goal M-1 --goal M-2.',
    '',
    'Typer og valg (* må oppgis):',
  ];
  for (const kind of kinds) {
    const { cli, idPrefix } = documentKinds[kind];
    // An option the command fills in when it is left out (a measure's deadline) is not one that must be given.
    const defaults = documentKinds[kind].newDefaults({ year: STRATEGY_PERIOD.start, period: STRATEGY_PERIOD, nextOrder: 1, today: today() });
    const flags = optionsOf(kind).map(
      (option) => `--${option.flag}${option.required && !hasDefault(defaults, option.path) ? '*' : ''}${option.many ? ' …' : ''}`,
    );
    lines.push(`  ${cli.padEnd(12)} ${idPrefix === undefined ? '--id* ' : ''}${flags.join(' ')}`);
  }
  lines.push('', `Alle typer: [--lang ${languages.join('|')}] (standard nb).`);
  lines.push('Standardverdier: tiltak gjelder alle sektorer, starter i år og har frist ved slutten av strategiperioden, med status planlagt.');
  lines.push('Det som fylles inn slik, står på standardfeil når filen er skrevet.');
  return lines.join('\n');
}

export async function newCommand(args: string[], io: CommandIO): Promise<number> {
  const typed = args.find((arg) => !arg.startsWith('-'));
  const names = kinds.map((kind) => documentKinds[kind].cli);
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${help()}\n`);
    return 0;
  }
  if (!typed)
    throw new UsageError(
      'Oppgi hva du vil lage, for eksempel «strategi new measure --title «…» --goal M-1 --responsible KD».',
      `Typene er ${names.map((n) => `«${n}»`).join(', ')}.`,
    );
  const kind = kindForCli(typed);
  if (!kind || kind === 'strategy') {
    const suggestion = suggest(typed, names);
    throw new UsageError(`Ukjent type «${typed}».${suggestion ? ` Mente du «${suggestion}»?` : ''}`, `Typene er ${names.map((n) => `«${n}»`).join(', ')}.`);
  }
  const fieldOptions = optionsOf(kind);
  const { titleField, idPrefix, words } = documentKinds[kind];
  const parsed = parseOptions({
    args,
    allowPositionals: true,
    options: {
      dir: { type: 'string', default: 'content' },
      lang: { type: 'string' },
      ...(titleField === TITLE_FLAG ? {} : { title: { type: 'string' as const } }),
      ...(idPrefix === undefined ? { id: { type: 'string' as const } } : {}),
      ...Object.fromEntries(
        fieldOptions.map((option) => [option.flag, option.many ? { type: 'string' as const, multiple: true as const } : { type: 'string' as const }]),
      ),
    },
  });
  const values = parsed.values as Record<string, string | string[] | undefined>;
  if (parsed.positionals.length > 1)
    throw new UsageError(`For mange argumenter: «${parsed.positionals.slice(1).join(' ')}». Sett tekst med mellomrom i anførselstegn.`);
  const title = (values[titleField] ?? values[TITLE_FLAG]) as string | undefined;
  if (!title?.trim()) throw new UsageError('Oppgi en tittel med --title «…».');
  const indefinite = `${words.nb.indefinite[0]!.toUpperCase()}${words.nb.indefinite.slice(1)}`;
  if (idPrefix === undefined && !values['id']) throw new UsageError(`${indefinite} trenger --id, for eksempel «--id ${documentKinds[kind].idExample}».`);

  const folder = path.resolve(io.cwd, values['dir'] as string);
  const corpus = await loadContent(io, values['dir'] as string);
  const period = corpus.working.index.strategy?.data.period ?? STRATEGY_PERIOD;
  const nextOrder = 1 + Math.max(0, ...corpus.working.index.byKind.focusArea.map((area) => area.data.order));
  const day = today();
  const clampedYear = Math.min(Math.max(Number(day.slice(0, 4)), period.start), period.end);
  const data: Record<string, unknown> = {
    [titleField]: title.trim(),
    ...documentKinds[kind].newDefaults({ year: clampedYear, period, nextOrder, today: day, sectors: corpus.working.vocabularies?.sector.values }),
  };
  const filledIn: string[] = [];
  for (const option of fieldOptions) {
    if (option.flag === titleField) continue;
    const raw = values[option.flag];
    if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) {
      const fallback = valueAt(data, option.path);
      if (option.required && fallback === undefined)
        throw new UsageError(`${indefinite} trenger --${option.flag}, for eksempel «--${option.flag} ${exampleFor(option, corpus.working.vocabularies)}».`);
      if (fallback !== undefined) filledIn.push(`--${option.flag} ${Array.isArray(fallback) ? fallback.join(', ') : String(fallback)}`);
      continue;
    }
    const value = Array.isArray(raw) ? raw.map((item) => convertOption(item, option)) : convertOption(raw, option);
    setPath(data, option.path, value);
  }
  if (values['lang'] !== undefined) data['lang'] = values['lang'];

  const id = idPrefix === undefined ? (values['id'] as string).normalize('NFC') : (await allocateIds(kind, corpus))?.[0];
  if (id === undefined) throw new UsageError(`Det finnes ingen ledig id for ${words.nb.singular} innenfor mønsteret ${documentKinds[kind].idPattern}.`);
  // The id becomes a file name: checked against the kind's pattern, and the file kept inside the working draft.
  const place = await resolveDocumentPath(folder, kind, id, { displayBase: io.cwd });
  if ('problem' in place) {
    io.stderr.write(`${describe(place.problem, place.problem.file, useColor(io))}\nIngen fil ble skrevet.\n`);
    return 1;
  }
  if (idPrefix === undefined) {
    const taken = [corpus.working, ...corpus.versions]
      .flatMap((edition) => [...edition.byId.keys(), ...edition.aliases.keys()])
      .find((other) => other.toLowerCase() === id.toLowerCase());
    if (taken)
      throw new UsageError(
        `Id-en «${taken}» er allerede brukt. En id brukes aldri to ganger, heller ikke etter at et dokument er fjernet.`,
        'Velg en annen id med --id.',
      );
  }

  const { relative, absolute: file } = place;
  const shown = path.relative(io.cwd, file);
  const text = documentText(inSchemaOrder(documentKinds[kind].schema.shape, { id, ...data }), placeholderFor(kind, String(data['lang'] ?? 'nb')));
  const { problems } = await checkPlannedFiles(folder, [{ relative, text }], { displayBase: io.cwd });
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    for (const problem of errors) io.stderr.write(`${describe(problem, shown, useColor(io))}\n`);
    io.stderr.write('Ingen fil ble skrevet.\n');
    return 1;
  }
  await writeNewFile(file, text);
  io.stdout.write(`${shown}\n`);
  // Said on stderr, so that a script reading the path from stdout is not disturbed, and no value is filled in silently.
  if (filledIn.length > 0) io.stderr.write(`Fylt inn fordi det ikke ble oppgitt: ${filledIn.join('; ')}. Rett i filen om noe ikke stemmer.\n`);
  return 0;
}

/** A problem in the new file is about an option the user typed: its message and hint; one elsewhere keeps its place. */
function describe(problem: Problem, shown: string, color: boolean): string {
  if (problem.file === shown) return `${problem.message}  [${problem.ruleId}]\n  → ${problem.hint}`;
  return formatProblem(problem, { color });
}

function valueAt(data: Record<string, unknown>, fieldPath: string[]): unknown {
  let current: unknown = data;
  for (const part of fieldPath) current = (current as Record<string, unknown> | undefined)?.[part];
  return current;
}

const hasDefault = (data: Record<string, unknown>, fieldPath: string[]) => valueAt(data, fieldPath) !== undefined;

function setPath(data: Record<string, unknown>, fieldPath: string[], value: unknown): void {
  let current = data;
  for (const part of fieldPath.slice(0, -1)) {
    current[part] ??= {};
    current = current[part] as Record<string, unknown>;
  }
  current[fieldPath.at(-1)!] = value;
}

/** A flag's value: `year=2030,value=100` as an object of the list's children, each converted by its type. */
function convertOption(value: string, option: FieldOption): unknown {
  if (option.type !== 'entries') return convert(value, option.type);
  const children = option.field.fields ?? [];
  const entry: Record<string, unknown> = {};
  for (const pair of value.split(',')) {
    const [key = '', ...rest] = pair.split('=');
    const child = children.find((candidate) => candidate.key === key.trim());
    if (!child || rest.length === 0) {
      const suggestion = suggest(
        key.trim(),
        children.map((candidate) => candidate.key),
      );
      throw new UsageError(
        `--${option.flag} ${value}: «${pair}» er ikke ett av feltene.${suggestion ? ` Mente du «${suggestion}»?` : ''}`,
        `Skriv --${option.flag} ${children.map((candidate) => `${candidate.key}=…`).join(',')}.`,
      );
    }
    const type = valueType(child);
    // A nested list inside an entry has no flag syntax of its own: its text is kept for the schema to judge.
    entry[child.key] = type === 'entries' ? rest.join('=').trim() : convert(rest.join('=').trim(), type);
  }
  return entry;
}

/** A number where the schema wants one (`--order 3`), a bare year as a number (YAML writes it bare), else the text. */
function convert(value: string, type: Exclude<FieldOption['type'], 'entries'>): unknown {
  if (type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (type === 'year-or-text') return /^\d{4}$/.test(value) ? Number(value) : value;
  return value;
}

/** An example value for an option, for the message that asks for it: an id of the kind a reference points at. */
/** An example value for an option: a list the strategy declares gives its own first code. */
function exampleFor(option: FieldOption, declared: Edition['vocabularies']): string {
  const { ref, values, vocabulary } = option.field;
  if (ref) return documentKinds[ref.kind].idExample;
  if (isDeclarable(vocabulary) && declared) return declared[vocabulary].values[0]!;
  if (values) return values[0]!;
  if (option.type === 'entries') return (option.field.fields ?? []).map((child) => `${child.key}=…`).join(',');
  return '«…»';
}
