import type { Edition } from '../types.ts';
import { effectiveStatuses } from './read.ts';

/**
 * The moment a build counts as now: STRATEGI_BUILD_TIME when set (an ISO date-time with its offset, for
 * reproducible builds and tests), else the clock. A value that is not a moment is refused rather than ignored,
 * so a typo never publishes a scheduled version early.
 */
export function buildTime(value: string | undefined = process.env['STRATEGI_BUILD_TIME'], now: Date = new Date()): Date {
  if (value === undefined || value === '') return now;
  const time = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) || Number.isNaN(time))
    throw new Error(`STRATEGI_BUILD_TIME must be a date and time such as 2027-01-15T10:00+01:00, not «${value}».`);
  return new Date(time);
}

/** True when `edition` has a publishing moment that has not come at `at`. */
export function isScheduled(edition: Pick<Edition, 'version'>, at: Date): boolean {
  const publishAt = edition.version?.publishAt;
  return publishAt !== undefined && Date.parse(publishAt) > at.getTime();
}

/**
 * The released versions the public may read at `at`, oldest first: a public status, and a publishing moment that
 * has come. A version left out counts for nothing else either: the adopted version before a scheduled adopted one
 * is still the adopted one (not superseded) until the new one is out, so its status is derived again here.
 */
export function publicEditionsAt(versions: readonly Edition[], at: Date): Edition[] {
  const published = versions.filter((edition) => edition.isPublic && edition.version && !isScheduled(edition, at));
  const statuses = effectiveStatuses(published.map((edition) => edition.version!));
  return published.map((edition) => {
    const status = statuses.get(edition.id) ?? edition.status;
    return status === edition.status ? edition : { ...edition, status };
  });
}
