/**
 * Every interface string of the site, in bokmål, nynorsk and English. Components never hold literal
 * UI text: they take a dictionary from `ui(lang)` and format dates and numbers with `formatDate`.
 */
import {
  type DocumentKind,
  documentKindNames,
  documentKinds,
  type FieldName,
  fieldLabels,
  type Language,
  type VersionStatus,
  type Vocabulary,
  vocabularies,
} from '@strategi/schema';
import { en } from './en.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';

export type UiLang = Language;

type Labels<V extends string> = Record<V, string>;
const labelsOf = <V extends string>(vocabulary: Vocabulary<V>, lang: UiLang) =>
  Object.fromEntries(vocabulary.values.map((value) => [value, vocabulary.labels[value][lang]])) as Labels<V>;
const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * The words the schema owns, in the dictionary's shape: kinds from the kind registry, the name of every field, and
 * the values of every closed list (statuses, sectors, kinds of actors, channels) from the schema's vocabularies. The
 * site never writes them a second time. Sender kinds are the strategy's own list only (`declaredVocabulary`).
 */
function schemaWords(lang: UiLang) {
  return {
    fields: Object.fromEntries(Object.entries(fieldLabels).map(([name, labels]) => [name, capitalised(labels[lang])])) as Record<FieldName, string>,
    kinds: Object.fromEntries(
      documentKindNames.map((kind) => [
        kind,
        { one: capitalised(documentKinds[kind].words[lang].singular), plural: capitalised(documentKinds[kind].words[lang].plural) },
      ]),
    ) as Record<DocumentKind, { one: string; plural: string }>,
    measureStatus: labelsOf(vocabularies.measureStatus, lang),
    versionStatus: labelsOf(vocabularies.versionStatus, lang) as Labels<VersionStatus | 'working'>,
    sectors: labelsOf(vocabularies.sector, lang),
    actorKinds: labelsOf(vocabularies.actorKind, lang),
    channels: labelsOf(vocabularies.inputChannel, lang),
    changeKinds: labelsOf(vocabularies.changeKind, lang),
    measureFates: labelsOf(vocabularies.measureFate, lang),
  };
}

type SchemaWords = ReturnType<typeof schemaWords>;
export type Messages = Omit<typeof nb, 'fields'> & Omit<SchemaWords, 'fields'> & { fields: SchemaWords['fields'] & (typeof nb)['fields'] };

const dictionaries: Record<UiLang, Messages> = Object.fromEntries(
  (Object.entries({ nb, nn, en }) as [UiLang, typeof nb][]).map(([lang, dictionary]) => {
    const words = schemaWords(lang);
    return [
      lang,
      {
        ...dictionary,
        ...words,
        fields: { ...words.fields, ...dictionary.fields },
        versionStatus: { ...words.versionStatus, working: dictionary.workingDraft },
      },
    ];
  }),
) as Record<UiLang, Messages>;

/** The dictionary for a language. */
export function ui(lang: UiLang): Messages {
  return dictionaries[lang];
}

const locales: Record<UiLang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** One formatter per language and precision: making an Intl.DateTimeFormat costs far more than using one. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: UiLang, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withDay}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = withDay
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(locales[lang], options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A year (`2026`), month (`2026-06`) or day (`2026-06-15`) written out for readers of `lang`. */
export function formatDate(lang: UiLang, value: string | number): string {
  const text = String(value);
  const [year, month, day] = text.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return text;
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return dateFormat(lang, day !== undefined).format(date);
}

/**
 * A formatter made on first use and kept, one per language: making an Intl formatter costs far more than using one,
 * and a list page formats a list or a number on every row.
 */
function perLanguage<F>(make: (locale: string) => F): (lang: UiLang) => F {
  const made = new Map<UiLang, F>();
  return (lang) => {
    let format = made.get(lang);
    if (!format) {
      format = make(locales[lang]);
      made.set(lang, format);
    }
    return format;
  };
}

const momentFormat = perLanguage(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: 'Europe/Oslo',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
);
const listFormat = perLanguage((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));
const numberFormat = perLanguage((locale) => new Intl.NumberFormat(locale));
const percentFormat = perLanguage((locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));

/**
 * A moment (`2027-01-15T10:00+01:00`) as a Norwegian reader reads it on a clock in Norway:
 * «15. januar 2027 kl. 10.00» (nb, nn), «15 January 2027 at 10:00» (en).
 */
export function formatMoment(lang: UiLang, value: string): string {
  const parts = Object.fromEntries(
    momentFormat(lang)
      .formatToParts(new Date(value))
      .map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  return lang === 'en'
    ? `${parts['day']} ${parts['month']} ${parts['year']} at ${parts['hour']}:${parts['minute']}`
    : `${parts['day']}. ${parts['month']} ${parts['year']} kl. ${parts['hour']}.${parts['minute']}`;
}

/** A list joined the way the language joins lists («A, B og C»). */
export function formatList(lang: UiLang, items: readonly string[]): string {
  return listFormat(lang).format(items);
}

/** A whole number written the way the language writes it (`1 234` in Norwegian). */
export function formatNumber(lang: UiLang, value: number): string {
  return numberFormat(lang).format(value);
}

/** A share (0–1) as a whole percentage for readers of `lang` (`67 %` in Norwegian, `67%` in English). */
export function formatPercent(lang: UiLang, share: number): string {
  return percentFormat(lang).format(share);
}
