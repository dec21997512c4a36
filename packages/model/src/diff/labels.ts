import { type DocumentKind, measureStatusVocabulary } from '@strategi/schema';

/** The Norwegian (bokmål) name of every frontmatter field, as the diff shows it. */
export const fieldLabels: Record<string, string> = {
  title: 'tittel',
  name: 'navn',
  shortName: 'kortnavn',
  kind: 'type aktør',
  responsibility: 'ansvar',
  url: 'nettadresse',
  period: 'periode',
  owners: 'eiere',
  vision: 'visjon',
  order: 'rekkefølge',
  summary: 'sammendrag',
  focusArea: 'innsatsområde',
  parent: 'overordnet mål',
  goals: 'mål',
  responsible: 'ansvarlige',
  partners: 'deltakere',
  sectors: 'sektorer',
  start: 'start',
  deadline: 'frist',
  status: 'status',
  actionPlan: 'handlingsplan',
  inputs: 'innspill',
  history: 'statushistorikk',
  measures: 'tiltak',
  date: 'dato',
  endDate: 'sluttdato',
  channel: 'kanal',
  organisers: 'arrangører',
  round: 'innspillsrunde',
  sender: 'avsender',
  senderKind: 'type avsender',
  lang: 'målform',
  sources: 'kilder',
  example: 'eksempel',
  aliases: 'tidligere id-er',
};

/** The label of a field; an unknown field keeps its own name so that nothing is hidden. */
export function labelOf(field: string): string {
  return fieldLabels[field] ?? field;
}

/** Fields whose values are a set: the order they are written in means nothing. */
export const setFields: ReadonlySet<string> = new Set([
  'goals',
  'responsible',
  'partners',
  'sectors',
  'inputs',
  'owners',
  'organisers',
  'aliases',
  'measures',
  'sources',
]);

/** Fields never compared: `internalNote` is never published, so never in a diff; a plan's old `measures` list is derived. */
export const ignoredFields: ReadonlySet<string> = new Set(['id', 'internalNote', 'measures']);

/** Measure statuses in bokmål, for the sentence that describes a change. */
export const statusLabels: Record<string, string> = Object.fromEntries(
  Object.entries(measureStatusVocabulary.labels).map(([status, labels]) => [status, labels.nb.toLowerCase()]),
);

/** Kind names in bokmål, without article, for lists of documents. */
export const kindLabels: Record<DocumentKind, string> = {
  strategy: 'strategi',
  focusArea: 'innsatsområde',
  goal: 'mål',
  measure: 'tiltak',
  actionPlan: 'handlingsplan',
  actor: 'aktør',
  inputRound: 'innspillsrunde',
  input: 'innspill',
  progressReport: 'fremdriftsrapport',
};
