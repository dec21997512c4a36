/**
 * The content with its released versions, read through the model and kept until it is older than `maxAgeMs`: a
 * release shows up without a restart, and a request never waits for more than one read at a time. The forms and
 * the published responses share one, so the content is read once per interval, not once for each.
 */
import { type Corpus, loadCorpus } from '@strategi/model';

export type ContentSource = () => Promise<Corpus>;

/** How old the read may get before a request reads the content again (`STRATEGI_HORING_RELOAD`). */
export const RELOAD_MS = 30_000;

export function contentSource(contentDir: string, maxAgeMs = RELOAD_MS, now: () => number = Date.now): ContentSource {
  let loaded: { at: number; corpus: Promise<Corpus> } | undefined;
  return () => {
    if (!loaded || now() - loaded.at > maxAgeMs) {
      const corpus = loadCorpus(contentDir);
      loaded = { at: now(), corpus };
      // A failed read is tried again on the next request, not kept.
      corpus.catch(() => {
        if (loaded?.corpus === corpus) loaded = undefined;
      });
    }
    return loaded.corpus;
  };
}
