/**
 * The build plan: everything a build of the site is told from outside — the content folder, public or preview,
 * the day and moment it counts as now, the site's address, whether PDFs are made, what the preview may show — read
 * from the environment once, checked, and handed to the pages as `virtual:strategi/plan` (integration.ts). Nothing
 * else in the site reads the environment. A bad value stops the build with every bad setting in Norwegian, not
 * with a stack trace.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ArchivePlan } from '../lib/archive/archive.ts';
import { type BuildMode, buildDay, dayProblem } from '../lib/build.ts';
import { type EditConfig, EditConfigError, editConfig } from '../lib/review/edit-links.ts';

export interface BuildPlan {
  /** The content folder, absolute (STRATEGI_CONTENT, else the repository's content/). */
  contentDir: string;
  /** Where the command was started (INIT_CWD): relative settings and the problems' paths are read from here. */
  displayBase: string;
  /** `preview` with STRATEGI_BUILD=preview, else `public`. */
  mode: BuildMode;
  /** Where the site is written, absolute (STRATEGI_DIST, else dist/ or dist-preview/). */
  outDir: string;
  /** The day the build counts as today, YYYY-MM-DD (STRATEGI_BUILD_DATE, else today in Norway). */
  today: string;
  /** The moment the build counts as now, ISO 8601 (STRATEGI_BUILD_TIME, else the clock). */
  at: string;
  /** The site's public address (STRATEGI_SITE_URL); absent when unknown. */
  siteUrl?: string | undefined;
  /** Whether PDFs are made and linked (STRATEGI_PDF is not `0`). */
  pdf: boolean;
  /** The folder of the DejaVu fonts the PDFs are set in, absolute (STRATEGI_PDF_FONTS, else Debian's fonts-dejavu-core). */
  pdfFonts: string;
  /** The folder of the archive, PDF and parse caches (STRATEGI_CACHE_DIR), absolute; absent without one. */
  cacheDir?: string | undefined;
  /** The preview's edit links and whether it shows internal notes (STRATEGI_REPO_URL, STRATEGI_VSCODE_LINKS, STRATEGI_PREVIEW_INTERNAL). */
  edit: EditConfig;
  /** The edition the preview's review overview shows (STRATEGI_REVIEW_EDITION); absent: the working draft. */
  reviewEdition?: string | undefined;
  /** What this build takes from the archive cache instead of rendering, and the keys it was decided by. */
  archive: ArchivePlan;
  /**
   * Preview builds only (integration.ts): Astro's incremental build copies each page whose cache key is unchanged
   * from the last preview build into the same folder, kept in `dir`; every key starts from `codeHash`, the hash of
   * the site's code and the workspace packages it runs (lib/page-cache-key.ts).
   */
  pageCache?: { dir: string; codeHash: string } | undefined;
}

/** Where Debian's fonts-dejavu-core puts the fonts the PDFs are set in. */
const DEBIAN_DEJAVU = '/usr/share/fonts/truetype/dejavu';

/** Settings that cannot be used: one line per bad setting, in Norwegian. */
export class BuildPlanError extends Error {
  override name = 'BuildPlanError';
  readonly problems: string[];
  /** Astro prints it under «Hint». */
  readonly hint = 'Rett miljøvariablene over (apps/site/README.md forklarer hver av dem) og bygg på nytt.';
  constructor(problems: string[]) {
    super(
      `Nettstedet ble ikke bygget, fordi ${problems.length === 1 ? 'en innstilling' : 'noen innstillinger'} ikke kan brukes:\n${problems.map((line) => `  ${line}`).join('\n')}`,
    );
    this.problems = problems;
  }
}

export interface PlanOptions {
  /** The site's folder (apps/site), for the default content and output folders. */
  siteRoot: string;
  /** The clock, for the default day and moment. */
  now?: Date;
}

/** No cache: every version and change page is rendered. */
export const RENDER_ALL: ArchivePlan = { keys: { editions: {}, data: {}, changes: {} }, reused: { editions: [], data: [], changes: [] } };

const set = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/**
 * The plan of a build from `env`, with nothing taken from the archive yet (integration.ts adds that). Every bad
 * setting is reported together in one BuildPlanError.
 */
export function planFromEnv(env: Record<string, string | undefined>, options: PlanOptions): BuildPlan {
  const problems: string[] = [];
  const now = options.now ?? new Date();
  const displayBase = env['INIT_CWD'] ?? process.cwd();
  const fromCwd = (value: string) => path.resolve(displayBase, value);

  const rawMode = env['STRATEGI_BUILD']?.trim() ?? '';
  if (!['', 'public', 'preview'].includes(rawMode)) problems.push(`STRATEGI_BUILD må være «preview» eller stå tomt (offentlig bygging), ikke «${rawMode}».`);
  const mode: BuildMode = rawMode === 'preview' ? 'preview' : 'public';

  const contentDir = set(env['STRATEGI_CONTENT']) ? fromCwd(env['STRATEGI_CONTENT']) : path.resolve(options.siteRoot, '../../content');
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory())
    problems.push(`Innholdsmappen ${contentDir} finnes ikke. Sett STRATEGI_CONTENT til mappen med strategi.md (relativt til mappen kommandoen startes fra).`);

  const outDir = set(env['STRATEGI_DIST']) ? fromCwd(env['STRATEGI_DIST']) : path.join(options.siteRoot, mode === 'preview' ? 'dist-preview' : 'dist');
  const cacheDir = set(env['STRATEGI_CACHE_DIR']) ? fromCwd(env['STRATEGI_CACHE_DIR']) : undefined;

  let today = '';
  const rawDay = env['STRATEGI_BUILD_DATE']?.trim();
  if (rawDay && !realDay(rawDay)) problems.push(dayProblem(rawDay));
  else today = buildDay(rawDay, now);

  let at = now.toISOString();
  const rawTime = env['STRATEGI_BUILD_TIME']?.trim();
  if (rawTime) {
    const time = Date.parse(rawTime);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(rawTime) || Number.isNaN(time))
      problems.push(`STRATEGI_BUILD_TIME må være et tidspunkt med tidssone, for eksempel 2027-01-15T10:00+01:00, ikke «${rawTime}».`);
    else at = new Date(time).toISOString();
  }

  const siteUrl = siteAddress(env['STRATEGI_SITE_URL'], problems);

  const rawPdf = env['STRATEGI_PDF']?.trim() ?? '';
  if (!['', '0', '1'].includes(rawPdf)) problems.push(`STRATEGI_PDF må være 0 (uten PDF) eller 1 (med PDF), ikke «${rawPdf}».`);
  for (const name of ['STRATEGI_PREVIEW_INTERNAL', 'STRATEGI_VSCODE_LINKS']) {
    const raw = env[name]?.trim() ?? '';
    if (!['', '0', '1'].includes(raw)) problems.push(`${name} må være 0 (av) eller 1 (på), ikke «${raw}».`);
  }

  let edit: EditConfig = { repoUrl: undefined, vscode: false, internal: false };
  try {
    edit = editConfig(env);
  } catch (error) {
    if (!(error instanceof EditConfigError)) throw error;
    problems.push(error.message);
  }

  if (problems.length) throw new BuildPlanError(problems);
  const reviewEdition = env['STRATEGI_REVIEW_EDITION']?.trim() || undefined;
  const pdfFonts = set(env['STRATEGI_PDF_FONTS']) ? fromCwd(env['STRATEGI_PDF_FONTS']) : DEBIAN_DEJAVU;
  return { contentDir, displayBase, mode, outDir, today, at, siteUrl, pdf: rawPdf !== '0', pdfFonts, cacheDir, edit, reviewEdition, archive: RENDER_ALL };
}

/** True for YYYY-MM-DD naming a day of the calendar (not 2027-02-30). */
function realDay(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

/** STRATEGI_SITE_URL as a URL, or undefined when it is unset; anything but an http(s) address is a problem. */
function siteAddress(value: string | undefined, problems: string[]): string | undefined {
  if (!set(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    problems.push(`STRATEGI_SITE_URL må være nettstedets fulle adresse, for eksempel https://strategi.example.no, ikke «${value}».`);
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push(`STRATEGI_SITE_URL må begynne med https:// (eller http://), ikke «${value}».`);
    return undefined;
  }
  return url.href;
}
