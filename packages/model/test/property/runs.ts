/**
 * How many cases a property test tries. The defaults are what finds the failures these tests were written for
 * (each was checked by taking its guard out); `STRATEGI_PROPERTY_RUNS=20` tries twenty times as many, for a deep
 * run before a release or after a change to the parser, the renderer or the limits.
 */
export function propertyRuns(runs: number): number {
  const factor = process.env['STRATEGI_PROPERTY_RUNS'];
  if (factor === undefined || factor === '') return runs;
  const times = Number(factor);
  if (!Number.isFinite(times) || times <= 0) throw new Error(`STRATEGI_PROPERTY_RUNS must be a positive number, not «${factor}»`);
  return Math.max(1, Math.round(runs * times));
}
