import { compareIds, compareKinds, type DocumentKind, documentKinds, relations } from '@strategi/schema';
import { diffWords } from 'diff';
import { titleOf } from '../graph.ts';
import { classifyLink } from '../links/document-link.ts';
import { publicMarkdown } from '../render/public-markdown.ts';
import type { AnyDoc, Edition } from '../types.ts';
import { canonicalJson } from '../versions/seal.ts';
import { ignoredFields, setFields } from './fields.ts';
import { diffParagraphs, type ParagraphChange } from './paragraphs.ts';

export { type BlockKind, blocksOf, condenseWords, diffParagraphs, type ParagraphChange } from './paragraphs.ts';
export { type DiffSummary, type KindCounts, summariseDiff } from './summary.ts';

/** A document named in a diff. */
export interface DocRef {
  id: string;
  kind: DocumentKind;
  title: string;
}

/**
 * One frontmatter field that differs between two editions, as data: the views word it (in nb, nn or en). Reference
 * fields hold resolved ids, so a renamed document named by its former id is no change.
 */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /** For list fields: the items that came and went (as they appear in the list). */
  added?: unknown[];
  removed?: unknown[];
  /** For list fields whose order means something: the same items in another order. */
  reordered?: boolean;
}

/** A run of prose: kept, added or removed words. */
export interface ProsePart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** A document found in both editions whose frontmatter or body differs. */
export interface DocChange extends DocRef {
  /** The id in the older edition, when the document was renamed (its new file lists the old id under `aliases`). */
  previousId?: string;
  fields: FieldChange[];
  /** Whether the body's published text changed (cheap: the word diffs below are computed each time they are read). */
  textChanged: boolean;
  /** Word diff of the body's Markdown source (for editors); undefined when the body did not change. */
  readonly prose: ProsePart[] | undefined;
  /** The body's changes as readers see them: rendered blocks added, removed or changed; empty when only the source changed. */
  readonly paragraphs: readonly ParagraphChange[];
}

/** What changed from one edition to another. */
export interface EditionDiff {
  from: string;
  to: string;
  added: DocRef[];
  removed: DocRef[];
  changed: DocChange[];
}

/**
 * Compares two editions document by document. Documents are matched by id, or by a former id listed in
 * the newer document's `aliases`. Frontmatter is compared field by field (list fields whose order means
 * nothing as sets), the body word by word as it is published (`publicMarkdown`: no comments, link definitions or
 * raw HTML). `internalNote` is never compared and never shown.
 * Everything comes out sorted: kind order, then id with numbers in numeric order.
 */
export function diffEditions(from: Edition, to: Edition): EditionDiff {
  const matched = new Map<AnyDoc, { before: AnyDoc; previousId?: string }>();
  const used = new Set<AnyDoc>();
  for (const doc of to.documents) {
    const same = from.byId.get(doc.id);
    if (same && same.kind === doc.kind) {
      matched.set(doc, { before: same });
      used.add(same);
    }
  }
  for (const doc of to.documents) {
    if (matched.has(doc)) continue;
    for (const alias of doc.data.aliases) {
      const before = from.byId.get(alias);
      if (before && before.kind === doc.kind && !used.has(before)) {
        matched.set(doc, { before, previousId: alias });
        used.add(before);
        break;
      }
    }
  }

  // A reference in the older edition is compared by the id its document has in the newer one, so that a renamed
  // document that others still name by its former id is no change in them.
  const laterIds = new Map<AnyDoc, string>([...matched].map(([doc, { before }]) => [before, doc.id]));
  const laterIdOf = (doc: AnyDoc) => laterIds.get(doc) ?? doc.id;
  const added: DocRef[] = [];
  const changed: DocChange[] = [];
  for (const doc of to.documents) {
    const match = matched.get(doc);
    if (!match) {
      added.push(refOf(doc));
      continue;
    }
    const fields = diffFields(match.before, doc, from, to, laterIdOf);
    // Compared as published: comments, unused definitions and raw HTML are no change; a link's form is none either.
    // publicMarkdown is a function of its text alone, so two bodies the same with their links written one way are
    // the same as published, and the costly rendering is left to the bodies that differ (one in a thousand after a save).
    const beforeSource = canonicalLinks(match.before, from);
    const afterSource = canonicalLinks(doc, to);
    const textChanged = beforeSource !== afterSource && normaliseText(publicMarkdown(beforeSource)) !== normaliseText(publicMarkdown(afterSource));
    if (fields.length === 0 && !textChanged && match.previousId === undefined) continue;
    changed.push(
      withTextDiffs(
        { ...refOf(doc), ...(match.previousId === undefined ? {} : { previousId: match.previousId }), fields, textChanged },
        publicMarkdown(beforeSource),
        publicMarkdown(afterSource),
      ),
    );
  }
  const removed = from.documents.filter((doc) => !used.has(doc)).map(refOf);
  return { from: from.id, to: to.id, added: added.sort(compareRefs), removed: removed.sort(compareRefs), changed: changed.sort(compareRefs) };
}

/** True when nothing was added, removed or changed. */
export function isEmptyDiff(diff: EditionDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

/** Kind order as in the schema, then id with numbers compared as numbers (T-2 before T-10). */
export function compareRefs(a: DocRef, b: DocRef): number {
  return compareKinds(a.kind, b.kind) || compareIds(a.id, b.id);
}

function refOf(doc: AnyDoc): DocRef {
  return { id: doc.id, kind: doc.kind, title: titleOf(doc) };
}

/** The fields of a kind in the order the schema declares them, then any others. */
function fieldOrder(kind: DocumentKind, before: object, after: object): string[] {
  const declared = Object.keys((documentKinds[kind].schema as unknown as { shape: Record<string, unknown> }).shape);
  const extra = [...Object.keys(before), ...Object.keys(after)].filter((key) => !declared.includes(key)).sort();
  return [...new Set([...declared, ...extra])].filter((field) => !ignoredFields.has(field));
}

function diffFields(before: AnyDoc, after: AnyDoc, from: Edition, to: Edition, laterIdOf: (doc: AnyDoc) => string): FieldChange[] {
  const a = comparableData(before, from, laterIdOf);
  const b = comparableData(after, to, (doc) => doc.id);
  const changes: FieldChange[] = [];
  for (const field of fieldOrder(after.kind, a, b)) {
    const change = diffField(field, a[field], b[field]);
    if (change) changes.push(change);
  }
  return changes;
}

/** The data as the diff compares it: references resolved to the ids their documents carry in their own edition. */
function comparableData(doc: AnyDoc, edition: Edition, idOf: (doc: AnyDoc) => string): Record<string, unknown> {
  const data = { ...(doc.data as Record<string, unknown>) };
  for (const relation of relations) {
    if (relation.from !== doc.kind || !(relation.field in data)) continue;
    const resolveId = (id: unknown) => {
      const target = typeof id === 'string' ? edition.index.resolve(id) : undefined;
      return target ? idOf(target) : id;
    };
    const value = data[relation.field];
    data[relation.field] = Array.isArray(value) ? value.map(resolveId) : resolveId(value);
  }
  return data;
}

function diffField(field: string, before: unknown, after: unknown): FieldChange | undefined {
  const emptyList = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);
  const listOrNothing = (value: unknown) => value === undefined || Array.isArray(value);
  // A field may change shape (`example: true` → `example: [status]`): compared as lists only when both sides are.
  if ((Array.isArray(before) || Array.isArray(after)) && listOrNothing(before) && listOrNothing(after)) {
    if (emptyList(before) && emptyList(after)) return undefined;
    const was = (before as unknown[] | undefined) ?? [];
    const now = (after as unknown[] | undefined) ?? [];
    const wasKeys = was.map(stableJson);
    const nowKeys = now.map(stableJson);
    const added = now.filter((_, i) => !wasKeys.includes(nowKeys[i]!));
    const removed = was.filter((_, i) => !nowKeys.includes(wasKeys[i]!));
    if (added.length === 0 && removed.length === 0) {
      if (setFields.has(field) || wasKeys.join('\u0000') === nowKeys.join('\u0000')) return undefined;
      return { field, before, after, added, removed, reordered: true };
    }
    return { field, before, after, added, removed };
  }
  if (stableJson(before) === stableJson(after)) return undefined;
  return { field, before, after };
}

function stableJson(value: unknown): string {
  return canonicalJson(value) ?? 'undefined';
}

/**
 * A body with every document link written one way (the shorthand `tiltak:T-1#heading`, the id resolved in its edition), so that a
 * link that changed form (`tiltak:T-1` → `../tiltak/T-1.md`) but points at the same document is no change.
 */
function canonicalLinks(doc: AnyDoc, edition: Edition): string {
  const canonical = (url: string) => {
    const link = classifyLink(url, doc.path);
    if (link.type !== 'document') return url;
    const { kind, id, fragment } = link.target;
    const target = kind === 'strategy' ? edition.index.strategy : edition.index.resolve(id);
    return `${documentKinds[kind].link}:${target?.id ?? id}${fragment ? `#${fragment}` : ''}`;
  };
  return doc.body
    .replace(/\]\(\s*<?([^()\s<>]+)>?((?:\s+"[^"]*")?\s*)\)/g, (_, url: string, rest: string) => `](${canonical(url)}${rest})`)
    .replace(/^( {0,3}\[[^\]]+\]:\s*)<?(\S+?)>?(\s|$)/gm, (_, head: string, url: string, tail: string) => `${head}${canonical(url)}${tail}`);
}

/** Word diff of two bodies; undefined when they are the same but for line endings and trailing space. */
const normaliseText = (text: string) => text.replace(/\r\n?/g, '\n').trimEnd();

/**
 * Adds a change's word diffs as properties computed when read, and not kept on the change: most readers of a diff
 * (the summary, input traces, feeds) only ask whether the text changed, and the word diffs of every changed body
 * between distant versions are the costliest part of a diff, in time and in memory (a build keeps its diffs for
 * every page that names them; a diff of 10,000 documents holding its word diffs took over a gigabyte). The
 * paragraph diffs of the most recent pairs of texts are kept in a bounded memo (diffParagraphs). Read each once.
 */
function withTextDiffs(change: Omit<DocChange, 'prose' | 'paragraphs'>, before: string, after: string): DocChange {
  return Object.defineProperties(change as DocChange, {
    prose: { enumerable: true, get: () => diffProse(before, after) },
    paragraphs: { enumerable: true, get: () => (change.textChanged ? diffParagraphs(before, after) : []) },
  });
}

function diffProse(before: string, after: string): ProsePart[] | undefined {
  const a = normaliseText(before);
  const b = normaliseText(after);
  if (a === b) return undefined;
  return diffWords(a, b).map((change) => ({
    value: change.value,
    ...(change.added ? { added: true } : {}),
    ...(change.removed ? { removed: true } : {}),
  }));
}
