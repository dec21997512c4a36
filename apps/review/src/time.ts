/**
 * Times as a reader in Norway reads them, with the zone said outright: a reviewer abroad, or a browser set to
 * another zone, would otherwise take «kl. 16.00» for their own clock. The server formats them (Europe/Oslo through
 * `Intl`), so a page says the same whatever the reader's machine is set to.
 */
const parts = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Oslo',
});

/** `2026-12-17T15:00:00Z` → «17. desember 2026 kl. 16.00 (norsk tid)» (Norwegian writes the clock with a point). */
export function norwegianTime(iso: string): string {
  const part = Object.fromEntries(parts.formatToParts(new Date(iso)).map(({ type, value }) => [type, value]));
  return `${part['day']}. ${part['month']} ${part['year']} kl. ${part['hour']}.${part['minute']} (norsk tid)`;
}
