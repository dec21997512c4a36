import type { Corpus, Edition } from '@strategi/model';
import type { BuildMode } from './build.ts';

/**
 * The editions a build publishes. The public site gets only released versions the public may read
 * (consultation, adopted, superseded); the preview adds draft versions and the working draft, last.
 */
export function includedEditions(corpus: Pick<Corpus, 'versions' | 'working'>, mode: BuildMode): Edition[] {
  if (mode === 'public') return corpus.versions.filter((edition) => edition.isPublic);
  return [...corpus.versions, corpus.working];
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
