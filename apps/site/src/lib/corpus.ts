/**
 * The one read of the content per build: `loadCorpus` from the model, memoised, with the editions this build
 * publishes. Content with errors stops the build with the lines `strategi validate` prints.
 */
import { currentEdition, loadCorpus, type Corpus, type Edition } from '@strategi/model';
import { formatProblem, formatSummary, type Problem } from '@strategi/problems';
import { buildMode, contentFolder, type BuildMode } from './build.ts';
import { includedEditions } from './editions.ts';

export interface SiteData {
  corpus: Corpus;
  mode: BuildMode;
  /** The editions this build shows, oldest first; the working draft last in preview builds. */
  editions: Edition[];
  /** The edition served at the root, or undefined when nothing is public yet. */
  current: Edition | undefined;
}

/** Thrown when the content has errors; its message is the validator's report. */
export class ContentErrors extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], fileCount: number, milliseconds: number) {
    super(`The content has errors; the site was not built.\n\n${problems.map((problem) => formatProblem(problem)).join('\n')}\n\n${formatSummary(problems, fileCount, milliseconds)}`);
    this.name = 'ContentErrors';
    this.problems = problems;
  }
}

/** Reads a content folder and picks the editions a build of `mode` includes. Pure apart from the read. */
export async function loadSite(folder: string, mode: BuildMode, displayBase = process.env['INIT_CWD'] ?? process.cwd()): Promise<SiteData> {
  const started = performance.now();
  const corpus = await loadCorpus(folder, { displayBase });
  if (corpus.problems.some((problem) => problem.severity === 'error')) throw new ContentErrors(corpus.problems, corpus.fileCount, performance.now() - started);
  const editions = includedEditions(corpus, mode);
  return { corpus, mode, editions, current: currentEdition(corpus.versions) };
}

let loading: Promise<SiteData> | undefined;

/** The site's data, read once per build however many pages ask for it. */
export function getSite(): Promise<SiteData> {
  loading ??= loadSite(contentFolder(), buildMode());
  return loading;
}
