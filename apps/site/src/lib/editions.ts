import { buildTime, type Corpus, currentEdition, type Edition, publicEditionsAt } from '@strategi/model';
import type { BuildMode } from './build.ts';

/**
 * The editions a build publishes. The public site gets only released versions the public may read at the build's
 * moment `at` (consultation, adopted, superseded, and a publishing moment that has come: the model decides); the
 * preview adds draft versions, versions scheduled for later and the working draft, last.
 */
export function includedEditions(corpus: Pick<Corpus, 'versions' | 'working'>, mode: BuildMode, at: Date = buildTime()): Edition[] {
  if (mode === 'public') return publicEditionsAt(corpus.versions, at);
  return [...corpus.versions, corpus.working];
}

/** The edition at the root: the current one among those public at `at`, taken from `editions` when it is there. */
export function currentAt(corpus: Pick<Corpus, 'versions'>, editions: readonly Edition[], at: Date = buildTime()): Edition | undefined {
  const current = currentEdition(publicEditionsAt(corpus.versions, at));
  return editions.find((edition) => edition.id === current?.id) ?? current;
}

/** The edition released just before `edition` among `editions` (which are ordered oldest first). */
export function predecessorOf(editions: readonly Edition[], edition: Edition): Edition | undefined {
  const i = editions.indexOf(edition);
  return i > 0 ? editions[i - 1] : undefined;
}

/** The newest released version in `editions`, for the preview's «changes since the last release». */
export function latestReleased(editions: readonly Edition[]): Edition | undefined {
  return editions.filter((edition) => edition.status !== 'working').at(-1);
}

/** A name for an edition in lists and headings. */
export function editionLabel(edition: Edition, workingLabel: string): string {
  return edition.version?.label ?? workingLabel;
}

/** A version's status word, or undefined when its label already says it («Vedtatt strategi, april 2023» is «Vedtatt»). */
export function statusUnsaid(label: string, status: string): string | undefined {
  return label.toLocaleLowerCase('nb').includes(status.toLocaleLowerCase('nb')) ? undefined : status;
}
