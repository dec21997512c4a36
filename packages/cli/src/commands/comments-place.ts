/**
 * Reviewers' comments placed in the working draft: each comment anchored again against the document's source
 * (`anchorComment`), labelled «på plass», «flyttet» or «mistet stedet», with its replies, round, suggested edit and
 * disposition. The listing, the summary and the exports all read comments through this one step.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnyDoc, Edition } from '@strategi/model';
import {
  type AnchorLabel,
  anchorComment,
  type Comment,
  type Disposition,
  type DocumentSource,
  dispositionNames,
  type ReviewStore,
  type Round,
  roundOf,
  type SourcePlace,
} from '@strategi/review';

/** One comment with the place of its passage in the working draft. */
export interface PlacedComment {
  id: number;
  file: string | undefined;
  line: number;
  column: number;
  match: SourcePlace['kind'];
  /** Whether the passage is where it was, has moved or changed, or is gone. */
  anchor: AnchorLabel;
  document: string;
  edition: string;
  /** The round the comment was written in, or null when no round reviews its edition. */
  round: string | null;
  quote: string | null;
  comment: string;
  format: Comment['format'];
  reviewer: string;
  /** The name of the share link the comment came through: the organisation, for a case handler. */
  organisation: string | null;
  created: string;
  resolved: { at: string; by: string | null } | null;
  disposition: { value: Disposition['disposition']; label: string; reason: string | null; answeredIn: Disposition['answeredIn'] } | null;
  suggestion: { text: string; state: 'open' | 'accepted' | 'rejected'; reason: string | null } | null;
  replies: { id: number; comment: string; reviewer: string; created: string }[];
}

/** What of a document a passage can be found in: its body and its frontmatter's string fields (the title, …). */
export async function sourceOf(doc: AnyDoc, edition: Edition): Promise<DocumentSource> {
  const lines = (await readFile(path.join(edition.root, doc.path), 'utf8')).split('\n');
  const fields: DocumentSource['fields'] = [];
  for (const [key, value] of Object.entries(doc.data as Record<string, unknown>)) {
    const range = doc.positions.values[key];
    if (typeof value !== 'string' || !range) continue;
    // A quoted YAML value starts one character after its quote mark.
    const quoted = /["']/.test(lines[range.line - 1]?.[range.column - 1] ?? '');
    fields.push({ value, line: range.line, column: range.column + (quoted ? 1 : 0) });
  }
  return { body: doc.body, bodyLine: doc.bodyLine, fields };
}

export const findDocument = (edition: Edition, id: string): AnyDoc | undefined => edition.byId.get(id) ?? edition.aliases.get(id);

/** What the placing needs from the store besides the comments: rounds, dispositions, people and link names. */
export interface ReviewRecords {
  rounds: Round[];
  dispositions: Map<number, Disposition>;
  /** The name shown for each comment's writer: the person behind a group link, else the link's name. */
  writers: Map<number, string>;
  organisations: Map<string, string>;
}

export async function readRecords(store: ReviewStore, comments: Comment[]): Promise<ReviewRecords> {
  const ids = comments.map((comment) => comment.id);
  const [rounds, dispositions, people, links] = await Promise.all([store.listRounds(), store.dispositions(ids), store.commentPeople(ids), store.listLinks()]);
  return {
    rounds,
    dispositions,
    writers: new Map([...people].map(([id, person]) => [id, person.name])),
    organisations: new Map(links.map((link) => [link.id, link.name])),
  };
}

export async function placeComments(comments: Comment[], edition: Edition, records: ReviewRecords): Promise<PlacedComment[]> {
  const sources = new Map<string, DocumentSource>();
  const placed: PlacedComment[] = [];
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  for (const comment of comments) {
    if (comment.parentId !== null && byId.has(comment.parentId)) continue;
    const doc = findDocument(edition, comment.document);
    let source: DocumentSource | undefined;
    if (doc) {
      source = sources.get(doc.id) ?? (await sourceOf(doc, edition));
      sources.set(doc.id, source);
    }
    const { place, label } = anchorComment(source, comment.quote);
    const disposition = records.dispositions.get(comment.id);
    placed.push({
      id: comment.id,
      file: doc?.file,
      line: place.line,
      column: place.column,
      match: place.kind,
      anchor: label,
      document: comment.document,
      edition: comment.edition,
      round: roundOf(records.rounds, comment)?.name ?? null,
      quote: comment.quote?.exact ?? null,
      comment: comment.text,
      format: comment.format,
      reviewer: records.writers.get(comment.id) ?? comment.author,
      organisation: records.organisations.get(comment.linkId) ?? null,
      created: comment.createdAt,
      resolved: comment.resolvedAt ? { at: comment.resolvedAt, by: comment.resolvedBy } : null,
      disposition: disposition
        ? { value: disposition.disposition, label: dispositionNames[disposition.disposition], reason: disposition.reason, answeredIn: disposition.answeredIn }
        : null,
      suggestion: comment.suggestion ? { text: comment.suggestion.text, state: comment.suggestion.state, reason: comment.suggestion.reason } : null,
      replies: comments
        .filter((reply) => reply.parentId === comment.id)
        .map((reply) => ({ id: reply.id, comment: reply.text, reviewer: records.writers.get(reply.id) ?? reply.author, created: reply.createdAt })),
    });
  }
  // Documents gone from the working draft last; otherwise by file and place, in code point order like `validate`.
  const key = (item: PlacedComment) => (item.file === undefined ? `\u{10FFFF}${item.document}` : item.file);
  return placed.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) || a.line - b.line || a.column - b.column || a.id - b.id);
}
