/**
 * Screening a response before an editor publishes it: personal data a responder may not mean to publish — an
 * e-mail address, a phone number, a national identity number (fødselsnummer or D-number, recognised by its two
 * check digits and its date, so an ordinary eleven-digit number is not flagged). The hits carry their place, so the
 * moderation page can mark them and anonymised publication can redact exactly them.
 */

export type Screen = 'email' | 'phone' | 'national-id';

export interface ScreenHit {
  screen: Screen;
  /** UTF-16 offsets in the text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Eleven digits, or six and five with one space, not inside a longer run of digits. */
const ELEVEN_DIGITS = /(?<![\p{N}])\d{6} ?\d{5}(?![\p{N}])/gu;
/**
 * A Norwegian number of eight digits (together, or as 3-2-3 or 2-2-2-2 with one kind of separator, so a date
 * like 01.02.2024 is not one), with or without +47 or 0047 first; or an international number: + and 7 to 16 digits.
 */
const PHONE =
  /(?<![\p{N}+])(?:(?:\+|00)47[ .-]?)?(?:\d{8}|\d{3}(?<a>[ .-])\d{2}\k<a>\d{3}|\d{2}(?<b>[ .-])\d{2}\k<b>\d{2}\k<b>\d{2})(?![\p{N}])|(?<![\p{N}])\+\d{1,3}(?:[ .-]?\d){6,13}(?![\p{N}])/gu;

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: readonly number[], weights: readonly number[]): number | undefined {
  const sum = weights.reduce((total, weight, i) => total + weight * digits[i]!, 0);
  const digit = 11 - (sum % 11);
  if (digit === 11) return 0;
  return digit === 10 ? undefined : digit;
}

/** Whether eleven digits are a fødselsnummer or D-number: a day and month that exist (D: day + 40), and both check digits. */
export function isNationalId(value: string): boolean {
  const compact = value.replace(/\s/g, '');
  if (!/^\d{11}$/.test(compact)) return false;
  const digits = [...compact].map(Number);
  const day = Number(compact.slice(0, 2)) % 40;
  // H-numbers (month + 40) and synthetic test numbers (month + 80) are numbers of people too.
  const month = Number(compact.slice(2, 4)) % 40;
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const k1 = checkDigit(digits, W1);
  if (k1 === undefined || k1 !== digits[9]) return false;
  const k2 = checkDigit(digits, W2);
  return k2 !== undefined && k2 === digits[10];
}

function matches(text: string, pattern: RegExp, screen: Screen, keep: (value: string) => boolean = () => true): ScreenHit[] {
  return [...text.matchAll(pattern)]
    .filter((match) => keep(match[0]))
    .map((match) => ({ screen, start: match.index, end: match.index + match[0].length, text: match[0] }));
}

const overlaps = (a: ScreenHit, b: ScreenHit) => a.start < b.end && b.start < a.end;

/** Every hit in the text, in order; where two overlap, the first found of e-mail, national id, phone wins. */
export function screenText(text: string): ScreenHit[] {
  const hits: ScreenHit[] = [];
  for (const candidate of [...matches(text, EMAIL, 'email'), ...matches(text, ELEVEN_DIGITS, 'national-id', isNationalId), ...matches(text, PHONE, 'phone')]) {
    if (!hits.some((hit) => overlaps(hit, candidate))) hits.push(candidate);
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The screens that hit, each once, in a fixed order: what the store's `flags` holds. */
export function screenFlags(hits: readonly ScreenHit[]): Screen[] {
  return (['email', 'phone', 'national-id'] as const).filter((screen) => hits.some((hit) => hit.screen === screen));
}
