/**
 * What an anonymised publication shows: no name or organisation, and every string the screens found in the text
 * replaced by a mark that says something was taken out, so a reader does not read the gap as the responder's words.
 */
import { type ScreenHit, screenText } from './screening.ts';

/** What replaces a redacted string; the same in every language. */
export const REDACTED = '[…]';

/** The text with each hit replaced by `REDACTED`, from the end so the earlier offsets still hold. */
export function redact(text: string, hits: readonly ScreenHit[] = screenText(text)): string {
  let out = text;
  for (const hit of [...hits].sort((a, b) => b.start - a.start)) out = `${out.slice(0, hit.start)}${REDACTED}${out.slice(hit.end)}`;
  return out;
}
