/**
 * `strategi comments export <runde> --format docx|csv|json --out <fil>`: one round's comments as what a case
 * handler files (Word), or as data (CSV, JSON). Written atomically, and never over an existing file without
 * `--force`.
 */
import path from 'node:path';
import { type Corpus, replaceFile, titleOf, writeNewFile } from '@strategi/model';
import { csvText } from '@strategi/model/csv';
import { answerPath, type ReviewStore, type Round, roundOf } from '@strategi/review';
import { type CommandIO, UsageError } from '../io.ts';
import { roundDocx } from './comments-docx.ts';
import { findDocument, type PlacedComment, placeComments, readRecords } from './comments-place.ts';

export interface RoundExport {
  round: Pick<Round, 'name' | 'edition' | 'kind' | 'deadline' | 'caseNumber' | 'closedAt'>;
  exportedAt: string;
  documents: { document: string; title: string | null; file: string | null; exempt: boolean; comments: PlacedComment[] }[];
}

const exportFormats = ['docx', 'csv', 'json'] as const;

/** The round's comments with their replies, placed in the working draft and grouped by document in file order. */
async function roundExport(store: ReviewStore, round: Round, corpus: Corpus, now: Date): Promise<RoundExport> {
  const rounds = await store.listRounds();
  const all = await store.listComments({ edition: round.edition });
  const inRound = new Set(all.filter((comment) => comment.parentId === null && roundOf(rounds, comment)?.id === round.id).map((comment) => comment.id));
  const comments = all.filter((comment) => inRound.has(comment.parentId ?? comment.id));
  const placed = await placeComments(comments, corpus.working, await readRecords(store, comments));
  const documents: RoundExport['documents'] = [];
  for (const item of placed) {
    let group = documents.at(-1);
    if (group?.document !== item.document) {
      const doc = findDocument(corpus.working, item.document);
      group = {
        document: item.document,
        title: doc ? titleOf(doc) : null,
        file: item.file ?? null,
        exempt: round.exemptDocuments.includes(item.document),
        comments: [],
      };
      documents.push(group);
    }
    group.comments.push(item);
  }
  const { name, edition, kind, deadline, caseNumber, closedAt } = round;
  return { round: { name, edition, kind, deadline, caseNumber, closedAt }, exportedAt: now.toISOString(), documents };
}

/** One row per comment and per reply, with everything a spreadsheet of the round needs. */
function roundCsv(data: RoundExport): string {
  const rows: (string | number | null)[][] = [
    [
      'id',
      'reply_to',
      'document',
      'file',
      'line',
      'column',
      'anchor',
      'exempt',
      'quote',
      'comment',
      'reviewer',
      'organisation',
      'created',
      'suggestion',
      'suggestion_state',
      'resolved',
      'disposition',
      'reason',
      'answered_in',
    ],
  ];
  for (const doc of data.documents) {
    for (const item of doc.comments) {
      const answered = item.disposition?.answeredIn;
      rows.push([
        item.id,
        null,
        item.document,
        item.file ?? '',
        item.line,
        item.column,
        item.anchor,
        doc.exempt ? 'ja' : 'nei',
        item.quote,
        item.comment,
        item.reviewer,
        item.organisation,
        item.created,
        item.suggestion?.text ?? null,
        item.suggestion?.state ?? null,
        item.resolved?.at ?? null,
        item.disposition?.label ?? null,
        item.disposition?.reason ?? null,
        answered ? answerPath(item.edition, answered) : null,
      ]);
      for (const reply of item.replies) {
        rows.push([
          reply.id,
          item.id,
          item.document,
          item.file ?? '',
          item.line,
          item.column,
          item.anchor,
          doc.exempt ? 'ja' : 'nei',
          null,
          reply.comment,
          reply.reviewer,
          null,
          reply.created,
          null,
          null,
          null,
          null,
          null,
          null,
        ]);
      }
    }
  }
  return csvText(rows, { lineEnd: '\n' });
}

export async function exportRound(
  name: string,
  options: { format: string; out: string | undefined; force: boolean },
  store: ReviewStore,
  corpus: () => Promise<Corpus>,
  io: CommandIO,
): Promise<number> {
  if (!(exportFormats as readonly string[]).includes(options.format))
    throw new UsageError(`Ukjent format «${options.format}».`, 'Bruk --format docx, csv eller json.');
  if (options.out === undefined) throw new UsageError('Oppgi filen det skal skrives til med --out.', `Skriv for eksempel --out kommentarer.${options.format}.`);
  const round = await store.getRound(name);
  if (!round) throw new UsageError(`Fant ingen kommentarrunde som heter «${name}».`, 'Se rundene med «strategi comments round list».');
  const data = await roundExport(store, round, await corpus(), new Date());
  const body = options.format === 'docx' ? await roundDocx(data) : options.format === 'csv' ? roundCsv(data) : `${JSON.stringify(data, null, 2)}\n`;
  const file = path.resolve(io.cwd, options.out);
  await (options.force ? replaceFile(file, body) : writeNewFile(file, body));
  const count = data.documents.reduce((sum, doc) => sum + doc.comments.length, 0);
  io.stderr.write(`Skrev ${count} ${count === 1 ? 'kommentar' : 'kommentarer'} fra runden «${round.name}» til ${options.out}.\n`);
  return 0;
}
