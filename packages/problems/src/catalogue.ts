import { type DocumentKind, documentKindNames, documentKinds, EXAMPLE_PASSAGE } from '@strategi/schema';
import { escapeUnprintable } from './format.ts';

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
  /**
   * A warning the working draft may hold while editors write, but a release refuses: the draft is saved and
   * committed as usual, and the version cannot be frozen until the problem is answered.
   */
  blocksRelease?: boolean;
}

const rule = <Args = Record<string, never>>(definition: RuleDefinition<Args>) => definition;

const q = (value: unknown) => `«${String(value)}»`;
const didYouMean = (suggestion: string | undefined) => (suggestion ? ` Mente du ${q(suggestion)}?` : '');
/** The opening line of a marked passage, as an editor writes it. */
const passage = q(`:::${EXAMPLE_PASSAGE}`);

interface Reference {
  id: string;
  field: string;
  suggestion?: string | undefined;
}

/** `link/unknown-<kind>` for every kind of the registry, with the kind's own words. */
const unknownReferenceRules = Object.fromEntries(
  documentKindNames.map((kind) => {
    const { words, folder, unknownRule } = documentKinds[kind];
    const definite = words.nb.definite;
    const place = folder === '' ? 'øverst i innholdsmappen' : `i mappen ${q(folder)}`;
    return [
      unknownRule,
      rule<Reference>({
        title: `Ukjent ${words.nb.singular}`,
        severity: 'error',
        message: ({ id, suggestion }) => `Finner ikke ${definite} ${q(id)}.${didYouMean(suggestion)}`,
        hint: ({ field }) => `Rett id-en i ${q(field)}, eller opprett dokumentet ${place} (for eksempel med «strategi new ${documentKinds[kind].cli}»).`,
      }),
    ];
  }),
) as { [K in DocumentKind as (typeof documentKinds)[K]['unknownRule']]: RuleDefinition<Reference> };

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
  'file/too-complex': rule<{ limit: number }>({
    title: 'For dypt nøstet tekst',
    severity: 'error',
    message: ({ limit }) =>
      `Teksten er nøstet dypere enn grensen på ${limit} nivåer (sitater i sitater, lister i lister, utheving i utheving eller HTML-elementer i hverandre), og kan ikke publiseres.`,
    hint: () => 'Skriv teksten med færre nivåer. Vanlig tekst i strategien trenger sjelden mer enn tre.',
  }),
  'file/too-many-markers': rule<{ count: number; limit: number; paragraph: boolean }>({
    title: 'For mange formateringstegn',
    severity: 'error',
    message: ({ count, limit, paragraph }) =>
      paragraph
        ? `Avsnittet har ${count} tegn som kan være formatering («*», «_», «[», «]», «\`», «<»), mer enn grensen på ${limit} i ett avsnitt, og kan ikke publiseres.`
        : `Teksten har ${count} tegn som kan være formatering («*», «_», «[», «]», «\`», «<»), mer enn grensen på ${limit} i ett dokument, og kan ikke publiseres.`,
    hint: ({ paragraph }) =>
      paragraph
        ? 'Så mange slike tegn i ett avsnitt gjør Markdown-tolkingen svært treg. Del avsnittet med tomme linjer, eller fjern tegnene som ikke trengs.'
        : 'Så mange slike tegn gjør Markdown-tolkingen svært treg. Del teksten i flere dokumenter, eller fjern tegnene som ikke trengs.',
  }),
  'file/empty-html-comment': rule<{ found: string }>({
    title: 'Tom HTML-kommentar',
    severity: 'warning',
    message: ({ found }) => `${q(found)} er en hel, tom HTML-kommentar: teksten etter den er ikke kommentert ut, men blir publisert.`,
    hint: () => 'Skriv kommentaren som «<!-- tekst -->», med teksten mellom «<!--» og «-->», eller slett teksten som ikke skal publiseres.',
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
  'file/missing-image': rule<{ url: string; target: string }>({
    title: 'Bildefil som mangler',
    severity: 'error',
    message: ({ url, target }) => `Finner ikke bildet ${q(url)} (${q(target)} i innholdsmappen).`,
    hint: () =>
      'Sjekk stavemåten og store og små bokstaver i filnavnet. Stien regnes fra mappen dokumentet ligger i: fra «tiltak/T-3.md» er det «../bilder/figur.png».',
  }),
  'file/image-type': rule<{ url: string }>({
    title: 'Bildetype som ikke publiseres',
    severity: 'error',
    message: ({ url }) => `Bildet ${q(url)} er ikke PNG, JPEG, WebP eller SVG, og blir ikke publisert.`,
    hint: () => 'Lagre bildet som PNG, JPEG, WebP eller SVG (filendelse «.png», «.jpg», «.jpeg», «.webp» eller «.svg»).',
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
  'schema/control-character': rule<{ field: string; found: string }>({
    title: 'Kontrolltegn i tekst',
    severity: 'error',
    message: ({ field, found }) => `${q(field)} har kontrolltegnet ${found}, som ikke kan publiseres (det gjør blant annet nyhetsstrømmen uleselig).`,
    hint: () =>
      'Slett tegnet og skriv mellomrommet eller linjeskiftet på nytt. Slike tegn følger ofte med når tekst limes inn fra Word eller en e-post (U+000B er Words manuelle linjeskift).',
  }),
  'schema/line-break': rule<{ field: string }>({
    title: 'Linjeskift i tekst på én linje',
    severity: 'error',
    message: ({ field }) => `${q(field)} skal stå på én linje, men har et linjeskift.`,
    hint: () => 'Skriv teksten på én linje. Står verdien i anførselstegn over flere linjer, slå linjene sammen.',
  }),
  'schema/blank-text': rule<{ field: string }>({
    title: 'Tekst uten synlige tegn',
    severity: 'error',
    message: ({ field }) => `${q(field)} har bare mellomrom eller usynlige tegn, og ville vist seg som tom.`,
    hint: ({ field }) => `Skriv inn ${q(field)} med synlig tekst, eller fjern usynlige tegn som er limt inn.`,
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
  ...unknownReferenceRules,
  'link/unknown-scheme': rule<{ scheme: string; schemes: string[]; suggestion?: string | undefined }>({
    title: 'Ukjent lenketype',
    severity: 'error',
    message: ({ scheme, suggestion }) => `Ukjent lenketype ${q(`${scheme}:`)}.${suggestion ? ` Mente du ${q(`${suggestion}:`)}?` : ''}`,
    hint: ({ schemes }) => `Lenker til andre dokumenter skrives ${schemes.map((s) => q(`${s}:`)).join(', ')} foran id-en.`,
  }),
  'link/wrong-kind': rule<{ id: string; actual: string; expected: string; link: string }>({
    title: 'Lenke til feil type dokument',
    severity: 'error',
    message: ({ id, actual, expected }) => `${q(id)} er ${actual}, ikke ${expected}.`,
    hint: ({ link }) => `Skriv ${q(link)}.`,
  }),
  'link/action-plan-mismatch': rule<{ measure: string; plan: string; side: 'measure' | 'plan' }>({
    title: 'Tiltak og handlingsplan er uenige',
    severity: 'error',
    message: ({ measure, plan, side }) =>
      side === 'measure'
        ? `Tiltaket ${q(measure)} sier at det hører til ${q(plan)}, men handlingsplanen lister det ikke.`
        : `Handlingsplanen ${q(plan)} lister ${q(measure)}, men tiltaket sier ikke at det hører til planen.`,
    hint: ({ measure, plan }) => `Skriv «actionPlan: ${plan}» i ${q(measure)} og ${q(measure)} under «measures» i ${q(plan)}, eller fjern begge.`,
    // Retired: a plan's measures are now made from the measures' `actionPlan`, so the two sides cannot disagree.
    deprecated: true,
  }),
  'id/file-name-mismatch': rule<{ id: string; name: string; expected: string }>({
    title: 'Filnavnet er ikke id-en',
    severity: 'error',
    message: ({ id, name }) => `Filen heter ${q(name)}, men dokumentet har id ${q(id)}.`,
    hint: ({ expected }) => `Gi filen navnet ${q(expected)}, eller rett id-en. Filnavnet og id-en skal være like, så lenker og adresser virker.`,
  }),
  'id/differs-only-in-case': rule<{ id: string; other: string; otherId: string }>({
    title: 'Id som bare skiller seg i store og små bokstaver',
    severity: 'error',
    message: ({ id, otherId, other }) => `Id-en ${q(id)} skiller seg bare i store og små bokstaver fra ${q(otherId)} i ${other}.`,
    hint: () =>
      'To dokumenter kan ikke ha id-er som bare skiller seg i store og små bokstaver: på Windows og macOS blir de samme fil og samme adresse. Gi ett av dem en annen id.',
  }),
  'id/invalid-alias': rule<{ alias: string; example: string }>({
    title: 'Ugyldig tidligere id',
    severity: 'error',
    message: ({ alias }) => `Den tidligere id-en ${q(alias)} har ikke formen til en id av denne typen.`,
    hint: ({ example }) => `Skriv den tidligere id-en slik den var, for eksempel ${q(example)}.`,
  }),
  'link/redundant-side': rule<{ plan: string; listed: string[]; missing: string[] }>({
    title: 'Handlingsplanen lister tiltakene sine',
    severity: 'warning',
    message: ({ plan, missing }) =>
      `Handlingsplanen ${q(plan)} lister tiltakene sine i «measures», men listen lages nå fra «actionPlan» i tiltakene.${
        missing.length ? ` Disse sier ikke at de hører til planen, og blir ikke med: ${missing.map(q).join(', ')}.` : ''
      }`,
    hint: ({ plan, missing }) =>
      `Slett «measures» fra ${q(plan)}.${missing.length ? ` Skriv «actionPlan: ${plan}» i ${missing.map(q).join(', ')} om de skal høre til planen.` : ''}`,
  }),
  'link/malformed': rule<{ url: string; reason: string }>({
    title: 'Lenke som ikke kan leses',
    severity: 'error',
    message: ({ url, reason }) => `Lenken ${q(url)} kan ikke brukes: ${reason}.`,
    hint: () =>
      'Lenk til et annet dokument med stien til filen, for eksempel «[tiltaket](../tiltak/T-3.md)», eventuelt med en overskrift: «../tiltak/T-3.md#bakgrunn».',
  }),
  'link/unsupported-protocol': rule<{ url: string; protocol: string }>({
    title: 'Lenketype som ikke publiseres',
    severity: 'error',
    message: ({ url, protocol }) => `Lenken ${q(url)} bruker ${q(`${protocol}:`)}, som nettstedet ikke kan vise som lenke.`,
    hint: () => 'Bruk en nettadresse som begynner med https://, en e-postadresse med «mailto:», eller en lenke til et annet dokument.',
  }),
  'link/not-a-document': rule<{ url: string; target: string }>({
    title: 'Lenke til noe som ikke er et dokument',
    severity: 'error',
    message: ({ url, target }) => `Lenken ${q(url)} peker på ${q(target)}, som ikke er et dokument i strategien.`,
    hint: () => 'Lenk til en Markdown-fil i en av dokumentmappene, for eksempel «../tiltak/T-3.md».',
  }),
  'link/unknown-heading': rule<{ fragment: string; id: string; suggestion?: string | undefined; headings: string[] }>({
    title: 'Ukjent overskrift',
    severity: 'error',
    message: ({ fragment, id, suggestion }) => `${q(id)} har ingen overskrift ${q(`#${fragment}`)}.${suggestion ? ` Mente du ${q(`#${suggestion}`)}?` : ''}`,
    hint: ({ headings }) =>
      headings.length
        ? `Overskriftene i dokumentet er ${headings.map((heading) => q(`#${heading}`)).join(', ')}.`
        : 'Dokumentet har ingen overskrifter; lenk til hele dokumentet uten «#».',
  }),
  'link/remote-image': rule<{ url: string }>({
    title: 'Bilde fra et annet nettsted',
    severity: 'error',
    message: ({ url }) => `Bildet ${q(url)} hentes fra et annet nettsted.`,
    hint: () =>
      'Et bilde fra et annet nettsted forteller det nettstedet hvem som leser siden. Last ned bildet, legg filen i «bilder» i innholdsmappen og skriv for eksempel «![Beskrivelse](bilder/figur.png)».',
  }),
  'link/image-outside': rule<{ url: string }>({
    title: 'Bilde utenfor innholdsmappen',
    severity: 'error',
    message: ({ url }) => `Bildet ${q(url)} ligger utenfor innholdsmappen.`,
    hint: () => 'Bare filer i innholdsmappen publiseres. Legg bildet i «bilder» i innholdsmappen, eller ved siden av dokumentet, og lenk til det derfra.',
  }),
  'link/image-without-alt': rule<{ url: string }>({
    title: 'Bilde uten alternativ tekst',
    severity: 'error',
    message: ({ url }) => `Bildet ${q(url)} har ingen alternativ tekst.`,
    hint: () =>
      'Skriv hva bildet viser mellom hakeparentesene, for eksempel «![Søylediagram over andelen skoler med stabilt nettverk](bilder/figur.png)». Teksten leses opp for dem som ikke ser bildet.',
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
  'report/unsealed': rule<{ published: string }>({
    title: 'Publisert fremdriftsrapport uten segl',
    severity: 'error',
    message: ({ published }) => `Rapporten har «published: ${published}», men mangler «seal».`,
    hint: () => 'Publiser rapporten med «strategi import status … --published <dato>», som skriver seglet; fjern «published» så lenge rapporten er et utkast.',
  }),
  'report/tampered': rule<{ published: string }>({
    title: 'Publisert fremdriftsrapport endret',
    severity: 'error',
    message: ({ published }) => `Rapporten er endret etter at den ble publisert ${published}.`,
    hint: () =>
      'En publisert rapport endres aldri. Sett filen tilbake med «git checkout -- <fil>», og skriv de nye statusene i en ny rapport (for eksempel med «strategi import status»).',
  }),
  'report/duplicate-measure': rule<{ measure: string; first: string }>({
    title: 'Samme tiltak to ganger i en rapport',
    severity: 'error',
    message: ({ measure, first }) => `Tiltaket ${q(measure)} står allerede i rapporten (${first}).`,
    hint: () => 'En rapport gir ett tiltak én status. Slå oppføringene sammen.',
  }),
  'report/entry-after-report': rule<{ date: string; report: string }>({
    title: 'Status datert etter rapporten',
    severity: 'error',
    message: ({ date, report }) => `Statusen er datert ${date}, etter rapportens dato ${report}.`,
    hint: () => 'En rapport gir statusen per sin egen dato. Rett datoen, eller ta statusen med i en senere rapport.',
  }),
  'report/published-in-past': rule<{ published: string; today: string }>({
    title: 'Rapport publisert tilbake i tid',
    severity: 'warning',
    message: ({ published, today }) => `Rapporten er publisert ${published}, før i dag (${today}).`,
    hint: () =>
      'Den kommer på nettstedet ved neste bygging, med en publiseringsdato som alt er passert. Var det ikke meningen, angi dagen den skal publiseres med --published, eller rett «published» i filen.',
  }),
  'ledger/vanished-measure': rule<{ measure: string; title: string; earlier: string; later: string }>({
    title: 'Tiltak forsvunnet uten forklaring',
    severity: 'error',
    message: ({ measure, title, earlier, later }) =>
      `Tiltaket ${measure} (${q(title)}) står i versjonen ${q(earlier)}, men ikke i ${q(later)}, og ${q(later)} sier ikke hva som ble av det.`,
    hint: ({ measure }) =>
      `Et løfte som er gitt, forsvinner ikke i stillhet. Legg ${measure} inn i «fates» i strategi.md med «fate» (ikke-videreført, slått-sammen eller erstattet), «successor» der det er et nytt tiltak, og «reason».`,
  }),
  'ledger/reworded-promise': rule<{ measure: string; before: string; after: string; earlier: string; later: string }>({
    title: 'Løfte endret uten forklaring',
    severity: 'warning',
    blocksRelease: true,
    message: ({ measure, before, after, earlier, later }) =>
      `Tittelen på ${measure} er endret fra ${q(before)} i versjonen ${q(earlier)} til ${q(after)} i ${q(later)}, og ${q(later)} sier ikke hvorfor løftet er endret.`,
    hint: ({ measure }) =>
      `Tittelen er løftet tiltaket gir, og leserne skal se hvordan det er endret. Legg ${measure} inn i «fates» i strategi.md med «fate: endret» og «reason», eller skriv tittelen slik den var. Utkastet kan lagres som før, men versjonen kan ikke frigis før dette er gjort.`,
  }),
  'ledger/successor-missing': rule<{ measure: string; fate: string }>({
    title: 'Skjebne uten etterfølger',
    severity: 'error',
    message: ({ measure, fate }) => `${measure} er ${q(fate)}, men «successor» sier ikke hvilket tiltak som fører det videre.`,
    hint: () => 'Skriv id-en til tiltaket i denne versjonen som fører det videre i «successor», for eksempel «T-2».',
  }),
  'ledger/unknown-successor': rule<{ successor: string; suggestion?: string | undefined }>({
    title: 'Ukjent etterfølger',
    severity: 'error',
    message: ({ successor, suggestion }) => `Finner ikke tiltaket ${q(successor)} i denne versjonen.${didYouMean(suggestion)}`,
    hint: () => '«successor» må være et tiltak som står i samme versjon som «fates».',
  }),
  'milestone/done-without-evidence': rule<{ measure: string; missing: string[] }>({
    title: 'Fullført uten dokumentasjon',
    severity: 'warning',
    message: ({ measure, missing }) =>
      missing.length === 0
        ? `${measure} er «fullført», men har ingen milepæl med dokumentasjon.`
        : `${measure} er «fullført», men disse milepælene mangler dokumentasjon: ${missing.map(q).join(', ')}.`,
    hint: () =>
      'Et tiltak er fullført først når det er vist. Gi hver milepæl «evidence» (en lenke eller id-en til et dokument) og helst «done», eller sett en annen status.',
  }),
  'milestone/unknown-evidence': rule<{ evidence: string; suggestion?: string | undefined }>({
    title: 'Ukjent dokument som dokumentasjon',
    severity: 'error',
    message: ({ evidence, suggestion }) => `Finner ikke dokumentet ${q(evidence)} som milepælen viser til.${didYouMean(suggestion)}`,
    hint: () => 'Skriv id-en til et dokument som finnes (for eksempel en fremdriftsrapport, «F-2»), eller en lenke som begynner med https://.',
  }),
  'example/unknown-field': rule<{ field: string; kind: string; suggestion?: string | undefined; fields: string[] }>({
    title: 'Ukjent felt i «example»',
    severity: 'error',
    message: ({ field, kind, suggestion }) => `«example» nevner ${q(field)}, som ikke er et felt i ${kind}.${didYouMean(suggestion)}`,
    hint: ({ fields }) => `Nevn feltene som er eksempler, eller «body» for teksten: ${fields.map(q).join(', ')}.`,
  }),
  'example/unknown-block': rule<{ name: string; suggestion?: string | undefined }>({
    title: 'Ukjent blokk i teksten',
    severity: 'error',
    message: ({ name, suggestion }) => `Teksten har ingen blokk som heter ${q(`:::${name}`)}.${suggestion ? ` Mente du ${q(`:::${suggestion}`)}?` : ''}`,
    hint: ({ name }) =>
      `Den eneste blokken er ${passage}, som merker et oppdiktet avsnitt: en linje ${passage}, avsnittet, og en linje «:::». Er linjen ment som tekst, skriv en omvendt skråstrek foran: ${q(`\\:::${name}`)}.`,
  }),
  'example/unclosed-passage': rule<{ fence: string }>({
    title: 'Eksempelblokk som ikke lukkes',
    severity: 'error',
    message: () => `${passage} lukkes aldri, så resten av teksten blir merket som eksempel.`,
    hint: ({ fence }) => `Skriv en linje med bare ${q(fence)} etter det oppdiktede avsnittet.`,
  }),
  'example/empty-passage': rule({
    title: 'Tom eksempelblokk',
    severity: 'error',
    message: () => `${passage} har ingen tekst mellom linjen som åpner og linjen som lukker blokken.`,
    hint: () => `Skriv det oppdiktede avsnittet mellom ${passage} og «:::», eller slett de to linjene.`,
  }),
  'example/passage-extras': rule<{ label: string | undefined; attributes: string[] }>({
    title: 'Eksempelblokk med etikett eller attributter',
    severity: 'warning',
    message: ({ label, attributes }) =>
      `${passage} har ${[
        ...(label === undefined ? [] : [`etiketten ${q(label)}`]),
        ...(attributes.length ? [`${attributes.length === 1 ? 'attributtet' : 'attributtene'} ${attributes.map(q).join(', ')}`] : []),
      ].join(' og ')}, som nettstedet ikke bruker${label === undefined ? '' : ': etiketten blir et vanlig avsnitt i teksten'}.`,
    hint: () =>
      `Skriv linjen som åpner blokken som bare ${passage}. Nettstedet setter selv merket «Eksempel» og en setning om at avsnittet ikke bygger på kjente fakta over avsnittet.`,
  }),
  'example/marked-twice': rule<{ whole: boolean; count: number }>({
    title: 'Tekst merket som eksempel to ganger',
    severity: 'warning',
    message: ({ whole, count }) =>
      `${whole ? 'Hele dokumentet er merket som eksempel («example: true»)' : '«example» merker hele teksten («body»)'}, og i tillegg er ${
        count === 1 ? 'ett avsnitt' : `${count} avsnitt`
      } merket med ${passage}.`,
    hint: ({ whole }) =>
      whole
        ? `Merk bare det som er oppdiktet: skriv feltene som er eksempler i «example» i stedet for «true», så merker ${passage} avsnittene i teksten. Er hele dokumentet oppdiktet, fjern ${passage}-linjene.`
        : `Merk bare de oppdiktede avsnittene: fjern «body» fra «example», så viser siden merket ved akkurat dem. Er hele teksten oppdiktet, fjern ${passage}-linjene i stedet.`,
  }),
  'version/tampered': rule<{ version: string }>({
    title: 'Frigitt versjon endret',
    severity: 'error',
    message: ({ version }) => `Filen er endret etter at versjonen ${q(version)} ble frigitt.`,
    hint: ({ version }) =>
      `En frigitt versjon endres aldri. Sett filen tilbake med «git checkout -- <fil>», og gjør endringen i arbeidsutkastet; den kommer med i neste versjon, ikke ${q(version)}.`,
  }),
  'version/changed-before-commit': rule<{ version: string }>({
    title: 'Frigitt versjon endret før den er lagret i git',
    severity: 'error',
    message: ({ version }) => `Filen er endret etter at versjonen ${q(version)} ble frigitt, og versjonen er ikke lagret i git ennå.`,
    hint: ({ version }) =>
      `Gjør endringen i arbeidsutkastet, og angre frigivelsen med «strategi release --undo ${version}»; frigi så på nytt. En frigitt versjon endres aldri.`,
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
  'version/unsealed': rule<{ version: string }>({
    title: 'Versjonsstatus uten segl',
    severity: 'error',
    message: ({ version }) => `Statusen til versjonen ${q(version)} er ikke forseglet, så ingen kan se om den er endret for hånd.`,
    hint: ({ version }) => `Sjekk at status og dato i filen er riktige, og kjør «strategi version seal ${version}».`,
  }),
  'version/edited-by-hand': rule<{ version: string }>({
    title: 'Versjonsbeskrivelse endret for hånd',
    severity: 'error',
    message: ({ version }) => `«versjon.md» for ${q(version)} er endret etter at den ble skrevet av «strategi release» eller «strategi version».`,
    hint: ({ version }) =>
      `Sett filen tilbake slik den var. Status endres bare med «strategi version status ${version} <status>», som fører endringen i historikken.`,
  }),
  'version/status-unexplained': rule<{ version: string; status: string; recorded: string }>({
    title: 'Status som historikken ikke forklarer',
    severity: 'error',
    message: ({ version, status, recorded }) => `Versjonen ${q(version)} har status ${q(status)}, men siste status i historikken er ${q(recorded)}.`,
    hint: ({ version }) => `Sett statusen tilbake, og endre den med «strategi version status ${version} <status>», som fører overgangen med dato.`,
  }),
  'version/illegal-transition': rule<{ from: string; to: string; allowed: string[] }>({
    title: 'Ulovlig statusovergang',
    severity: 'error',
    message: ({ from, to }) => `En versjon kan ikke gå fra ${q(from)} til ${q(to)}.`,
    hint: ({ from, allowed }) =>
      allowed.length ? `Fra ${q(from)} kan en versjon gå til ${allowed.map(q).join(' eller ')}.` : `En versjon med status ${q(from)} endres ikke mer.`,
  }),
  'version/missing-manifest': rule<{ version: string }>({
    title: 'Hashlisten mangler',
    severity: 'error',
    message: ({ version }) => `Versjonen ${q(version)} mangler «versjon.sha256», listen over hashene til filene.`,
    hint: () => 'Hent filen tilbake fra versjonskontrollen. Lag versjoner med «strategi release», ikke ved å kopiere mapper.',
  }),
  'version/manifest-changed': rule<{ version: string }>({
    title: 'Hashlisten er endret',
    severity: 'error',
    message: ({ version }) => `«versjon.sha256» for ${q(version)} er ikke den som ble skrevet da versjonen ble frigitt.`,
    hint: () => 'Sett filen tilbake slik den var. En frigitt versjon endres aldri.',
  }),
  'version/newer-schema': rule<{ version: string; schemaVersion: number; supported: number }>({
    title: 'Versjon fra en nyere utgave av verktøyet',
    severity: 'error',
    message: ({ version, schemaVersion, supported }) =>
      `Versjonen ${q(version)} er frigitt med skjemaversjon ${schemaVersion}, men dette verktøyet kjenner bare til versjon ${supported}.`,
    hint: () => 'Oppdater verktøyet (hent siste utgave av prosjektet og kjør «pnpm install»).',
  }),
  'version/leftover-release': rule<{ folder: string }>({
    title: 'Rester etter en avbrutt frigivelse',
    severity: 'warning',
    message: ({ folder }) => `Mappen ${q(folder)} er rester etter en frigivelse som ble avbrutt.`,
    hint: () => 'Den er ikke en versjon og blir ikke publisert. Slett mappen, eller kjør «strategi release» på nytt; den rydder den bort.',
  }),
  'version/consultation-short': rule<{ days: number; deadline: string; reason?: string | undefined }>({
    title: 'Kort høringsfrist',
    severity: 'warning',
    message: ({ days, deadline, reason }) =>
      `Høringsfristen ${q(deadline)} er ${days} dager etter frigivelsen, kortere enn tre måneder.${reason ? ` Begrunnelse: ${q(reason)}.` : ''}`,
    hint: () => 'Utredningsinstruksen 3-3 sier at høringsfristen normalt skal være tre måneder. Si i høringsbrevet hvorfor fristen er kortere.',
  }),
  'version/consultation-too-short': rule<{ days: number; deadline: string }>({
    title: 'For kort høringsfrist uten begrunnelse',
    severity: 'error',
    message: ({ days, deadline }) =>
      `Høringsfristen ${q(deadline)} er bare ${days} dager etter frigivelsen, kortere enn seks uker, og ingen begrunnelse er gitt.`,
    hint: () =>
      'Utredningsinstruksen 3-3 tillater en frist under seks uker bare når det er særlige grunner. Sett en senere frist, eller oppgi grunnen med --begrunnelse «…».',
  }),
  'version/new-consultation': rule<{ draft: string; wordPercent: number; documents: number; total: number }>({
    title: 'Vedtatt versjon skiller seg mye fra høringsutkastet',
    severity: 'warning',
    message: ({ draft, wordPercent, documents, total }) =>
      `Versjonen skiller seg vesentlig fra høringsutkastet ${q(draft)}: ${wordPercent} % av ordene er endret, og ${documents} av ${total} dokumenter er nye, fjernet eller endret.`,
    hint: () =>
      'Når et forslag endres vesentlig etter høringen, kan det kreve en ny høring (utredningsinstruksen 3-3). Vurder det før versjonen vedtas, og si i notatet hva som er gjort.',
  }),
  'file/changed-while-read': rule({
    title: 'Filen ble endret mens den ble lest',
    severity: 'error',
    message: () => 'Filen ble endret mens frigivelsen leste den, så det som ble lest, kan være halvt lagret.',
    hint: () => 'Vent til programmet som lagrer filen, er ferdig (eller lukk det), og frigi på nytt.',
  }),
  'language/hard-to-read': rule<{ lix: number; threshold: number }>({
    title: 'Tung tekst (LIX)',
    severity: 'warning',
    message: ({ lix, threshold }) => `Teksten har lesbarhetsindeks LIX ${lix}, over grensen på ${threshold}.`,
    hint: () => 'Skriv kortere setninger og bytt lange ord med kortere der det går. Se veiledningen om klarspråk.',
  }),
  'language/placeholder': rule<{ value: string }>({
    title: 'Plassholdertekst fra «strategi new»',
    severity: 'warning',
    message: ({ value }) => `Teksten står fortsatt som «strategi new» skrev den: ${q(value)}.`,
    hint: () => 'Skriv den virkelige teksten i stedet for plassholderen før versjonen frigis.',
  }),

  // Reading a spreadsheet saved as CSV (`strategi import`). Rows and columns are counted as the spreadsheet counts
  // them; the headings in messages are the ones written in the file.
  'csv/not-a-file': rule<{ what: string }>({
    title: 'Ikke en vanlig fil',
    severity: 'error',
    message: ({ what }) => `Dette er ${what}, ikke en vanlig fil.`,
    hint: () => 'Oppgi stien til CSV-filen du lagret fra regnearket, for eksempel «strategi import inputs innspill.csv».',
  }),
  'csv/too-large': rule<{ size: number; limit: number }>({
    title: 'For stor CSV-fil',
    severity: 'error',
    message: ({ size, limit }) => `Filen er ${formatBytes(size)}, mer enn grensen på ${formatBytes(limit)} for en CSV-fil.`,
    hint: () => 'Del regnearket i flere filer og importer dem én om gangen.',
  }),
  'csv/empty': rule({
    title: 'Tom CSV-fil',
    severity: 'error',
    message: () => 'Filen er tom.',
    hint: () => 'Lagre regnearket med overskriftene på første rad og én rad per oppføring under dem.',
  }),
  'csv/no-rows': rule({
    title: 'Bare overskrifter',
    severity: 'error',
    message: () => 'Filen har bare overskriftsraden, ingen rader å importere.',
    hint: () => 'Legg til radene under overskriftene, lagre og prøv igjen.',
  }),
  'csv/workbook': rule<{ format: string }>({
    title: 'Arbeidsbok, ikke CSV',
    severity: 'error',
    message: ({ format }) => `Filen er ${format}, ikke CSV.`,
    hint: () => saveAsCsvUtf8,
  }),
  'csv/not-utf8': rule<{ byte: number; guess?: string | undefined }>({
    title: 'CSV-filen er ikke UTF-8',
    severity: 'error',
    message: ({ byte, guess }) =>
      guess === undefined
        ? `Filen er ikke UTF-8: byte 0x${hexByte(byte)} er ikke gyldig UTF-8.`
        : `Filen er ikke UTF-8: tegnet her er trolig ${q(guess)} lagret som Windows-1252 (byte 0x${hexByte(byte)}).`,
    hint: () => saveAsCsvUtf8,
  }),
  'csv/invalid-utf16': rule({
    title: 'Ugyldig UTF-16',
    severity: 'error',
    message: () => 'Filen er merket som UTF-16 («Unicode-tekst»), men inneholder ugyldige tegn.',
    hint: () => saveAsCsvUtf8,
  }),
  'csv/binary': rule({
    title: 'CSV-filen er ikke tekst',
    severity: 'error',
    message: () => 'Filen inneholder NUL-tegn og er ikke CSV-tekst.',
    hint: () => saveAsCsvUtf8,
  }),
  'csv/quote-not-closed': rule<{ column: number }>({
    title: 'Anførselstegn lukkes aldri',
    severity: 'error',
    message: ({ column }) => `Anførselstegnet i kolonne ${column} lukkes aldri.`,
    hint: () => 'Sett et avsluttende «"» etter verdien. Et anførselstegn inne i en verdi skrives dobbelt: «""».',
  }),
  'csv/misplaced-quote': rule<{ column: number }>({
    title: 'Anførselstegn på feil sted',
    severity: 'error',
    message: ({ column }) => `Anførselstegn på feil sted i kolonne ${column}.`,
    hint: () =>
      'En verdi med anførselstegn skal stå helt i anførselstegn, med doble anførselstegn inne i seg: «"Han sa ""ja"""». Et regneark skriver det slik av seg selv.',
  }),
  'csv/invalid': rule({
    title: 'Ugyldig CSV',
    severity: 'error',
    message: () => 'Filen kan ikke leses som CSV.',
    hint: () => saveAsCsvUtf8,
  }),
  'csv/field-count': rule<{ expected: number; found: number }>({
    title: 'Feil antall felt i raden',
    severity: 'error',
    message: ({ expected, found }) => `Raden har ${found} felt, men overskriftsraden har ${expected}.`,
    hint: () => 'Et skilletegn (komma eller semikolon) inne i en verdi må stå i anførselstegn: «"Oslo; Bergen"». Sjekk også at ingen verdi mangler.',
  }),
  'csv/unknown-column': rule<{ heading: string; suggestion?: string | undefined; known: string[] }>({
    title: 'Ukjent kolonne',
    severity: 'error',
    message: ({ heading, suggestion }) => `Ukjent kolonne ${q(heading)}.${didYouMean(suggestion)}`,
    hint: ({ known }) => `Kolonnene som kan brukes, er ${known.map(q).join(', ')}.`,
  }),
  'csv/duplicate-column': rule<{ heading: string; column: number; other: string; otherColumn: number }>({
    title: 'Samme felt i to kolonner',
    severity: 'error',
    message: ({ heading, column, other, otherColumn }) => `Kolonnene ${q(other)} (kolonne ${otherColumn}) og ${q(heading)} (kolonne ${column}) er samme felt.`,
    hint: () => 'Behold én av kolonnene, så hvert felt står i én kolonne.',
  }),
  'csv/missing-column': rule<{ heading: string; names: string[] }>({
    title: 'Påkrevd kolonne mangler',
    severity: 'error',
    message: ({ heading }) => `Kolonnen ${q(heading)} mangler.`,
    hint: ({ names }) => `Legg til en kolonne med overskriften ${names.map(q).join(' eller ')}. Den må fylles ut på hver rad.`,
  }),
  'csv/empty-heading': rule<{ column: number }>({
    title: 'Kolonne uten overskrift',
    severity: 'error',
    message: ({ column }) => `Kolonne ${column} har verdier, men ingen overskrift.`,
    hint: () => 'Skriv overskriften i første rad, eller slett kolonnen.',
  }),
  'csv/empty-cell': rule<{ heading: string }>({
    title: 'Tom påkrevd celle',
    severity: 'error',
    message: ({ heading }) => `Cellen under ${q(heading)} er tom.`,
    hint: ({ heading }) => `${capitalize(heading)} må fylles ut på hver rad.`,
  }),
  // Figures for an indicator (`strategi import indicator`), from a spreadsheet or a JSON-stat file.
  'indicator/not-a-number': rule<{ value: string }>({
    title: 'Verdien er ikke et tall',
    severity: 'error',
    message: ({ value }) => `${q(value)} er ikke et tall.`,
    hint: () => 'Skriv verdien som et tall uten enhet, med komma eller punktum før desimalene: «87,5».',
  }),
  'indicator/duplicate-date': rule<{ date: string; first: string }>({
    title: 'To verdier for samme dato',
    severity: 'error',
    message: ({ date, first }) => `${q(date)} har allerede en verdi i ${first}.`,
    hint: () => 'Behold én verdi per dato.',
  }),
  'indicator/revised-value': rule<{ date: string; found: number; kept: number }>({
    title: 'Verdien er endret i kilden',
    severity: 'warning',
    message: ({ date, found, kept }) => `Verdien for ${date} er ${found} i filen, men ${kept} i indikatoren. Den er ikke endret.`,
    hint: () => 'En import legger bare til nye målinger. Er tallet revidert i kilden, retter du verdien i indikatorfilen for hånd.',
  }),
  'jsonstat/invalid': rule<{ reason: string }>({
    title: 'Ikke et JSON-stat-datasett',
    severity: 'error',
    message: ({ reason }) => `Filen er ikke et JSON-stat 2.0-datasett: ${reason}.`,
    hint: () => 'Last ned tabellen fra statistikkbanken som «JSON-stat2» og importer filen uendret.',
  }),
  'jsonstat/unknown-dimension': rule<{ name: string; suggestion?: string | undefined; known: string[] }>({
    title: 'Ukjent dimensjon',
    severity: 'error',
    message: ({ name, suggestion }) => `Datasettet har ingen dimensjon ${q(name)}.${didYouMean(suggestion)}`,
    hint: ({ known }) => `Dimensjonene er ${known.map(q).join(', ')}.`,
  }),
  'jsonstat/unknown-category': rule<{ dimension: string; code: string; suggestion?: string | undefined; known: string[] }>({
    title: 'Ukjent verdi i en dimensjon',
    severity: 'error',
    message: ({ dimension, code, suggestion }) => `Dimensjonen ${q(dimension)} har ingen verdi ${q(code)}.${didYouMean(suggestion)}`,
    hint: ({ known }) => `Verdiene er ${known.slice(0, 10).map(q).join(', ')}${known.length > 10 ? ' …' : ''}.`,
  }),
  'jsonstat/unchosen-dimension': rule<{ dimension: string; count: number; first: string }>({
    title: 'Dimensjon uten valgt verdi',
    severity: 'error',
    message: ({ dimension, count }) => `Dimensjonen ${q(dimension)} har ${count} verdier, og ingen er valgt.`,
    hint: ({ dimension, first }) => `Velg én verdi med --filter, for eksempel «--filter ${dimension}=${first}».`,
  }),
  'jsonstat/time-code': rule<{ code: string }>({
    title: 'Tidskode som ikke er en dato',
    severity: 'error',
    message: ({ code }) => `Tidskoden ${q(code)} kan ikke leses som en dato.`,
    hint: () => 'Tidskoder som «2024», «2024M06» (måned) og «2024K2» (kvartal) kan leses.',
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
  'id/already-used': rule<{ id: string }>({
    title: 'Id som er brukt før',
    severity: 'error',
    message: ({ id }) => `Id-en ${q(id)} er allerede brukt, i arbeidsutkastet, i en frigitt versjon eller som tidligere id.`,
    hint: () => 'En id brukes aldri to ganger, heller ikke etter at et dokument er fjernet. Velg en annen id.',
  }),
  'id/invalid-typed': rule<{ id: string; kind: string; example: string }>({
    title: 'Ugyldig id for en ny fil',
    severity: 'error',
    message: ({ id, kind }) => `Id-en ${q(escapeUnprintable(id))} kan ikke brukes for ${kind}: den har ikke formen til en slik id.`,
    hint: ({ example }) =>
      `Skriv en id med samme form som ${q(example)}: bare bokstavene A–Z, sifre og bindestrek, uten skråstrek, punktum eller mellomrom. Id-en blir filnavnet.`,
  }),
  'id/path-outside': rule<{ id: string; name: string }>({
    title: 'Ny fil utenfor arbeidsutkastet',
    severity: 'error',
    message: ({ id, name }) => `Id-en ${q(escapeUnprintable(id))} gir filen ${q(escapeUnprintable(name))}, som ikke ligger i arbeidsutkastet i innholdsmappen.`,
    hint: () =>
      'Nye og endrede dokumenter skrives bare i arbeidsutkastet: aldri utenfor innholdsmappen og aldri under «versjoner», der frigitte versjoner er frosset.',
  }),
  'id/path-symlink': rule<{ id: string; name: string }>({
    title: 'Symbolsk lenke i veien for en fil',
    severity: 'error',
    message: ({ id, name }) => `Filen for id-en ${q(escapeUnprintable(id))} skulle skrives gjennom ${q(escapeUnprintable(name))}, som er en symbolsk lenke.`,
    hint: () =>
      'Verktøyene skriver aldri gjennom symbolske lenker, heller ikke innenfor innholdsmappen. Legg mappen eller filen selv der lenken står, eller fjern lenken.',
  }),
} as const;

export type RuleId = keyof typeof catalogue;
export type RuleArgs<Id extends RuleId> = Parameters<(typeof catalogue)[Id]['message']>[0];

// Used by the CSV entries.
const saveAsCsvUtf8 = 'Lagre regnearket på nytt i Excel med Fil → Lagre som → «CSV UTF-8 (kommadelt) (*.csv)», og importer den nye filen.';
const hexByte = (byte: number) => byte.toString(16).toUpperCase().padStart(2, '0');
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} byte`;
}
