import type { z } from 'zod';
import { actionPlanSchema } from './action-plan.ts';
import { actorSchema } from './actor.ts';
import type { Language } from './common.ts';
import { focusAreaSchema } from './focus-area.ts';
import { goalSchema } from './goal.ts';
import { idPatterns } from './ids.ts';
import { inputSchema } from './input.ts';
import { inputRoundSchema } from './input-round.ts';
import { measureSchema } from './measure.ts';
import { progressReportSchema } from './progress-report.ts';
import { strategySchema } from './strategy.ts';

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

/** Everything the tools know about one kind of document, besides its fields. */
export interface KindDefinition {
  schema: z.ZodObject;
  /** The prefix of numbered ids («T-»), or undefined where people choose the id (actors, the strategy). */
  idPrefix: string | undefined;
  idPattern: RegExp;
  /** An id as people write it, for messages and help. */
  idExample: string;
  /** The folder under a version, '' for the strategy, which is one file at the top. */
  folder: string;
  /** The name `strategi new` takes («measure»). */
  cli: string;
  /** The shorthand link prefix, `[tekst](tiltak:T-3)`. */
  link: string;
  /** The catalogue rule for a reference to an id of this kind that does not exist (a permanent id). */
  unknownRule: `link/unknown-${string}`;
  /** The field readers know the document by. */
  titleField: 'title' | 'name';
  /**
   * False for a kind that is not part of the strategy's text and is published on its own dates (progress reports):
   * `strategi release` leaves it out of a version, and the site reads it from the working draft once it is published.
   */
  versioned: boolean;
  words: Record<Language, KindWords>;
}

/**
 * The kinds, in the order the strategy presents them. Written out (not derived from the registry's keys) because
 * the schemas name kinds in their references, and the registry holds the schemas.
 */
export type DocumentKind = 'strategy' | 'focusArea' | 'goal' | 'measure' | 'actionPlan' | 'actor' | 'inputRound' | 'input' | 'progressReport';

const words = (nb: string[], nn: string[], en: string[]): Record<Language, KindWords> => {
  const of = ([singular, plural, definite, indefinite]: string[]) => ({ singular: singular!, plural: plural!, definite: definite!, indefinite: indefinite! });
  return { nb: of(nb), nn: of(nn), en: of(en) };
};

/**
 * The one registry of document kinds, in the order the strategy presents them. Everything else that varies by
 * kind — folders, links, `strategi new`, the catalogue's reference rules, the site's routes and labels, the
 * editor configuration — is derived from this table and the kind's schema (docs/arkitektur.md says how to add one).
 */
export const documentKinds = {
  strategy: {
    schema: strategySchema,
    idPrefix: undefined,
    idPattern: idPatterns.strategy,
    idExample: 'strategi',
    folder: '',
    cli: 'strategy',
    link: 'strategi',
    unknownRule: 'link/unknown-strategy',
    titleField: 'title',
    versioned: true,
    words: words(
      ['strategi', 'strategier', 'strategien', 'en strategi'],
      ['strategi', 'strategiar', 'strategien', 'ein strategi'],
      ['strategy', 'strategies', 'the strategy', 'a strategy'],
    ),
  },
  focusArea: {
    schema: focusAreaSchema,
    idPrefix: 'I-',
    idPattern: idPatterns.focusArea,
    idExample: 'I-2',
    folder: 'innsatsomrader',
    cli: 'focus-area',
    link: 'innsatsomrade',
    unknownRule: 'link/unknown-focus-area',
    titleField: 'title',
    versioned: true,
    words: words(
      ['innsatsområde', 'innsatsområder', 'innsatsområdet', 'et innsatsområde'],
      ['innsatsområde', 'innsatsområde', 'innsatsområdet', 'eit innsatsområde'],
      ['focus area', 'focus areas', 'the focus area', 'a focus area'],
    ),
  },
  goal: {
    schema: goalSchema,
    idPrefix: 'M-',
    idPattern: idPatterns.goal,
    idExample: 'M-3',
    folder: 'mal',
    cli: 'goal',
    link: 'mal',
    unknownRule: 'link/unknown-goal',
    titleField: 'title',
    versioned: true,
    words: words(['mål', 'mål', 'målet', 'et mål'], ['mål', 'mål', 'målet', 'eit mål'], ['goal', 'goals', 'the goal', 'a goal']),
  },
  measure: {
    schema: measureSchema,
    idPrefix: 'T-',
    idPattern: idPatterns.measure,
    idExample: 'T-12',
    folder: 'tiltak',
    cli: 'measure',
    link: 'tiltak',
    unknownRule: 'link/unknown-measure',
    titleField: 'title',
    versioned: true,
    words: words(
      ['tiltak', 'tiltak', 'tiltaket', 'et tiltak'],
      ['tiltak', 'tiltak', 'tiltaket', 'eit tiltak'],
      ['measure', 'measures', 'the measure', 'a measure'],
    ),
  },
  actionPlan: {
    schema: actionPlanSchema,
    idPrefix: 'H-',
    idPattern: idPatterns.actionPlan,
    idExample: 'H-1',
    folder: 'handlingsplaner',
    cli: 'action-plan',
    link: 'handlingsplan',
    unknownRule: 'link/unknown-action-plan',
    titleField: 'title',
    versioned: true,
    words: words(
      ['handlingsplan', 'handlingsplaner', 'handlingsplanen', 'en handlingsplan'],
      ['handlingsplan', 'handlingsplanar', 'handlingsplanen', 'ein handlingsplan'],
      ['action plan', 'action plans', 'the action plan', 'an action plan'],
    ),
  },
  actor: {
    schema: actorSchema,
    idPrefix: undefined,
    idPattern: idPatterns.actor,
    idExample: 'Udir',
    folder: 'aktorer',
    cli: 'actor',
    link: 'aktor',
    unknownRule: 'link/unknown-actor',
    titleField: 'name',
    versioned: true,
    words: words(['aktør', 'aktører', 'aktøren', 'en aktør'], ['aktør', 'aktørar', 'aktøren', 'ein aktør'], ['actor', 'actors', 'the actor', 'an actor']),
  },
  inputRound: {
    schema: inputRoundSchema,
    idPrefix: 'R-',
    idPattern: idPatterns.inputRound,
    idExample: 'R-1',
    folder: 'innspillsrunder',
    cli: 'input-round',
    link: 'innspillsrunde',
    unknownRule: 'link/unknown-input-round',
    titleField: 'title',
    versioned: true,
    words: words(
      ['innspillsrunde', 'innspillsrunder', 'innspillsrunden', 'en innspillsrunde'],
      ['innspelsrunde', 'innspelsrundar', 'innspelsrunden', 'ein innspelsrunde'],
      ['input round', 'input rounds', 'the input round', 'an input round'],
    ),
  },
  input: {
    schema: inputSchema,
    idPrefix: 'IN-',
    idPattern: idPatterns.input,
    idExample: 'IN-3',
    folder: 'innspill',
    cli: 'input',
    link: 'innspill',
    unknownRule: 'link/unknown-input',
    titleField: 'title',
    versioned: true,
    words: words(
      ['innspill', 'innspill', 'innspillet', 'et innspill'],
      ['innspel', 'innspel', 'innspelet', 'eit innspel'],
      ['input', 'inputs', 'the input', 'an input'],
    ),
  },
  progressReport: {
    schema: progressReportSchema,
    idPrefix: 'F-',
    idPattern: idPatterns.progressReport,
    idExample: 'F-1',
    folder: 'fremdrift',
    cli: 'progress-report',
    link: 'fremdrift',
    unknownRule: 'link/unknown-progress-report',
    titleField: 'title',
    versioned: false,
    words: words(
      ['fremdriftsrapport', 'fremdriftsrapporter', 'fremdriftsrapporten', 'en fremdriftsrapport'],
      ['framdriftsrapport', 'framdriftsrapportar', 'framdriftsrapporten', 'ein framdriftsrapport'],
      ['progress report', 'progress reports', 'the progress report', 'a progress report'],
    ),
  },
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
