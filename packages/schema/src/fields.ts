import type { Language } from './common.ts';

/** A field's name as readers see it, in each written form the content may use. */
export type FieldLabel = Readonly<Record<Language, string>>;

/**
 * The label of every frontmatter field of every kind, nested objects (`period`, `history`, `sources`) included.
 * A field name means the same wherever it is used (`title` is a title in a measure and in a source), so the table
 * is keyed by name. A test walks every schema, so a new field without a label fails there. These are the only
 * field names: the site's headings, the editor's forms, the validator's did-you-mean and the diffs all read them.
 * Where two wordings competed, the one a reader of the site understands won: «ansvarlig» over the editors'
 * «ansvarlige» (a heading above one or more actors), «form» over «kanal» (a round is a meeting or written).
 */
export const fieldLabels = {
  id: { nb: 'id', nn: 'id', en: 'id' },
  title: { nb: 'tittel', nn: 'tittel', en: 'title' },
  name: { nb: 'navn', nn: 'namn', en: 'name' },
  shortName: { nb: 'kortnavn', nn: 'kortnamn', en: 'short name' },
  kind: { nb: 'type aktør', nn: 'type aktør', en: 'kind of actor' },
  responsibility: { nb: 'ansvar', nn: 'ansvar', en: 'responsibility' },
  url: { nb: 'nettadresse', nn: 'nettadresse', en: 'web address' },
  period: { nb: 'periode', nn: 'periode', en: 'period' },
  start: { nb: 'start', nn: 'start', en: 'start' },
  end: { nb: 'slutt', nn: 'slutt', en: 'end' },
  owners: { nb: 'eiere', nn: 'eigarar', en: 'owners' },
  vision: { nb: 'visjon', nn: 'visjon', en: 'vision' },
  publicationNumber: { nb: 'publikasjonsnummer', nn: 'publikasjonsnummer', en: 'publication number' },
  isbn: { nb: 'isbn', nn: 'isbn', en: 'isbn' },
  order: { nb: 'rekkefølge', nn: 'rekkjefølgje', en: 'order' },
  summary: { nb: 'sammendrag', nn: 'samandrag', en: 'summary' },
  disposition: { nb: 'oppfølging', nn: 'oppfølging', en: 'disposition' },
  decision: { nb: 'avgjørelse', nn: 'avgjerd', en: 'decision' },
  reason: { nb: 'begrunnelse', nn: 'grunngiving', en: 'reason' },
  focusArea: { nb: 'innsatsområde', nn: 'innsatsområde', en: 'focus area' },
  parent: { nb: 'overordnet mål', nn: 'overordna mål', en: 'broader goal' },
  goals: { nb: 'mål', nn: 'mål', en: 'goals' },
  responsible: { nb: 'ansvarlig', nn: 'ansvarleg', en: 'responsible' },
  partners: { nb: 'deltakere', nn: 'deltakarar', en: 'partners' },
  sectors: { nb: 'sektorer', nn: 'sektorar', en: 'sectors' },
  deadline: { nb: 'frist', nn: 'frist', en: 'deadline' },
  status: { nb: 'status', nn: 'status', en: 'status' },
  actionPlan: { nb: 'handlingsplan', nn: 'handlingsplan', en: 'action plan' },
  inputs: { nb: 'innspill', nn: 'innspel', en: 'inputs' },
  history: { nb: 'statushistorikk', nn: 'statushistorikk', en: 'status history' },
  note: { nb: 'merknad', nn: 'merknad', en: 'note' },
  measures: { nb: 'tiltak', nn: 'tiltak', en: 'measures' },
  date: { nb: 'dato', nn: 'dato', en: 'date' },
  endDate: { nb: 'sluttdato', nn: 'sluttdato', en: 'end date' },
  channel: { nb: 'form', nn: 'form', en: 'format' },
  organisers: { nb: 'arrangører', nn: 'arrangørar', en: 'organisers' },
  round: { nb: 'innspillsrunde', nn: 'innspelsrunde', en: 'input round' },
  sender: { nb: 'avsender', nn: 'avsendar', en: 'sender' },
  senderKind: { nb: 'type avsender', nn: 'type avsendar', en: 'kind of sender' },
  lang: { nb: 'målform', nn: 'målform', en: 'language' },
  sources: { nb: 'kilder', nn: 'kjelder', en: 'sources' },
  example: { nb: 'eksempel', nn: 'døme', en: 'example' },
  internalNote: { nb: 'intern merknad', nn: 'intern merknad', en: 'internal note' },
  aliases: { nb: 'tidligere id-er', nn: 'tidlegare id-ar', en: 'former ids' },
  label: { nb: 'navn', nn: 'namn', en: 'name' },
  hashes: { nb: 'kontrollsummer', nn: 'kontrollsummar', en: 'hashes' },
  schemaVersion: { nb: 'skjemaversjon', nn: 'skjemaversjon', en: 'schema version' },
  manifest: { nb: 'manifest', nn: 'manifest', en: 'manifest' },
  seal: { nb: 'segl', nn: 'segl', en: 'seal' },
  consultation: { nb: 'høring', nn: 'høyring', en: 'consultation' },
  shortDeadlineReason: { nb: 'begrunnelse for kort frist', nn: 'grunngiving for kort frist', en: 'reason for the short deadline' },
  change: { nb: 'endring', nn: 'endring', en: 'change' },
  changeNote: { nb: 'endringsnotat', nn: 'endringsnotat', en: 'change note' },
  publishAt: { nb: 'publiseres', nn: 'publiserast', en: 'publish at' },
  published: { nb: 'publisert', nn: 'publisert', en: 'published' },
  entries: { nb: 'statuser', nn: 'statusar', en: 'entries' },
  measure: { nb: 'tiltak', nn: 'tiltak', en: 'measure' },
  fates: { nb: 'tiltakenes skjebne', nn: 'lagnaden til tiltaka', en: 'fates of measures' },
  fate: { nb: 'skjebne', nn: 'lagnad', en: 'fate' },
  successor: { nb: 'videreført i', nn: 'vidareført i', en: 'continued in' },
  milestones: { nb: 'milepæler', nn: 'milepælar', en: 'milestones' },
  planned: { nb: 'planlagt dato', nn: 'planlagd dato', en: 'planned date' },
  done: { nb: 'nådd', nn: 'nådd', en: 'reached' },
  evidence: { nb: 'dokumentasjon', nn: 'dokumentasjon', en: 'evidence' },
  measured: { nb: 'hva som måles', nn: 'kva som blir målt', en: 'what is measured' },
  unit: { nb: 'enhet', nn: 'eining', en: 'unit' },
  source: { nb: 'kilde', nn: 'kjelde', en: 'source' },
  baseline: { nb: 'utgangspunkt', nn: 'utgangspunkt', en: 'baseline' },
  targets: { nb: 'mål per år', nn: 'mål per år', en: 'targets' },
  year: { nb: 'år', nn: 'år', en: 'year' },
  value: { nb: 'verdi', nn: 'verdi', en: 'value' },
  points: { nb: 'målinger', nn: 'målingar', en: 'data points' },
  rule: { nb: 'regel', nn: 'regel', en: 'rule' },
  method: { nb: 'metode', nn: 'metode', en: 'method' },
  tolerance: { nb: 'toleranse', nn: 'toleranse', en: 'tolerance' },
} as const satisfies Record<string, FieldLabel>;

export type FieldName = keyof typeof fieldLabels;

/** The label of `name` in `language` (bokmål by default); undefined for a name no schema has. */
export function fieldLabel(name: string, language: Language = 'nb'): string | undefined {
  return Object.hasOwn(fieldLabels, name) ? fieldLabels[name as FieldName][language] : undefined;
}

const byLabel = new Map<string, FieldName>();
for (const [name, labels] of Object.entries(fieldLabels) as [FieldName, FieldLabel][]) {
  for (const label of Object.values(labels)) if (!byLabel.has(label)) byLabel.set(label, name);
}

/** The field whose label (in any language, any case) is `label`, e.g. «sektorer» → `sectors`. */
export function fieldNameForLabel(label: string): FieldName | undefined {
  return byLabel.get(label.normalize('NFC').toLowerCase());
}
