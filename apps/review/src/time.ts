/**
 * Times as a reader in Norway reads them, with the zone said outright: a reviewer abroad, or a browser set to
 * another zone, would otherwise take «kl. 16.00» for their own clock. The server formats them (Europe/Oslo through
 * `Intl`), so a page says the same whatever the reader's machine is set to; the words around the numbers come from
 * `@strategi/i18n` in the reader's language.
 */
import { type UiLang, ui } from '@strategi/i18n';

const locales: Record<UiLang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
const formats = new Map<UiLang, Intl.DateTimeFormat>();

function format(lang: UiLang): Intl.DateTimeFormat {
  let found = formats.get(lang);
  if (!found) {
    found = new Intl.DateTimeFormat(locales[lang], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Europe/Oslo',
    });
    formats.set(lang, found);
  }
  return found;
}

/** `2026-12-17T15:00:00Z` → «17. desember 2026 kl. 16.00 (norsk tid)» (Norwegian writes the clock with a point). */
export function readerTime(iso: string, lang: UiLang = 'nb'): string {
  const part = Object.fromEntries(
    format(lang)
      .formatToParts(new Date(iso))
      .map(({ type, value }) => [type, value]),
  );
  return ui(lang).reviewServer.time(part['day']!, part['month']!, part['year']!, part['hour']!, part['minute']!);
}
