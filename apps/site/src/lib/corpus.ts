/**
 * The one read of the content per build: `loadCorpus` from the model, memoised, with the editions this build
 * publishes. Content with errors stops the build with the lines `strategi validate` prints.
 */
import { buildTime, type Corpus, type Doc, type Edition, loadCorpus } from '@strategi/model';
import { formatProblem, formatSummary, type Problem } from '@strategi/problems';
import { type BuildMode, buildDay, buildMode, contentFolder } from './build.ts';
import { currentAt, includedEditions } from './editions.ts';
import { reportsBy } from './reports.ts';

export interface SiteData {
  corpus: Corpus;
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
export class ContentErrors extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], fileCount: number, milliseconds: number) {
    super(
      `The content has errors; the site was not built.\n\n${problems.map((problem) => formatProblem(problem)).join('\n')}\n\n${formatSummary(problems, fileCount, milliseconds)}`,
    );
    this.name = 'ContentErrors';
    this.problems = problems;
  }
}

/** Reads a content folder and picks the editions a build of `mode` includes. Pure apart from the read. */
export async function loadSite(
  folder: string,
  mode: BuildMode,
  displayBase = process.env['INIT_CWD'] ?? process.cwd(),
  today = buildDay(),
  at = buildTime(),
): Promise<SiteData> {
  const started = performance.now();
  const corpus = await loadCorpus(folder, { displayBase });
  if (corpus.problems.some((problem) => problem.severity === 'error')) throw new ContentErrors(corpus.problems, corpus.fileCount, performance.now() - started);
  const editions = includedEditions(corpus, mode, at);
  return { corpus, mode, editions, current: currentAt(corpus, editions, at), today, at, displayBase, reports: reportsBy(corpus.working, today) };
}

/**
 * The memo lives on globalThis: in `astro dev` the pages run in Vite's module graph while the content watcher
 * (integrations/content-watch.ts) runs in the config's, two instances of this module that must share one memo.
 */
const MEMO = Symbol.for('strategi.site.loading');
const memo = globalThis as { [MEMO]?: Promise<SiteData> | undefined };

/** The site's data, read once per build however many pages ask for it (in dev: until the content changes). */
export function getSite(): Promise<SiteData> {
  memo[MEMO] ??= loadSite(contentFolder(), buildMode());
  return memo[MEMO];
}

/** Forgets the memoised read, so that the next page reads the content again. True when there was one. */
export function invalidateSite(): boolean {
  const had = memo[MEMO] !== undefined;
  memo[MEMO] = undefined;
  return had;
}
