/**
 * Every document that has a page in some version, with where it is in each version: the «all versions of this
 * document» page and its JSON, which the version switcher reads. Rebuilt on every build, unlike the archived pages.
 */
import type { AnyDoc, Edition } from '@strategi/model';
import { type DocumentKind, documentKinds } from '@strategi/schema';
import { docSubPath, editionBase, findDoc } from '../urls.ts';

export interface DocHistory {
  kind: DocumentKind;
  id: string;
  /** The document's newest form, for its title. */
  latest: AnyDoc;
  /** Each edition of the build, oldest first, with the document's page there (by id or former id), if any. */
  entries: { edition: Edition; doc: AnyDoc | undefined; path: string | undefined }[];
}

const HISTORY_PATH = 'historikk';

/** `historikk/tiltak/T-1/`: the sub-path of a document's «all versions» page. */
export function historySubPath(kind: DocumentKind, id: string): string {
  return `${HISTORY_PATH}/${documentKinds[kind].folder}/${id}/`;
}

/** `/historikk/tiltak/T-1.json`: where the switcher finds the document in each version. */
export function historyJsonPath(kind: DocumentKind, id: string): string {
  return `/${HISTORY_PATH}/${documentKinds[kind].folder}/${id}.json`;
}

/**
 * The histories of every document of `editions` but the strategy (whose page is each version's front page) and the
 * progress reports (dated documents of the working folder, not part of a version).
 */
export function documentHistories(editions: readonly Edition[]): DocHistory[] {
  const seen = new Map<string, { kind: DocumentKind; id: string }>();
  for (const edition of editions) {
    for (const doc of edition.documents) {
      if (doc.kind === 'strategy' || !documentKinds[doc.kind].versioned) continue;
      seen.set(historySubPath(doc.kind, doc.id), { kind: doc.kind, id: doc.id });
    }
  }
  return [...seen.values()]
    .map(({ kind, id }) => {
      const entries = editions.map((edition) => {
        const found = findDoc(edition, id);
        const doc = found?.kind === kind ? found : undefined;
        return { edition, doc, path: doc ? `${editionBase(edition.id)}${docSubPath(doc)}` : undefined };
      });
      const latest = entries.findLast((entry) => entry.doc)!.doc!;
      return { kind, id, latest, entries };
    })
    .sort((a, b) => (a.kind === b.kind ? a.id.localeCompare(b.id, 'nb', { numeric: true }) : a.kind.localeCompare(b.kind)));
}
