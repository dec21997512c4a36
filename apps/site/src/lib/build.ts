/**
 * What kind of build this is, and the day it counts as today. The build plan (src/plan/) decides both once from
 * the environment; pages read them from `virtual:strategi/plan`.
 */
export type BuildMode = 'public' | 'preview';

/** The message for a build day that is not YYYY-MM-DD. */
export const dayProblem = (value: string) => `STRATEGI_BUILD_DATE må være en dag skrevet ÅÅÅÅ-MM-DD, for eksempel 2027-01-15, ikke «${value}».`;

/**
 * The day the build is «today» for, as YYYY-MM-DD: `value` when given (reproducible builds and tests), else the
 * date in Norway at `now`.
 */
export function buildDay(value: string | undefined, now: Date = new Date()): string {
  if (value !== undefined && value !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(dayProblem(value));
    return value;
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
