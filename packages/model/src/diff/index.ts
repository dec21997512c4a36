import { type DocumentKind, documentKindNames, documentKinds } from '@strategi/schema';
import { diffWords } from 'diff';
import { publicMarkdown } from '../render/public-markdown.ts';
import type { AnyDoc, Edition } from '../types.ts';
import { ignoredFields, labelOf, setFields, statusLabels } from './labels.ts';

export { fieldLabels, kindLabels, labelOf } from './labels.ts';

/** A document named in a diff. */
export interface DocRef {
  id: string;
  kind: DocumentKind;
  title: string;
}

/** One frontmatter field that differs between two editions. */
export interface FieldChange {
  field: string;
  /** The field's name in bokmål, e.g. «frist». */
  label: string;
  before: unknown;
  after: unknown;
  /** The change as a phrase, e.g. «frist endret fra 2026 til 2027». */
  text: string;
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
  /** Word diff of the body; undefined when the body did not change. */
  prose: ProsePart[] | undefined;
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

  const added: DocRef[] = [];
  const changed: DocChange[] = [];
  for (const doc of to.documents) {
    const match = matched.get(doc);
    if (!match) {
      added.push(refOf(doc));
      continue;
    }
    const fields = diffFields(match.before, doc);
    const prose = diffProse(publicMarkdown(match.before.body), publicMarkdown(doc.body));
    if (fields.length === 0 && prose === undefined && match.previousId === undefined) continue;
    changed.push({ ...refOf(doc), ...(match.previousId === undefined ? {} : { previousId: match.previousId }), fields, prose });
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
  return documentKindNames.indexOf(a.kind) - documentKindNames.indexOf(b.kind) || a.id.localeCompare(b.id, 'nb', { numeric: true });
}

function refOf(doc: AnyDoc): DocRef {
  const data = doc.data as { title?: string; name?: string };
  return { id: doc.id, kind: doc.kind, title: data.title ?? data.name ?? doc.id };
}

/** The fields of a kind in the order the schema declares them, then any others. */
function fieldOrder(kind: DocumentKind, before: object, after: object): string[] {
  const declared = Object.keys((documentKinds[kind].schema as unknown as { shape: Record<string, unknown> }).shape);
  const extra = [...Object.keys(before), ...Object.keys(after)].filter((key) => !declared.includes(key)).sort();
  return [...new Set([...declared, ...extra])].filter((field) => !ignoredFields.has(field));
}

function diffFields(before: AnyDoc, after: AnyDoc): FieldChange[] {
  const a = before.data as Record<string, unknown>;
  const b = after.data as Record<string, unknown>;
  const changes: FieldChange[] = [];
  for (const field of fieldOrder(after.kind, a, b)) {
    const change = diffField(field, a[field], b[field]);
    if (change) changes.push(change);
  }
  return changes;
}

function diffField(field: string, before: unknown, after: unknown): FieldChange | undefined {
  const label = labelOf(field);
  const emptyList = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);
  if (Array.isArray(before) || Array.isArray(after)) {
    if (emptyList(before) && emptyList(after)) return undefined;
    const was = ((before as unknown[] | undefined) ?? []).map((item) => render(field, item));
    const now = ((after as unknown[] | undefined) ?? []).map((item) => render(field, item));
    const addedItems = now.filter((item) => !was.includes(item));
    const removedItems = was.filter((item) => !now.includes(item));
    const parts = [...(addedItems.length ? [`la til ${addedItems.join(', ')}`] : []), ...(removedItems.length ? [`fjernet ${removedItems.join(', ')}`] : [])];
    if (parts.length === 0) {
      if (setFields.has(field) || stableJson(before) === stableJson(after)) return undefined;
      parts.push(was.join('|') === now.join('|') ? 'endret' : 'rekkefølgen endret');
    }
    return { field, label, before, after, text: `${label}: ${parts.join('; ')}` };
  }
  if (stableJson(before) === stableJson(after)) return undefined;
  const text =
    before === undefined
      ? `${label} satt til ${render(field, after)}`
      : after === undefined
        ? `${label} fjernet (var ${render(field, before)})`
        : `${label} endret fra ${render(field, before)} til ${render(field, after)}`;
  return { field, label, before, after, text };
}

/** A value as a reader would write it: a period as 2023–2025, a status in bokmål, a source by its title. */
function render(field: string, value: unknown): string {
  if (value === undefined || value === null) return '(ingen)';
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  if (typeof value === 'string') return field === 'status' ? (statusLabels[value] ?? value) : value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('start' in record && 'end' in record && Object.keys(record).length === 2) return `${String(record['start'])}–${String(record['end'])}`;
    if (field === 'sources') return record['url'] ? `${String(record['title'])} (${String(record['url'])})` : String(record['title']);
    if (field === 'history') {
      const status = statusLabels[String(record['status'])] ?? String(record['status']);
      return `${String(record['date'])} ${status}${record['note'] ? ` (${String(record['note'])})` : ''}`;
    }
  }
  return stableJson(value);
}

function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, item: unknown) =>
      item && typeof item === 'object' && !Array.isArray(item)
        ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : item,
    ) ?? 'undefined'
  );
}

/** Word diff of two bodies; undefined when they are the same but for line endings and trailing space. */
function diffProse(before: string, after: string): ProsePart[] | undefined {
  const a = before.replace(/\r\n?/g, '\n').trimEnd();
  const b = after.replace(/\r\n?/g, '\n').trimEnd();
  if (a === b) return undefined;
  return diffWords(a, b).map((change) => ({
    value: change.value,
    ...(change.added ? { added: true } : {}),
    ...(change.removed ? { removed: true } : {}),
  }));
}
