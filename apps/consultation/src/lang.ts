/** The reader's language: `?lang=nn` or `?lang=en` (or the form's `lang`), bokmål otherwise. */
import type { UiLang } from '@strategi/i18n';

const LANGS: readonly UiLang[] = ['nb', 'nn', 'en'];

export const langOf = (value: unknown): UiLang => (LANGS.includes(value as UiLang) ? (value as UiLang) : 'nb');

/** A path in the reader's language; bokmål needs no parameter. */
export const localPath = (path: string, lang: UiLang): string => (lang === 'nb' ? path : `${path}?lang=${lang}`);

export { LANGS };
