/**
 * What this build is: the public site or the editors' preview, and where its content comes from.
 * astro.config.ts resolves both once and hands them to the pages through `import.meta.env`.
 */
export type BuildMode = 'public' | 'preview';

/** `preview` when built with STRATEGI_BUILD=preview, otherwise `public`. */
export function buildMode(value: string | undefined = import.meta.env?.['STRATEGI_BUILD_MODE'] ?? process.env['STRATEGI_BUILD']): BuildMode {
  return value === 'preview' ? 'preview' : 'public';
}

/** The content folder: STRATEGI_CONTENT when set, else the repository's content/ (resolved by the config). */
export function contentFolder(): string {
  const folder = import.meta.env?.['STRATEGI_CONTENT_DIR'] ?? process.env['STRATEGI_CONTENT'];
  if (!folder) throw new Error('The content folder is not set: build through astro.config.ts or set STRATEGI_CONTENT.');
  return folder;
}

/**
 * The day the build is «today» for, as YYYY-MM-DD: STRATEGI_BUILD_DATE when set (reproducible builds and tests),
 * else the date in Norway when the build runs.
 */
export function buildDay(value: string | undefined = process.env['STRATEGI_BUILD_DATE'], now: Date = new Date()): string {
  if (value !== undefined && value !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`STRATEGI_BUILD_DATE must be a day as YYYY-MM-DD, not «${value}».`);
    return value;
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
