/**
 * The catalogue of every problem the tools report. Each id is permanent: never rename or reuse one;
 * mark a retired rule `deprecated: true` instead. The editor guide's reference is generated from this file.
 */
export type Severity = 'error' | 'warning';

export interface RuleDefinition<Args> {
  /** Short title for the reference. */
  title: string;
  severity: Severity;
  /** What happened, built from the arguments found at the place of the problem. */
  message: (args: Args) => string;
  /** What to do about it. */
  hint: (args: Args) => string;
  /** Set when a rule is retired; its id is never reused. */
  deprecated?: boolean;
}

const rule = <Args = Record<string, never>>(definition: RuleDefinition<Args>) => definition;

const q = (value: unknown) => `«${String(value)}»`;
const didYouMean = (suggestion: string | undefined) => (suggestion ? ` Mente du ${q(suggestion)}?` : '');

interface Reference {
  id: string;
  field: string;
  suggestion?: string | undefined;
}
const unknownReference = (noun: string, folder: string) =>
  rule<Reference>({
    title: `Ukjent ${noun}`,
    severity: 'error',
    message: ({ id, suggestion }) => `Finner ikke ${noun} ${q(id)}.${didYouMean(suggestion)}`,
    hint: ({ field }) => `Rett id-en i ${q(field)}, eller opprett dokumentet i mappen ${q(folder)} (for eksempel med «strategi new»).`,
  });

export const catalogue = {
  'file/unreadable': rule<{ reason: string }>({
    title: 'Filen kan ikke leses',
    severity: 'error',
    message: ({ reason }) => `Filen kan ikke leses: ${reason}.`,
    hint: () => 'Sjekk at filen finnes og at du har lesetilgang.',
  }),
  'file/empty': rule({
    title: 'Tom fil',
    severity: 'error',
    message: () => 'Filen er tom.',
    hint: () => 'Skriv frontmatter mellom to linjer med «---» øverst i filen, eller slett filen.',
  }),
  'file/not-utf8': rule<{ offset: number }>({
    title: 'Filen er ikke UTF-8',
    severity: 'error',
    message: ({ offset }) => `Filen er ikke gyldig UTF-8 (første ugyldige byte er nummer ${offset + 1}).`,
    hint: () => 'Lagre filen på nytt med tegnkoding UTF-8 i redigeringsprogrammet.',
  }),
  'file/binary': rule({
    title: 'Binær fil',
    severity: 'error',
    message: () => 'Filen inneholder NUL-tegn og ser ut som en binær fil, ikke tekst.',
    hint: () => 'Innholdsmappen skal bare ha Markdown-tekst. Flytt binære filer ut av den.',
  }),
  'file/too-large': rule<{ size: number; limit: number }>({
    title: 'For stor fil',
    severity: 'error',
    message: ({ size, limit }) => `Filen er ${formatBytes(size)}, mer enn grensen på ${formatBytes(limit)}.`,
    hint: () => 'Del teksten i flere dokumenter. Et dokument i strategien er sjelden over noen titalls kB.',
  }),
  'file/line-too-long': rule<{ length: number; limit: number }>({
    title: 'For lang linje',
    severity: 'error',
    message: ({ length, limit }) => `Linjen er ${length} tegn lang, mer enn grensen på ${limit}.`,
    hint: () => 'Del linjen opp. Så lange linjer kommer nesten alltid fra en feil ved kopiering.',
  }),
  'file/too-slow': rule<{ seconds: number }>({
    title: 'Filen tar for lang tid å lese',
    severity: 'error',
    message: ({ seconds }) => `Filen ble stoppet etter ${seconds} sekunder uten å bli ferdig lest.`,
    hint: () =>
      'Teksten har trolig et mønster som gjør Markdown-tolkingen svært treg, for eksempel tusenvis av «[», «*» eller «>» etter hverandre. Fjern mønsteret eller del teksten i flere avsnitt.',
  }),
  'file/too-much-memory': rule<{ megabytes: number }>({
    title: 'Filen krever for mye minne å lese',
    severity: 'error',
    message: ({ megabytes }) => `Filen ble stoppet fordi lesingen brukte mer enn ${megabytes} MB minne.`,
    hint: () => 'Teksten har trolig et mønster som får Markdown-tolkingen til å bruke svært mye minne. Del teksten i flere dokumenter eller fjern mønsteret.',
  }),
  'file/too-complex': rule({
    title: 'For dypt nøstet tekst',
    severity: 'error',
    message: () => 'Teksten er nøstet for dypt til å kunne leses (for eksempel sitater i sitater eller lister i lister i mange hundre nivåer).',
    hint: () => 'Skriv teksten med færre nivåer. Vanlig tekst i strategien trenger sjelden mer enn tre.',
  }),
  'file/bom': rule({
    title: 'Byte order mark',
    severity: 'warning',
    message: () => 'Filen begynner med et byte order mark (BOM).',
    hint: () => 'Lagre filen som «UTF-8» uten BOM. Innholdet leses likevel riktig.',
  }),
  'file/not-markdown': rule<{ name: string }>({
    title: 'Fil som ikke er Markdown',
    severity: 'warning',
    message: ({ name }) => `${q(name)} er ikke en Markdown-fil og blir ikke lest.`,
    hint: () => 'Innholdsdokumenter skal slutte på «.md». Flytt andre filer ut av innholdsmappen.',
  }),
  'file/directory-not-file': rule({
    title: 'Mappe der en fil var ventet',
    severity: 'error',
    message: () => 'Dette er en mappe, men navnet slutter på «.md» som en fil.',
    hint: () => 'Gi mappen et annet navn, eller flytt dokumentet ut av den.',
  }),
  'file/unknown-location': rule<{ folder: string; folders: string[] }>({
    title: 'Dokument på ukjent sted',
    severity: 'error',
    message: ({ folder }) => `Dokumentet ligger i ${q(folder)}, som ikke er en mappe for noen dokumenttype.`,
    hint: ({ folders }) => `Flytt filen til en av mappene ${folders.map(q).join(', ')}.`,
  }),
  'frontmatter/missing': rule({
    title: 'Frontmatter mangler',
    severity: 'error',
    message: () => 'Dokumentet har ingen frontmatter.',
    hint: () => 'Begynn filen med en linje «---», feltene i YAML, og en ny linje «---».',
  }),
  'frontmatter/empty': rule({
    title: 'Tom frontmatter',
    severity: 'error',
    message: () => 'Frontmatter er tom.',
    hint: () => 'Skriv feltene dokumentet trenger mellom de to «---»-linjene, for eksempel «id» og «title».',
  }),
  'frontmatter/yaml-syntax': rule<{ reason: string }>({
    title: 'Feil i YAML',
    severity: 'error',
    message: ({ reason }) => `Frontmatter er ikke gyldig YAML: ${reason}`,
    hint: () => 'Sjekk innrykk, kolon etter feltnavn, og at tekst med kolon eller «#» står i anførselstegn.',
  }),
  'frontmatter/not-a-mapping': rule<{ found: string }>({
    title: 'Frontmatter er ikke felt med verdier',
    severity: 'error',
    message: ({ found }) => `Frontmatter skal være felt med verdier, men er ${found}.`,
    hint: () => 'Skriv ett felt per linje: «navn: verdi».',
  }),
  'frontmatter/too-complex': rule<{ reason: string }>({
    title: 'For sammensatt frontmatter',
    severity: 'error',
    message: ({ reason }) => `Frontmatter er for sammensatt: ${reason}.`,
    hint: () => 'Skriv verdiene ut direkte. YAML-ankre og -aliaser («&» og «*») og dyp nøsting trengs ikke i strategien.',
  }),
  'schema/unknown-key': rule<{ key: string; suggestion?: string | undefined; parent?: string | undefined }>({
    title: 'Ukjent felt',
    severity: 'error',
    message: ({ key, suggestion, parent }) => `Ukjent felt ${q(key)}${parent ? ` i ${q(parent)}` : ''}.${didYouMean(suggestion)}`,
    hint: () => 'Feltene hver dokumenttype kan ha, står i veiledningen og vises av redigeringsprogrammet.',
  }),
  'schema/missing-field': rule<{ field: string; expected: string }>({
    title: 'Felt mangler',
    severity: 'error',
    message: ({ field }) => `Feltet ${q(field)} mangler.`,
    hint: ({ field, expected }) => `Legg til ${q(field)} med ${expected}.`,
  }),
  'schema/invalid-type': rule<{ field: string; expected: string; received: string }>({
    title: 'Feil type verdi',
    severity: 'error',
    message: ({ field, expected, received }) => `${q(field)} skal være ${expected}, men er ${received}.`,
    hint: ({ expected }) => `Skriv ${expected}.`,
  }),
  'schema/invalid-value': rule<{ field: string; value: string; options: string[]; suggestion?: string | undefined }>({
    title: 'Ugyldig verdi',
    severity: 'error',
    message: ({ field, value, suggestion }) => `${q(field)} kan ikke være ${q(value)}.${didYouMean(suggestion)}`,
    hint: ({ options }) => `Gyldige verdier er ${options.map(q).join(', ')}.`,
  }),
  'schema/invalid-format': rule<{ field: string; value: string; reason: string }>({
    title: 'Feil format',
    severity: 'error',
    message: ({ field, value }) => `${q(field)} har feil format: ${q(value)}.`,
    hint: ({ reason }) => reason,
  }),
  'schema/too-small': rule<{ field: string; reason: string }>({
    title: 'For lite innhold',
    severity: 'error',
    message: ({ field, reason }) => `${q(field)} ${reason}.`,
    hint: ({ field }) => `Fyll inn ${q(field)}.`,
  }),
  'schema/invalid': rule<{ field: string; reason: string }>({
    title: 'Ugyldig felt',
    severity: 'error',
    message: ({ field, reason }) => `${q(field)}: ${reason}`,
    hint: () => 'Se veiledningen for hva feltet kan inneholde.',
  }),
  'id/duplicate': rule<{ id: string; other: string }>({
    title: 'Id brukt to ganger',
    severity: 'error',
    message: ({ id, other }) => `Id-en ${q(id)} er også brukt i ${other}.`,
    hint: () => 'Hver id skal være unik. Gi ett av dokumentene neste ledige id («strategi new» finner den).',
  }),
  'id/not-normalized': rule<{ id: string }>({
    title: 'Id med dekomponerte tegn',
    severity: 'warning',
    message: ({ id }) => `Id-en ${q(id)} er skrevet med dekomponerte tegn (for eksempel «å» som «a» + ring).`,
    hint: () => 'Skriv id-en på nytt med æ, ø og å fra tastaturet. Den leses likevel som samme id.',
  }),
  'id/alias-taken': rule<{ alias: string; other: string }>({
    title: 'Alias brukt av et annet dokument',
    severity: 'error',
    message: ({ alias, other }) => `Aliaset ${q(alias)} er allerede en id eller et alias i ${other}.`,
    hint: () => 'Et alias skal være en tidligere id som ingen andre dokumenter bruker. Fjern det.',
  }),
  'link/unknown-strategy': unknownReference('strategien', ''),
  'link/unknown-focus-area': unknownReference('innsatsområdet', 'innsatsomrader'),
  'link/unknown-goal': unknownReference('målet', 'mal'),
  'link/unknown-measure': unknownReference('tiltaket', 'tiltak'),
  'link/unknown-action-plan': unknownReference('handlingsplanen', 'handlingsplaner'),
  'link/unknown-actor': unknownReference('aktøren', 'aktorer'),
  'link/unknown-input-round': unknownReference('innspillsrunden', 'innspillsrunder'),
  'link/unknown-input': unknownReference('innspillet', 'innspill'),
  'link/unknown-scheme': rule<{ scheme: string; schemes: string[]; suggestion?: string | undefined }>({
    title: 'Ukjent lenketype',
    severity: 'error',
    message: ({ scheme, suggestion }) => `Ukjent lenketype ${q(`${scheme}:`)}.${suggestion ? ` Mente du ${q(`${suggestion}:`)}?` : ''}`,
    hint: ({ schemes }) => `Lenker til andre dokumenter skrives ${schemes.map((s) => q(`${s}:`)).join(', ')} foran id-en.`,
  }),
  'link/wrong-kind': rule<{ id: string; actual: string; expected: string; scheme: string }>({
    title: 'Lenke til feil type dokument',
    severity: 'error',
    message: ({ id, actual, expected }) => `${q(id)} er ${actual}, ikke ${expected}.`,
    hint: ({ id, scheme }) => `Skriv ${q(`${scheme}:${id}`)}.`,
  }),
  'link/action-plan-mismatch': rule<{ measure: string; plan: string; side: 'measure' | 'plan' }>({
    title: 'Tiltak og handlingsplan er uenige',
    severity: 'error',
    message: ({ measure, plan, side }) =>
      side === 'measure'
        ? `Tiltaket ${q(measure)} sier at det hører til ${q(plan)}, men handlingsplanen lister det ikke.`
        : `Handlingsplanen ${q(plan)} lister ${q(measure)}, men tiltaket sier ikke at det hører til planen.`,
    hint: ({ measure, plan }) => `Skriv «actionPlan: ${plan}» i ${q(measure)} og ${q(measure)} under «measures» i ${q(plan)}, eller fjern begge.`,
  }),
  'link/cycle': rule<{ cycle: string[] }>({
    title: 'Sirkel av overordnede mål',
    severity: 'error',
    message: ({ cycle }) => `Målene er overordnet hverandre i en sirkel: ${cycle.join(' → ')}.`,
    hint: () => 'Et mål kan ikke være sitt eget overordnede mål. Fjern «parent» fra ett av dem.',
  }),
  'link/goal-without-measure': rule<{ id: string }>({
    title: 'Mål uten tiltak',
    severity: 'warning',
    message: ({ id }) => `Ingen tiltak bidrar til målet ${q(id)}.`,
    hint: ({ id }) => `Legg ${q(id)} til under «goals» i et tiltak, eller lag et nytt tiltak med «strategi new measure --goal ${id}».`,
  }),
  'link/missing-strategy': rule({
    title: 'Strategidokumentet mangler',
    severity: 'error',
    message: () => 'Innholdet har ikke noe strategidokument.',
    hint: () => 'Opprett «strategi.md» øverst i innholdsmappen.',
  }),
  'date/outside-period': rule<{ field: string; value: string; period: string }>({
    title: 'Dato utenfor strategiperioden',
    severity: 'error',
    message: ({ field, value, period }) => `${q(field)} er ${value}, utenfor strategiperioden ${period}.`,
    hint: ({ period }) => `Velg en dato i ${period}.`,
  }),
  'date/outside-action-plan': rule<{ field: string; value: string; plan: string; period: string }>({
    title: 'Dato utenfor handlingsplanens periode',
    severity: 'error',
    message: ({ field, value, plan, period }) => `${q(field)} er ${value}, utenfor perioden ${period} for handlingsplanen ${q(plan)}.`,
    hint: ({ plan }) => `Flytt datoen inn i perioden, eller flytt tiltaket til en annen handlingsplan enn ${q(plan)}.`,
  }),
  'date/deadline-before-start': rule<{ start: string; deadline: string }>({
    title: 'Frist før start',
    severity: 'error',
    message: ({ start, deadline }) => `Fristen ${deadline} er før starten ${start}.`,
    hint: () => 'Sjekk årstallene i «start» og «deadline».',
  }),
  'date/history-order': rule<{ date: string; previous: string }>({
    title: 'Statushistorikk i feil rekkefølge',
    severity: 'error',
    message: ({ date, previous }) => `Statusen datert ${date} står etter en status datert ${previous}.`,
    hint: () => 'Før opp statusene i «history» med den eldste først.',
  }),
  'date/history-status-mismatch': rule<{ status: string; latest: string }>({
    title: 'Status og historikk er uenige',
    severity: 'warning',
    message: ({ status, latest }) => `«status» er ${q(status)}, men siste status i historikken er ${q(latest)}.`,
    hint: () => 'Legg til en ny linje i «history» når statusen endres.',
  }),
  'version/tampered': rule<{ version: string }>({
    title: 'Frigitt versjon endret',
    severity: 'error',
    message: ({ version }) => `Filen er endret etter at versjonen ${q(version)} ble frigitt.`,
    hint: ({ version }) =>
      `En frigitt versjon endres aldri. Sett filen tilbake med «git checkout -- <fil>», og gjør endringen i arbeidsutkastet; den kommer med i neste versjon, ikke ${q(version)}.`,
  }),
  'version/missing-file': rule<{ version: string; file: string }>({
    title: 'Fil mangler i frigitt versjon',
    severity: 'error',
    message: ({ version, file }) => `Versjonen ${q(version)} mangler filen ${q(file)}, som var med da den ble frigitt.`,
    hint: () => 'Hent filen tilbake med «git checkout -- <fil>». En frigitt versjon endres aldri.',
  }),
  'version/unexpected-file': rule<{ version: string }>({
    title: 'Ny fil i frigitt versjon',
    severity: 'error',
    message: ({ version }) => `Filen var ikke med da versjonen ${q(version)} ble frigitt.`,
    hint: () => 'Flytt filen til arbeidsutkastet. Den kommer med i neste versjon.',
  }),
  'version/missing-description': rule<{ version: string }>({
    title: 'Versjonsbeskrivelse mangler',
    severity: 'error',
    message: ({ version }) => `Versjonsmappen ${q(version)} har ingen «versjon.md».`,
    hint: () => 'Lag versjoner med «strategi release», ikke ved å kopiere mapper for hånd.',
  }),
  'version/folder-mismatch': rule<{ id: string; folder: string }>({
    title: 'Versjons-id og mappe er uenige',
    severity: 'error',
    message: ({ id, folder }) => `Versjonen har id ${q(id)}, men ligger i mappen ${q(folder)}.`,
    hint: () => 'Id-en og mappenavnet skal være like.',
  }),
  'language/hard-to-read': rule<{ lix: number; threshold: number }>({
    title: 'Tung tekst (LIX)',
    severity: 'warning',
    message: ({ lix, threshold }) => `Teksten har lesbarhetsindeks LIX ${lix}, over grensen på ${threshold}.`,
    hint: () => 'Skriv kortere setninger og bytt lange ord med kortere der det går. Se veiledningen om klarspråk.',
  }),

  // Frontmatter fences, invisible text direction, and entries of the content folder that are not plain files.
  'frontmatter/near-fence': rule<{ value: string; reason: string }>({
    title: 'Linje som nesten er «---»',
    severity: 'error',
    message: ({ value, reason }) => `Linjen ${q(value)} ligner en «---»-linje, men ${reason}.`,
    hint: () =>
      'Frontmatter åpnes og lukkes bare av en linje med nøyaktig tre bindestreker, uten mellomrom eller andre tegn. Rett linjen; er den ment som tekst i en verdi, sett verdien i anførselstegn.',
  }),
  'frontmatter/field-in-body': rule<{ key: string }>({
    title: 'Felt etter frontmatter',
    severity: 'error',
    message: ({ key }) => `Teksten etter frontmatter begynner med ${q(`${key}:`)}, som ser ut som et felt.`,
    hint: () => 'Her blir linjen publisert som tekst. Flytt den opp over «---»-linjen som lukker frontmatter, eller skriv den om hvis den er ment som tekst.',
  }),
  'frontmatter/bidi-control': rule<{ field: string; found: string }>({
    title: 'Usynlige tegn for tekstretning',
    severity: 'warning',
    message: ({ field, found }) => `${q(field)} har usynlige tegn som snur tekstretningen (${found}). De er fjernet.`,
    hint: () =>
      'Slike tegn kan få teksten til å se annerledes ut enn den er, og brukes til å lure lesere. Skriv verdien på nytt, eller lim den inn som ren tekst.',
  }),
  'file/extension-case': rule<{ name: string; expected: string }>({
    title: 'Filendelse med store bokstaver',
    severity: 'error',
    message: ({ name }) => `${q(name)} har filendelsen med store bokstaver og blir ikke lest.`,
    hint: ({ expected }) =>
      `Gi filen navnet ${q(expected)}, for eksempel med «git mv». Innholdsfiler slutter alltid på «.md» med små bokstaver, så alle verktøy og maskiner leser dem likt.`,
  }),
  'file/symlink': rule<{ name: string; target: string; outside: boolean }>({
    title: 'Symbolsk lenke',
    severity: 'error',
    message: ({ name, target, outside }) => `${q(name)} er en symbolsk lenke til ${q(target)}${outside ? ', utenfor innholdsmappen' : ''}, og blir ikke fulgt.`,
    hint: ({ outside }) =>
      outside
        ? 'Lenken peker ut av innholdsmappen, kanskje ut av repoet, og det den peker på blir aldri lest eller publisert. Legg en kopi av filen i mappen i stedet, eller fjern lenken.'
        : 'Symbolske lenker blir aldri fulgt, heller ikke innenfor innholdsmappen. Legg filen selv der lenken står, eller fjern lenken.',
  }),
  'file/special': rule<{ name: string; found: string }>({
    title: 'Spesialfil',
    severity: 'error',
    message: ({ name, found }) => `${q(name)} er ${found}, ikke en vanlig fil, og blir ikke lest.`,
    hint: () => 'Innholdsmappen skal bare ha mapper og vanlige Markdown-filer. Fjern den.',
  }),
} as const;

export type RuleId = keyof typeof catalogue;
export type RuleArgs<Id extends RuleId> = Parameters<(typeof catalogue)[Id]['message']>[0];

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} byte`;
}
