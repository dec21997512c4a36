import type { Edition } from './types.ts';

/** Språklova § 13: a central state body publishes at least this share of its text in each of bokmål and nynorsk. */
export const MINIMUM_LANGUAGE_SHARE = 0.25;

/** How an edition's public text divides between bokmål and nynorsk, counted in words. */
export interface LanguageShare {
  edition: string;
  /** Words in documents written in bokmål and in nynorsk (English is not counted against either). */
  words: { nb: number; nn: number };
  /** Each form's share of the words in bokmål or nynorsk; 0 for both when there are none. */
  share: { nb: number; nn: number };
  /** The forms under the minimum share; empty when the text meets § 13, or has no Norwegian text. */
  below: ('nb' | 'nn')[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const wordsIn = (text: string) => text.match(WORD)?.length ?? 0;

/**
 * The share of bokmål and nynorsk in an edition's public text: each document's title and body, in the written form
 * its `lang` field declares (bokmål when it says nothing, as the schema's default).
 */
export function languageShare(edition: Edition): LanguageShare {
  const words = { nb: 0, nn: 0 };
  for (const doc of edition.documents) {
    const lang = doc.data.lang;
    if (lang !== 'nb' && lang !== 'nn') continue;
    const title = 'title' in doc.data ? doc.data.title : 'name' in doc.data ? doc.data.name : '';
    words[lang] += doc.stats.words + wordsIn(title);
  }
  const total = words.nb + words.nn;
  const share = { nb: total ? words.nb / total : 0, nn: total ? words.nn / total : 0 };
  const below = total ? (['nb', 'nn'] as const).filter((lang) => share[lang] < MINIMUM_LANGUAGE_SHARE) : [];
  return { edition: edition.id, words, share, below };
}
