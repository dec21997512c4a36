import { z } from 'zod';
import type { Language } from './common.ts';

/** A value's label for readers, in each written form the site has. */
export type Labels = Record<Language, string>;

/**
 * A closed list of values editors type (statuses, kinds of actors, …), in Norwegian, with the label readers see
 * for each, and the English values schema version 1 used (read through a migration, and offered as
 * did-you-mean in both directions).
 */
export interface Vocabulary<V extends string> {
  values: readonly V[];
  labels: Record<V, Labels>;
  /** Schema version 1's value for each value, where it differed. */
  former: Partial<Record<V, string>>;
}

function vocabulary<const V extends string>(labels: Record<V, Labels>, former: Partial<Record<V, string>> = {}): Vocabulary<V> {
  return { values: Object.keys(labels) as V[], labels, former };
}

/** How far a measure has come. */
export const measureStatusVocabulary = vocabulary(
  {
    planlagt: { nb: 'Planlagt', nn: 'Planlagt', en: 'Planned' },
    startet: { nb: 'Startet', nn: 'Starta', en: 'Started' },
    'i-rute': { nb: 'I rute', nn: 'I rute', en: 'On track' },
    forsinket: { nb: 'Forsinket', nn: 'Forseinka', en: 'Delayed' },
    fullført: { nb: 'Fullført', nn: 'Fullført', en: 'Done' },
    stanset: { nb: 'Stanset', nn: 'Stansa', en: 'Stopped' },
  },
  { planlagt: 'planned', startet: 'started', 'i-rute': 'on-track', forsinket: 'delayed', fullført: 'done', stanset: 'stopped' },
);

/** Where a released version stands. */
export const versionStatusVocabulary = vocabulary(
  {
    utkast: { nb: 'Utkast', nn: 'Utkast', en: 'Draft' },
    høring: { nb: 'Høringsutkast', nn: 'Høyringsutkast', en: 'Consultation draft' },
    vedtatt: { nb: 'Vedtatt', nn: 'Vedteken', en: 'Adopted' },
    erstattet: { nb: 'Erstattet', nn: 'Erstatta', en: 'Superseded' },
  },
  { utkast: 'draft', høring: 'consultation', vedtatt: 'adopted', erstattet: 'superseded' },
);

/** How much a released version changed the strategy (as GOV.UK's major and minor changes). */
export const changeKindVocabulary = vocabulary({
  vesentlig: { nb: 'Vesentlig endring', nn: 'Vesentleg endring', en: 'Major change' },
  mindre: { nb: 'Mindre endring', nn: 'Mindre endring', en: 'Minor change' },
});

/** Kinds of actors that own or share measures. */
export const actorKindVocabulary = vocabulary(
  {
    departement: { nb: 'Departement', nn: 'Departement', en: 'Ministry' },
    direktorat: { nb: 'Direktorat', nn: 'Direktorat', en: 'Directorate' },
    organisasjon: { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Association' },
    etat: { nb: 'Etat', nn: 'Etat', en: 'Agency' },
    kommune: { nb: 'Kommune', nn: 'Kommune', en: 'Municipality' },
    fylkeskommune: { nb: 'Fylkeskommune', nn: 'Fylkeskommune', en: 'County authority' },
    'privat-eier': { nb: 'Privat eier', nn: 'Privat eigar', en: 'Private owner' },
  },
  {
    departement: 'ministry',
    direktorat: 'directorate',
    organisasjon: 'association',
    etat: 'agency',
    kommune: 'municipal',
    fylkeskommune: 'county',
    'privat-eier': 'private-owner',
  },
);

/** How an input round gathered input. */
export const inputChannelVocabulary = vocabulary(
  {
    møte: { nb: 'Møte', nn: 'Møte', en: 'Meeting' },
    'digitalt-møte': { nb: 'Digitalt møte', nn: 'Digitalt møte', en: 'Online meeting' },
    skriftlig: { nb: 'Skriftlig runde', nn: 'Skriftleg runde', en: 'Written round' },
  },
  { møte: 'meeting', 'digitalt-møte': 'digital-meeting', skriftlig: 'written' },
);

/**
 * Kinds of senders of input and of consultation responses, for a strategy that declares none (`senderKinds` in
 * nettsted.yaml): kinds any policy field has, never a particular organisation.
 */
export const senderKindVocabulary = vocabulary({
  kommune: { nb: 'Kommune', nn: 'Kommune', en: 'Municipality' },
  fylkeskommune: { nb: 'Fylkeskommune', nn: 'Fylkeskommune', en: 'County authority' },
  statlig: { nb: 'Statlig virksomhet', nn: 'Statleg verksemd', en: 'Government agency' },
  organisasjon: { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  næringsliv: { nb: 'Næringsliv', nn: 'Næringsliv', en: 'Business' },
  privatperson: { nb: 'Privatperson', nn: 'Privatperson', en: 'Individual' },
  annen: { nb: 'Annen', nn: 'Anna', en: 'Other' },
});

/** What became of an input: the words of the review rounds' dispositions, which a ministry's consultation report uses. */
export const inputDispositionVocabulary = vocabulary({
  'tatt-til-folge': { nb: 'Tatt til følge', nn: 'Teke til følgje', en: 'Accepted' },
  'delvis-tatt-til-folge': { nb: 'Delvis tatt til følge', nn: 'Delvis teke til følgje', en: 'Partly accepted' },
  'ikke-tatt-til-folge': { nb: 'Ikke tatt til følge', nn: 'Ikkje teke til følgje', en: 'Not accepted' },
});

/** What became of a measure that a later version drops or rewords (Canada's mandate tracker keeps such commitments visible). */
export const measureFateVocabulary = vocabulary({
  'ikke-videreført': { nb: 'Ikke videreført', nn: 'Ikkje vidareført', en: 'Not pursued' },
  'slått-sammen': { nb: 'Slått sammen', nn: 'Slått saman', en: 'Merged' },
  erstattet: { nb: 'Erstattet', nn: 'Erstatta', en: 'Replaced' },
  endret: { nb: 'Endret løfte', nn: 'Endra lovnad', en: 'Promise changed' },
});

/** Sectors a measure can touch. */
export const sectorVocabulary = vocabulary({
  barnehage: { nb: 'Barnehage', nn: 'Barnehage', en: 'Kindergarten' },
  grunnskole: { nb: 'Grunnskole', nn: 'Grunnskule', en: 'Primary and lower secondary school' },
  videregående: { nb: 'Videregående opplæring', nn: 'Vidaregåande opplæring', en: 'Upper secondary education' },
});

/** Every vocabulary, for migrations and did-you-mean across versions of the schema. */
export const vocabularies = {
  measureStatus: measureStatusVocabulary,
  versionStatus: versionStatusVocabulary,
  actorKind: actorKindVocabulary,
  inputChannel: inputChannelVocabulary,
  senderKind: senderKindVocabulary,
  inputDisposition: inputDispositionVocabulary,
  sector: sectorVocabulary,
  changeKind: changeKindVocabulary,
  measureFate: measureFateVocabulary,
} as const;

/** Which vocabulary an enum schema takes its values from, so that tools can find labels and former values. */
export const vocabularyOf = z.registry<{ vocabulary: keyof typeof vocabularies }>();

/** A zod enum over a vocabulary's values, marked with its vocabulary. */
export function vocabularyEnum<K extends keyof typeof vocabularies>(name: K, description: string) {
  const values = vocabularies[name].values as (typeof vocabularies)[K]['values'];
  const schema = z.enum(values as unknown as [(typeof values)[number], ...(typeof values)[number][]]).describe(description);
  vocabularyOf.add(schema, { vocabulary: name });
  return schema;
}

/** A value of a declared list: small letters, digits and hyphens (a sector's code is part of a web address). */
const VOCABULARY_CODE = /^[\p{Ll}\d][\p{Ll}\d-]*$/u;
const CODE_MESSAGE = 'Skriv koden med små bokstaver, tall og bindestrek, for eksempel «havbruk».';

/** A sender kind may also be an abbreviation in capitals, as lists of senders are written («KS»). */
const SENDER_CODE = /^[\p{L}\d][\p{L}\d-]*$/u;
const SENDER_CODE_MESSAGE = 'Skriv koden med bokstaver, tall og bindestrek, for eksempel «kommune».';

/**
 * The lists a strategy declares for its own field (`sectors`, `actorKinds` and `senderKinds` in nettsted.yaml),
 * since another policy field has other sectors, other kinds of actors and other senders: the setting that holds
 * each, and what its codes may look like. The schema's lists above are what a strategy that declares none gets.
 * Statuses, channels and the other lists stay the tool's own.
 */
export const declarableVocabularies = {
  sector: { setting: 'sectors', code: VOCABULARY_CODE, codeMessage: CODE_MESSAGE },
  actorKind: { setting: 'actorKinds', code: VOCABULARY_CODE, codeMessage: CODE_MESSAGE },
  senderKind: { setting: 'senderKinds', code: SENDER_CODE, codeMessage: SENDER_CODE_MESSAGE },
} as const;
export type DeclarableVocabulary = keyof typeof declarableVocabularies;

/** Whether a vocabulary is one a strategy declares. */
export const isDeclarable = (name: string | undefined): name is DeclarableVocabulary => name !== undefined && name in declarableVocabularies;

/**
 * A field whose values a strategy may declare: any code here (the content model checks it against the strategy's
 * list, with did-you-mean), marked with the vocabulary so that the tools find its labels.
 */
export function declaredCode(name: DeclarableVocabulary, description: string) {
  const { code, codeMessage } = declarableVocabularies[name];
  const schema = z
    .string()
    .regex(code, codeMessage)
    .describe(description)
    .meta({ examples: [vocabularies[name].values[0]] });
  vocabularyOf.add(schema, { vocabulary: name });
  return schema;
}

/** The current value for a value of schema version 1 (`on-track` → `i-rute`), if it is one. */
export function currentValueOf(vocabularyName: keyof typeof vocabularies, former: string): string | undefined {
  const entries = Object.entries(vocabularies[vocabularyName].former) as [string, string][];
  return entries.find(([, old]) => old === former)?.[0];
}
