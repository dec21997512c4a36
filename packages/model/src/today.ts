/**
 * Today's date in Norway (Europe/Oslo) as YYYY-MM-DD: the one «today» of the tools and the site, so that a build or
 * a status report made at 00:30 in Oslo (23:30 UTC) counts the same day everywhere.
 */
export function today(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
