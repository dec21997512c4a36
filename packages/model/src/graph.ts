import { createProblem, type Problem } from '@strategi/problems';
import { compareIds, type DocumentKind, documentKindNames, documentKinds, type Relation, relations } from '@strategi/schema';
import { classifyLink } from './links/document-link.ts';
import type { AnyDoc, DocOf, GraphIndex, PartialDoc } from './types.ts';

/** The ids of an edition: documents by id and by former id, with a problem for every clash. */
export interface IdIndex {
  byId: Map<string, AnyDoc>;
  aliases: Map<string, AnyDoc>;
  problems: Problem[];
}

/**
 * Indexes ids and former ids (aliases). Ids are compared exactly, and clashes are also found ignoring case: `Udir`
 * and `udir` would be one file and one address on Windows and macOS. A file's name must be its id.
 */
export function indexIds(documents: readonly AnyDoc[]): IdIndex {
  const byId = new Map<string, AnyDoc>();
  const byLowerCase = new Map<string, AnyDoc>();
  const problems: Problem[] = [];
  for (const doc of documents) {
    const place = doc.positions.values['id'];
    const other = byId.get(doc.id);
    const caseTwin = byLowerCase.get(doc.id.toLowerCase());
    if (other) problems.push(createProblem('id/duplicate', { id: doc.id, other: other.file }, doc.file, place));
    else if (caseTwin) problems.push(createProblem('id/differs-only-in-case', { id: doc.id, otherId: caseTwin.id, other: caseTwin.file }, doc.file, place));
    else {
      byId.set(doc.id, doc);
      byLowerCase.set(doc.id.toLowerCase(), doc);
    }
    const name = doc.path.split('/').at(-1)!;
    if (doc.kind !== 'strategy' && name !== `${doc.id}.md`) {
      problems.push(createProblem('id/file-name-mismatch', { id: doc.id, name, expected: `${doc.id}.md` }, doc.file, place));
    }
  }
  const aliases = new Map<string, AnyDoc>();
  for (const doc of documents) {
    for (const [i, alias] of doc.data.aliases.entries()) {
      const place = doc.positions.values[`aliases.${i}`];
      if (!documentKinds[doc.kind].idPattern.test(alias)) {
        problems.push(createProblem('id/invalid-alias', { alias, example: documentKinds[doc.kind].idExample }, doc.file, place));
        continue;
      }
      const taken = byId.get(alias) ?? aliases.get(alias) ?? byLowerCase.get(alias.toLowerCase());
      if (taken) problems.push(createProblem('id/alias-taken', { alias, other: taken.file }, doc.file, place));
      else aliases.set(alias, doc);
    }
  }
  return { byId, aliases, problems };
}

/** The ids a document's reference field holds, with the dotted path of each (`goals.1`). */
export function idsInField(doc: Pick<AnyDoc, 'data'> | Pick<PartialDoc, 'data'>, field: string): { id: string; path: string }[] {
  const [list, inner] = field.split('.') as [string, string | undefined];
  if (inner !== undefined) {
    // A reference inside the objects of a list (`entries.measure`): one id per entry.
    const entries = (doc.data as Record<string, unknown>)[list];
    if (!Array.isArray(entries)) return [];
    return entries.flatMap((entry, i) => {
      const id = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)[inner] : undefined;
      return typeof id === 'string' ? [{ id, path: `${list}.${i}.${inner}` }] : [];
    });
  }
  const value = (doc.data as Record<string, unknown>)[field];
  if (typeof value === 'string') return [{ id: value, path: field }];
  if (Array.isArray(value)) return value.flatMap((id, i) => (typeof id === 'string' ? [{ id, path: `${field}.${i}` }] : []));
  return [];
}

/** Documents in the order lists show them: focus areas by their `order`, the rest by id as people count. */
export function compareDocs(a: AnyDoc, b: AnyDoc): number {
  return (
    documentKindNames.indexOf(a.kind) - documentKindNames.indexOf(b.kind) ||
    (a.kind === 'focusArea' && b.kind === 'focusArea' ? a.data.order - b.data.order : 0) ||
    compareIds(a.id, b.id)
  );
}

function push(map: Map<AnyDoc, Map<string, AnyDoc[]>>, doc: AnyDoc, key: string, value: AnyDoc): void {
  let byKey = map.get(doc);
  if (!byKey) {
    byKey = new Map();
    map.set(doc, byKey);
  }
  const list = byKey.get(key);
  if (!list) byKey.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * The links of an edition in both directions, computed once from the relations the schema declares (`ref()`) and
 * the document links in the bodies. References are resolved here, once: an id or a former id (alias) leads to the
 * document that carries it now, so every consumer sees the same graph. Unknown ids are left out (a rule reports
 * them).
 */
export function buildIndex(documents: readonly AnyDoc[], ids: Pick<IdIndex, 'byId' | 'aliases'>): GraphIndex {
  const sorted = [...documents].sort(compareDocs);
  const byKind = Object.fromEntries(documentKindNames.map((kind) => [kind, [] as AnyDoc[]])) as unknown as GraphIndex['byKind'];
  for (const doc of sorted) (byKind[doc.kind] as AnyDoc[]).push(doc);
  const strategy = byKind.strategy[0];
  const resolve = (id: string) => ids.byId.get(id) ?? ids.aliases.get(id);
  const outgoing = new Map<AnyDoc, Map<string, AnyDoc[]>>();
  const incoming = new Map<AnyDoc, Map<string, AnyDoc[]>>();
  const relationsByKind = new Map<DocumentKind, Relation[]>(documentKindNames.map((kind) => [kind, relations.filter((relation) => relation.from === kind)]));

  for (const doc of sorted) {
    for (const relation of relationsByKind.get(doc.kind)!) {
      for (const { id } of idsInField(doc, relation.field)) {
        const target = resolve(id);
        if (target?.kind !== relation.to) continue;
        push(outgoing, doc, relation.field, target);
        push(incoming, target, relation.key, doc);
      }
    }
    for (const link of doc.links) {
      const classified = classifyLink(link.url, doc.path);
      if (classified.type !== 'document') continue;
      const target = classified.target.kind === 'strategy' && classified.target.form === 'path' ? strategy : resolve(classified.target.id);
      if (target && target !== doc && target.kind === classified.target.kind) {
        push(incoming, target, BODY_LINK, doc);
        push(outgoing, doc, BODY_LINK, target);
      }
    }
  }
  const empty: AnyDoc[] = [];
  return {
    strategy,
    byKind,
    targets: <K extends DocumentKind>(doc: AnyDoc, field: string) => (outgoing.get(doc)?.get(field) ?? empty) as DocOf<K>[],
    sources: <K extends DocumentKind>(doc: AnyDoc, relationKey: `${K}.${string}`) => (incoming.get(doc)?.get(relationKey) ?? empty) as DocOf<K>[],
    linkedFrom: (doc: AnyDoc) => incoming.get(doc)?.get(BODY_LINK) ?? empty,
    linksTo: (doc: AnyDoc) => outgoing.get(doc)?.get(BODY_LINK) ?? empty,
    resolve,
  };
}

/** The key under which body links are kept beside the relations. */
const BODY_LINK = '#body';

/** The title readers know a document by (an actor's name). */
export function titleOf(doc: AnyDoc): string {
  return String((doc.data as Record<string, unknown>)[documentKinds[doc.kind].titleField] ?? doc.id);
}
