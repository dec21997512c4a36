import type { z } from 'zod';
import { actionPlanSchema } from './action-plan.ts';
import { actorSchema } from './actor.ts';
import type { Language } from './common.ts';
import { focusAreaSchema } from './focus-area.ts';
import { goalSchema } from './goal.ts';
import { chosenIdPatterns, numberedIdExample, numberedIdPattern } from './ids.ts';
import { indicatorSchema } from './indicator.ts';
import { inputSchema } from './input.ts';
import { inputRoundSchema } from './input-round.ts';
import { measureSchema } from './measure.ts';
import { progressReportSchema } from './progress-report.ts';
import { strategySchema } from './strategy.ts';
import { vocabularies } from './vocabulary.ts';

/** How a kind is named in running text, in one written form. */
export interface KindWords {
  /** «tiltak» */
  singular: string;
  /** «tiltak» (nb), «measures» (en) */
  plural: string;
  /** «tiltaket» */
  definite: string;
  /** «et tiltak» */
  indefinite: string;
}

/** A kind's id: a prefix and a number (`T-` gives T-1, T-2 …), or a pattern for ids people choose (actors). */
type IdSpec = { prefix: string } | { pattern: RegExp; example: string };

/** What a new document is given when `strategi new` is not told (the deadline of a measure). */
export interface NewDocumentContext {
  /** This year, moved into the strategy's period. */
  year: number;
  period: { start: number; end: number };
  /** One more than the highest `order` of the focus areas. */
  nextOrder: number;
  /** Today, YYYY-MM-DD. */
  today: string;
  /** The sectors the strategy declares; default: the schema's list. */
  sectors?: readonly string[];
}

/**
 * Where a document sits in the site's trail of pages: under the document a relation of it points at (a goal under
 * its focus area), or under a list page (a measure under the list of measures).
 */
export type TrailParent = { relation: string } | { list: 'measures' | 'inputs' };

/** What is written for a kind in the registry; the rest is derived (see `KindDefinition`). */
interface KindSpec {
  schema: z.ZodObject;
  id: IdSpec;
  /** The folder under a version, '' for the strategy, which is one file at the top. */
  folder: string;
  /** The shorthand link prefix, `[tekst](tiltak:T-3)`. */
  link: string;
  /** The field readers know the document by. Default `title`. */
  titleField?: 'title' | 'name';
  /** See `KindDefinition.versioned`. Default true. */
  versioned?: boolean;
  /** Shown as a section of the whole-document page. Default false. */
  wholeDocument?: boolean;
  trailParent?: TrailParent;
  /** The values `strategi new` gives a field left out. */
  newDefaults?: (context: NewDocumentContext) => Record<string, unknown>;
  /** The body `strategi new` writes, by written form; a general text where none is given. */
  placeholder?: Partial<Record<Language, string>>;
  words: Record<Language, KindWords>;
}

/** Everything the tools know about one kind of document, besides its fields. */
export interface KindDefinition {
  schema: z.ZodObject;
  /** The prefix of numbered ids («T-»), or undefined where people choose the id (actors, the strategy). */
  idPrefix: string | undefined;
  idPattern: RegExp;
  /** An id as people write it, for messages and help. */
  idExample: string;
  folder: string;
  /** The name `strategi new` takes («measure»): the kind's name in kebab case. */
  cli: string;
  link: string;
  /** The catalogue rule for a reference to an id of this kind that does not exist (a permanent id). */
  unknownRule: `link/unknown-${string}`;
  titleField: 'title' | 'name';
  /**
   * False for a kind that is not part of the strategy's text and is published on its own dates (progress reports):
   * `strategi release` leaves it out of a version, and the site reads it from the working draft once it is published.
   */
  versioned: boolean;
  wholeDocument: boolean;
  trailParent: TrailParent | undefined;
  newDefaults: (context: NewDocumentContext) => Record<string, unknown>;
  placeholder: Partial<Record<Language, string>>;
  words: Record<Language, KindWords>;
}

/**
 * The kinds, in the order the strategy presents them. Written out (not derived from the registry's keys) because
 * the schemas name kinds in their references, and the registry holds the schemas.
 */
export type DocumentKind = 'strategy' | 'focusArea' | 'goal' | 'measure' | 'actionPlan' | 'actor' | 'inputRound' | 'input' | 'progressReport' | 'indicator';

/** `focusArea` → `focus-area`, in the type too, so that the catalogue knows each `link/unknown-…` rule by name. */
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}` ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}` : S;
const kebab = <S extends string>(name: S) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`) as Kebab<S>;

/** A registry entry from what is written for it: the id pattern and example, the command name and rule derived. */
function defineKind<const K extends DocumentKind, const S extends KindSpec>(name: K, spec: S) {
  const id =
    'prefix' in spec.id
      ? { idPrefix: spec.id.prefix, idPattern: numberedIdPattern(spec.id.prefix), idExample: numberedIdExample(spec.id.prefix) }
      : { idPrefix: undefined, idPattern: spec.id.pattern, idExample: spec.id.example };
  const cli = kebab(name);
  return {
    ...id,
    schema: spec.schema as S['schema'],
    folder: spec.folder,
    cli,
    link: spec.link,
    unknownRule: `link/unknown-${cli}` as const,
    titleField: (spec.titleField ?? 'title') as S['titleField'] extends 'name' ? 'name' : 'title',
    versioned: spec.versioned ?? true,
    wholeDocument: spec.wholeDocument ?? false,
    trailParent: spec.trailParent,
    newDefaults: spec.newDefaults ?? (() => ({})),
    placeholder: spec.placeholder ?? {},
    words: spec.words,
  } satisfies KindDefinition;
}

const words = (nb: string[], nn: string[], en: string[]): Record<Language, KindWords> => {
  const of = ([singular, plural, definite, indefinite]: string[]) => ({ singular: singular!, plural: plural!, definite: definite!, indefinite: indefinite! });
  return { nb: of(nb), nn: of(nn), en: of(en) };
};

/**
 * The one registry of document kinds, in the order the strategy presents them. Everything else that varies by
 * kind — ids, folders, links, `strategi new`, the catalogue's reference rules, the site's routes, trail and
 * labels, the editor's forms — is derived from this table and the kind's schema (docs/arkitektur.md says how to
 * add one).
 */
export const documentKinds = {
  strategy: defineKind('strategy', {
    schema: strategySchema,
    id: { pattern: chosenIdPatterns.strategy, example: 'strategi' },
    folder: '',
    link: 'strategi',
    words: words(
      ['strategi', 'strategier', 'strategien', 'en strategi'],
      ['strategi', 'strategiar', 'strategien', 'ein strategi'],
      ['strategy', 'strategies', 'the strategy', 'a strategy'],
    ),
    // The text `strategi init` starts a strategy with.
    placeholder: {
      nb: 'Skriv innledningen til strategien: hva den gjelder, og hvorfor den trengs.',
      nn: 'Skriv innleiinga til strategien: kva ho gjeld, og kvifor ho trengst.',
    },
  }),
  focusArea: defineKind('focusArea', {
    schema: focusAreaSchema,
    id: { prefix: 'I-' },
    folder: 'innsatsomrader',
    link: 'innsatsomrade',
    wholeDocument: true,
    newDefaults: ({ nextOrder }) => ({ order: nextOrder }),
    placeholder: {
      nb: 'Beskriv innsatsområdet: hva det gjelder, og hvorfor det er viktig.',
      nn: 'Beskriv innsatsområdet: kva det gjeld, og kvifor det er viktig.',
    },
    words: words(
      ['innsatsområde', 'innsatsområder', 'innsatsområdet', 'et innsatsområde'],
      ['innsatsområde', 'innsatsområde', 'innsatsområdet', 'eit innsatsområde'],
      ['focus area', 'focus areas', 'the focus area', 'a focus area'],
    ),
  }),
  goal: defineKind('goal', {
    schema: goalSchema,
    id: { prefix: 'M-' },
    folder: 'mal',
    link: 'mal',
    wholeDocument: true,
    trailParent: { relation: 'focusArea' },
    placeholder: {
      nb: 'Beskriv målet: hva som skal være oppnådd, og hvordan vi ser det.',
      nn: 'Beskriv målet: kva som skal vere nådd, og korleis vi ser det.',
    },
    words: words(['mål', 'mål', 'målet', 'et mål'], ['mål', 'mål', 'målet', 'eit mål'], ['goal', 'goals', 'the goal', 'a goal']),
  }),
  measure: defineKind('measure', {
    schema: measureSchema,
    id: { prefix: 'T-' },
    folder: 'tiltak',
    link: 'tiltak',
    wholeDocument: true,
    trailParent: { list: 'measures' },
    newDefaults: ({ year, period, sectors }) => ({
      sectors: [...(sectors ?? vocabularies.sector.values)],
      start: year,
      deadline: period.end,
      status: 'planlagt',
    }),
    placeholder: {
      nb: 'Beskriv tiltaket: hva som skal gjøres, hvorfor, og hvem som gjør hva.',
      nn: 'Beskriv tiltaket: kva som skal gjerast, kvifor, og kven som gjer kva.',
    },
    words: words(
      ['tiltak', 'tiltak', 'tiltaket', 'et tiltak'],
      ['tiltak', 'tiltak', 'tiltaket', 'eit tiltak'],
      ['measure', 'measures', 'the measure', 'a measure'],
    ),
  }),
  actionPlan: defineKind('actionPlan', {
    schema: actionPlanSchema,
    id: { prefix: 'H-' },
    folder: 'handlingsplaner',
    link: 'handlingsplan',
    wholeDocument: true,
    newDefaults: ({ year, period }) => ({ period: { start: year, end: Math.min(year + 2, period.end) } }),
    placeholder: {
      nb: 'Beskriv handlingsplanen: hva den samler, og for hvilken periode.',
      nn: 'Beskriv handlingsplanen: kva han samlar, og for kva periode.',
    },
    words: words(
      ['handlingsplan', 'handlingsplaner', 'handlingsplanen', 'en handlingsplan'],
      ['handlingsplan', 'handlingsplanar', 'handlingsplanen', 'ein handlingsplan'],
      ['action plan', 'action plans', 'the action plan', 'an action plan'],
    ),
  }),
  actor: defineKind('actor', {
    schema: actorSchema,
    id: { pattern: chosenIdPatterns.actor, example: 'Udir' },
    folder: 'aktorer',
    link: 'aktor',
    titleField: 'name',
    wholeDocument: true,
    placeholder: {
      nb: 'Beskriv aktøren og rollen den har i strategien.',
      nn: 'Beskriv aktøren og rolla han har i strategien.',
    },
    words: words(['aktør', 'aktører', 'aktøren', 'en aktør'], ['aktør', 'aktørar', 'aktøren', 'ein aktør'], ['actor', 'actors', 'the actor', 'an actor']),
  }),
  inputRound: defineKind('inputRound', {
    schema: inputRoundSchema,
    id: { prefix: 'R-' },
    folder: 'innspillsrunder',
    link: 'innspillsrunde',
    trailParent: { list: 'inputs' },
    newDefaults: ({ today }) => ({ date: today }),
    placeholder: {
      nb: 'Beskriv innspillsrunden: hvem som deltok, og hva som kom fram.',
      nn: 'Beskriv innspelsrunden: kven som deltok, og kva som kom fram.',
    },
    words: words(
      ['innspillsrunde', 'innspillsrunder', 'innspillsrunden', 'en innspillsrunde'],
      ['innspelsrunde', 'innspelsrundar', 'innspelsrunden', 'ein innspelsrunde'],
      ['input round', 'input rounds', 'the input round', 'an input round'],
    ),
  }),
  input: defineKind('input', {
    schema: inputSchema,
    id: { prefix: 'IN-' },
    folder: 'innspill',
    link: 'innspill',
    trailParent: { list: 'inputs' },
    placeholder: { nb: 'Skriv hovedpunktene i innspillet.', nn: 'Skriv hovudpunkta i innspelet.' },
    words: words(
      ['innspill', 'innspill', 'innspillet', 'et innspill'],
      ['innspel', 'innspel', 'innspelet', 'eit innspel'],
      ['input', 'inputs', 'the input', 'an input'],
    ),
  }),
  progressReport: defineKind('progressReport', {
    schema: progressReportSchema,
    id: { prefix: 'F-' },
    folder: 'fremdrift',
    link: 'fremdrift',
    versioned: false,
    words: words(
      ['fremdriftsrapport', 'fremdriftsrapporter', 'fremdriftsrapporten', 'en fremdriftsrapport'],
      ['framdriftsrapport', 'framdriftsrapportar', 'framdriftsrapporten', 'ein framdriftsrapport'],
      ['progress report', 'progress reports', 'the progress report', 'a progress report'],
    ),
  }),
  // Versioned with the text: a version's page then shows the figures as they stood when it was released.
  indicator: defineKind('indicator', {
    schema: indicatorSchema,
    id: { prefix: 'IND-' },
    folder: 'indikatorer',
    link: 'indikator',
    newDefaults: () => ({ rule: { method: 'linear-path', tolerance: 0.1 } }),
    trailParent: { relation: 'goals' },
    placeholder: {
      nb: 'Forklar indikatoren: hvorfor den viser om målet nås, og hva tallene ikke fanger.',
      nn: 'Forklar indikatoren: kvifor han viser om målet blir nådd, og kva tala ikkje fangar.',
    },
    words: words(
      ['indikator', 'indikatorer', 'indikatoren', 'en indikator'],
      ['indikator', 'indikatorar', 'indikatoren', 'ein indikator'],
      ['indicator', 'indicators', 'the indicator', 'an indicator'],
    ),
  }),
} as const satisfies Record<DocumentKind, KindDefinition>;
/** The kinds in the registry's order: the order lists, tables and diffs show them in. */
export const documentKindNames = Object.keys(documentKinds) as DocumentKind[];

/** The file that holds the strategy document in every version folder. */
export const STRATEGY_FILE = 'strategi.md';
/** The folder that holds released versions, beside the working draft. */
export const VERSIONS_FOLDER = 'versjoner';
/** The file inside a version folder that describes the version. */
export const VERSION_FILE = 'versjon.md';
/** The file inside a version folder that lists the hash of every file of the version (sha256sum's format). */
export const MANIFEST_FILE = 'versjon.sha256';

/** What the program gets for each kind after parsing. */
export type DocumentData<K extends DocumentKind> = z.output<(typeof documentKinds)[K]['schema']>;
/** What an author writes for each kind. */
export type DocumentInput<K extends DocumentKind> = z.input<(typeof documentKinds)[K]['schema']>;

/** The kind whose folder is `folder`, if any. */
export function kindForFolder(folder: string): DocumentKind | undefined {
  return documentKindNames.find((kind) => kind !== 'strategy' && documentKinds[kind].folder === folder);
}

/** The kind whose shorthand link prefix is `prefix` (`tiltak`), if any. */
export function kindForLinkScheme(prefix: string): DocumentKind | undefined {
  return documentKindNames.find((kind) => documentKinds[kind].link === prefix);
}

/** The kind `strategi new` calls `name` (`measure`, `focus-area`), if any. */
export function kindForCli(name: string): DocumentKind | undefined {
  return documentKindNames.find((kind) => documentKinds[kind].cli === name);
}

/** The path of a document inside a version folder: `tiltak/T-3.md`, or `strategi.md`. */
export function documentPath(kind: DocumentKind, id: string): string {
  return kind === 'strategy' ? STRATEGY_FILE : `${documentKinds[kind].folder}/${id}.md`;
}

/** Orders kinds as the registry does. */
export function compareKinds(a: DocumentKind, b: DocumentKind): number {
  return documentKindNames.indexOf(a) - documentKindNames.indexOf(b);
}

/** The id pattern of every kind, and of a version's id. */
export const idPatterns = {
  ...(Object.fromEntries(documentKindNames.map((kind) => [kind, documentKinds[kind].idPattern])) as Record<DocumentKind, RegExp>),
  version: chosenIdPatterns.version,
};

/** True when readers see the document's id beside its title («T-3: …»); not where the id is a chosen name (actors). */
export function showsId(kind: DocumentKind): boolean {
  return documentKinds[kind].idPrefix !== undefined;
}
