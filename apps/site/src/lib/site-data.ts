/**
 * The one read of the content per build: `loadCorpus` from the model, memoised, with the editions this build
 * publishes. Content with errors stops the build with the lines `strategi validate` prints. The pages reach it
 * through `getSite()` (corpus.ts); the plan integration and the content watcher through `siteData(plan)`.
 */
import { type Corpus, type Doc, type Edition, keepParsedBodies, loadCorpus, type SiteIdentity, siteIdentity } from '@strategi/model';
import { formatProblem, formatSummary, type Problem } from '@strategi/problems';
import type { BuildPlan } from '../plan/build-plan.ts';
import { type BuildMode, buildDay } from './build.ts';
import { currentAt, includedEditions } from './editions.ts';
import { reportsBy } from './reports.ts';

export interface SiteData {
  corpus: Corpus;
  /** The site's name, owners, contact and licence holder, from the content (`nettsted.yaml` and the strategy). */
  identity: SiteIdentity;
  mode: BuildMode;
  /** The editions this build shows, oldest first; the working draft last in preview builds. */
  editions: Edition[];
  /** The edition served at the root, or undefined when nothing is public yet. */
  current: Edition | undefined;
  /** The day the build counts as today (YYYY-MM-DD), for the progress overview and the status timeline. */
  today: string;
  /** The moment the build counts as now (STRATEGI_BUILD_TIME), for versions scheduled to be published later. */
  at: Date;
  /** The progress reports published by `today` (never a draft), oldest reporting date first. */
  reports: Doc<'progressReport'>[];
  /** The folder problem paths are relative to (`Problem.file`). */
  displayBase: string;
}

/** Thrown when the content has errors; its message is the validator's report. */
class ContentErrors extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], fileCount: number, milliseconds: number) {
    super(
      `The content has errors; the site was not built.\n\n${problems.map((problem) => formatProblem(problem)).join('\n')}\n\n${formatSummary(problems, fileCount, milliseconds)}`,
    );
    this.name = 'ContentErrors';
    this.problems = problems;
  }
}

/**
 * Reads a content folder and picks the editions a build of `mode` includes. Pure apart from the read, and from keeping
 * the parsed bodies in the process for the pages.
 */
export async function loadSite(folder: string, mode: BuildMode, displayBase = process.cwd(), today = buildDay(undefined), at = new Date()): Promise<SiteData> {
  const started = performance.now();
  // The pages render the bodies the validator has just parsed: kept, each is tokenised once per build, not twice.
  keepParsedBodies();
  const corpus = await loadCorpus(folder, { displayBase });
  if (corpus.problems.some((problem) => problem.severity === 'error')) throw new ContentErrors(corpus.problems, corpus.fileCount, performance.now() - started);
  const editions = includedEditions(corpus, mode, at);
  return {
    corpus,
    identity: siteIdentity(corpus),
    mode,
    editions,
    current: currentAt(corpus, editions, at),
    today,
    at,
    displayBase,
    reports: reportsBy(corpus.working, today),
  };
}

/** What of the plan the site's data is read by. */
export type SiteInputs = Pick<BuildPlan, 'contentDir' | 'mode' | 'displayBase' | 'today' | 'at'>;

/**
 * The memo is a cache of `loadSite(inputs)`, never a way to pass settings: the plan reaches the pages through
 * `virtual:strategi/plan`. It lives on globalThis because the same read is wanted from two module graphs — the
 * config's (the plan integration, which needs the editions for the archive's keys, and in `astro dev` the content
 * watcher, which forgets it when the content changes) and the pages' (the build's bundle, or Vite's module graph in
 * dev) — and reading the content twice would double the build's time and memory for a large corpus.
 */
const MEMO = Symbol.for('strategi.site.data');
const memo = globalThis as { [MEMO]?: { key: string; site: Promise<SiteData> } | undefined };

/** The site's data for `inputs`, read once however many pages ask for it (in dev: until the content changes). */
export function siteData(inputs: SiteInputs): Promise<SiteData> {
  const key = JSON.stringify([inputs.contentDir, inputs.mode, inputs.displayBase, inputs.today, inputs.at]);
  if (memo[MEMO]?.key !== key) memo[MEMO] = { key, site: loadSite(inputs.contentDir, inputs.mode, inputs.displayBase, inputs.today, new Date(inputs.at)) };
  return memo[MEMO].site;
}

/** Forgets the memoised read, so that the next page reads the content again. True when there was one. */
export function invalidateSite(): boolean {
  const had = memo[MEMO] !== undefined;
  memo[MEMO] = undefined;
  return had;
}
