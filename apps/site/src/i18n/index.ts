/**
 * Every interface string of the site, in bokmål, nynorsk and English. Components never hold literal
 * UI text: they take a dictionary from `ui(lang)` and format dates and numbers with `formatDate`.
 */
import type { DocumentKind, Language } from '@strategi/schema';
import { en } from './en.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';

export type UiLang = Language;
export type Messages = typeof nb;

const dictionaries: Record<UiLang, Messages> = { nb, nn, en };

/** The dictionary for a language. */
export function ui(lang: UiLang): Messages {
  return dictionaries[lang];
}

export const uiLanguages = Object.keys(dictionaries) as UiLang[];

const locales: Record<UiLang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** A year (`2026`), month (`2026-06`) or day (`2026-06-15`) written out for readers of `lang`. */
export function formatDate(lang: UiLang, value: string | number): string {
  const text = String(value);
  const [year, month, day] = text.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return text;
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locales[lang], options).format(date);
}

/** A list joined the way the language joins lists («A, B og C»). */
export function formatList(lang: UiLang, items: readonly string[]): string {
  return new Intl.ListFormat(locales[lang], { type: 'conjunction' }).format(items);
}

/** The kind's plural heading, e.g. «Tiltak». */
export function kindPlural(lang: UiLang, kind: DocumentKind): string {
  return ui(lang).kinds[kind].plural;
}

/** A whole number written the way the language writes it (`1 234` in Norwegian). */
export function formatNumber(lang: UiLang, value: number): string {
  return new Intl.NumberFormat(locales[lang]).format(value);
}

/** A share (0–1) as a whole percentage for readers of `lang` (`67 %` in Norwegian, `67%` in English). */
export function formatPercent(lang: UiLang, share: number): string {
  return new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
