import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnyDoc, Edition } from '@strategi/model';
import { writeNewFile } from '@strategi/model';
import { csvText } from '@strategi/model/csv';
import { type Comment, type DocumentSource, locateQuote, type SourcePlace } from '@strategi/review';
import { loadContent } from '../editions.ts';
import { type CommandIO, parseOptions, UsageError } from '../io.ts';
import { acceptSuggestion, rejectSuggestion } from './comments-suggestions.ts';
import { norwegianTime, openReviewStore } from './preview.ts';

const help = `Bruk: strategi comments [--open] [--format text|json|csv] [--dir mappe]
       strategi comments resolve <nummer> [--name «navn»]
       strategi comments accept <nummer> [--name «navn»] | reject <nummer> --reason «…» [--name «navn»]
       strategi comments export [--output fil.json]

Viser lesernes kommentarer fra gjennomlesingen (pnpm review) der teksten står i arbeidsutkastet:
  path:linje:kolonne  «sitat»  kommentar  [leser, dato]  #nummer
Sitatet finnes igjen i Markdown-filen, også når teksten er flyttet eller litt endret («omtrentlig»).
Er teksten borte, er kommentaren «foreldreløs» og står på linje 1. Svar står under kommentaren de svarer på.
  --open     bare kommentarer som ikke er merket som løst
  resolve    merker en kommentar som løst (--name er hvem som gjorde det, standard «Redaksjonen»)
  accept     tar inn leserens forslag til ny tekst i filen, sjekker innholdet, legger bare den filen inn i
             git med leseren som medforfatter, og merker kommentaren som tatt til følge
  reject     avviser forslaget med en begrunnelse (--reason) som leseren ser
  export     skriver alle lenker (uten nøkler) og kommentarer som JSON, til sikkerhetskopi eller flytting

Kommentarene leses fra PostgreSQL når DATABASE_URL er satt, ellers fra SQLite-filen i STRATEGI_REVIEW_DATA.`;

const formats = ['text', 'json', 'csv'] as const;

/** One comment with the place of its passage in the working draft. */
export interface PlacedComment {
  id: number;
  file: string | undefined;
  line: number;
  column: number;
  match: SourcePlace['kind'];
  document: string;
  edition: string;
  quote: string | null;
  comment: string;
  format: Comment['format'];
  reviewer: string;
  created: string;
  resolved: { at: string; by: string | null } | null;
  replies: { id: number; comment: string; reviewer: string; created: string }[];
}

/** What of a document a passage can be found in: its body and its frontmatter's string fields (the title, …). */
async function sourceOf(doc: AnyDoc, edition: Edition): Promise<DocumentSource> {
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

async function placeComments(comments: Comment[], edition: Edition): Promise<PlacedComment[]> {
  const sources = new Map<string, DocumentSource>();
  const placed: PlacedComment[] = [];
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  for (const comment of comments) {
    if (comment.parentId !== null && byId.has(comment.parentId)) continue;
    const doc = edition.byId.get(comment.document) ?? edition.aliases.get(comment.document);
    let place: SourcePlace = { line: 1, column: 1, kind: 'orphan' };
    if (doc) {
      let source = sources.get(doc.id);
      if (!source) {
        source = await sourceOf(doc, edition);
        sources.set(doc.id, source);
      }
      place = locateQuote(source, comment.quote);
    }
    placed.push({
      id: comment.id,
      file: doc?.file,
      line: place.line,
      column: place.column,
      match: place.kind,
      document: comment.document,
      edition: comment.edition,
      quote: comment.quote?.exact ?? null,
      comment: comment.text,
      format: comment.format,
      reviewer: comment.author,
      created: comment.createdAt,
      resolved: comment.resolvedAt ? { at: comment.resolvedAt, by: comment.resolvedBy } : null,
      replies: comments
        .filter((reply) => reply.parentId === comment.id)
        .map((reply) => ({ id: reply.id, comment: reply.text, reviewer: reply.author, created: reply.createdAt })),
    });
  }
  // Documents gone from the working draft last; otherwise by file and place, in code point order like `validate`.
  const key = (item: PlacedComment) => (item.file === undefined ? `\u{10FFFF}${item.document}` : item.file);
  return placed.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) || a.line - b.line || a.column - b.column || a.id - b.id);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const day = (iso: string) => norwegianTime(iso).slice(0, 10);

const remarks: Partial<Record<SourcePlace['kind'], string>> = { fuzzy: 'omtrentlig', orphan: 'foreldreløs' };

function commentsToText(placed: PlacedComment[]): string {
  if (placed.length === 0) return 'Ingen kommentarer.';
  const lines: string[] = [];
  for (const item of placed) {
    const where = item.file ? `${item.file}:${item.line}:${item.column}` : `${item.document} (finnes ikke i arbeidsutkastet)`;
    const quote = item.quote === null ? '(hele teksten)' : `«${shorten(oneLine(item.quote), 80)}»`;
    const notes = [remarks[item.match], item.resolved ? 'løst' : undefined].filter(Boolean);
    lines.push(
      `${where}  ${quote}  ${oneLine(item.comment)}  [${item.reviewer}, ${day(item.created)}]  #${item.id}${notes.length ? `  ${notes.join(', ')}` : ''}`,
    );
    for (const reply of item.replies) lines.push(`  ↳ ${oneLine(reply.comment)}  [${reply.reviewer}, ${day(reply.created)}]  #${reply.id}`);
  }
  const orphans = placed.filter((item) => item.match === 'orphan').length;
  lines.push(
    '',
    `${placed.length} ${placed.length === 1 ? 'kommentar' : 'kommentarer'}${orphans ? `, ${orphans} foreldreløs${orphans === 1 ? '' : 'e'}` : ''}.`,
  );
  return lines.join('\n');
}

export function commentsToCsv(placed: PlacedComment[]): string {
  const rows: (string | number | null)[][] = [
    ['id', 'file', 'line', 'column', 'match', 'document', 'edition', 'quote', 'comment', 'reviewer', 'created', 'resolved', 'reply_to'],
  ];
  for (const item of placed) {
    rows.push([
      item.id,
      item.file ?? '',
      item.line,
      item.column,
      item.match,
      item.document,
      item.edition,
      item.quote,
      item.comment,
      item.reviewer,
      item.created,
      item.resolved?.at ?? null,
      null,
    ]);
    for (const reply of item.replies) {
      rows.push([
        reply.id,
        item.file ?? '',
        item.line,
        item.column,
        item.match,
        item.document,
        item.edition,
        null,
        reply.comment,
        reply.reviewer,
        reply.created,
        null,
        item.id,
      ]);
    }
  }
  return csvText(rows, { lineEnd: '\n' });
}

export async function commentsCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseOptions({
    args,
    allowPositionals: true,
    options: {
      dir: { type: 'string', default: 'content' },
      open: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      name: { type: 'string', default: 'Redaksjonen' },
      output: { type: 'string' },
      reason: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  const [sub, ...rest] = positionals;
  if (sub === 'resolve') return resolve(rest, values.name, io);
  if (sub === 'accept' || sub === 'reject') return (sub === 'accept' ? acceptSuggestion : rejectSuggestion)(rest, values, io);
  if (sub === 'export') {
    if (rest.length > 0) throw new UsageError(`Ukjent argument «${rest[0]}».`);
    return exportAll(values.output, io);
  }
  if (sub !== undefined) throw new UsageError(`Ukjent underkommando «${sub}».`, 'Bruk strategi comments, comments resolve <nummer> eller comments export.');
  if (!(formats as readonly string[]).includes(values.format)) throw new UsageError(`Ukjent format «${values.format}».`, 'Bruk --format text, json eller csv.');
  const corpus = await loadContent(io, values.dir);
  const store = await openReviewStore(io);
  let comments: Comment[];
  try {
    comments = await store.listComments();
  } finally {
    await store.close();
  }
  // Replies follow their comment: an open comment keeps all its replies, a resolved one is left out with them.
  if (values.open) {
    const resolved = new Set(comments.filter((comment) => comment.resolvedAt !== null && comment.parentId === null).map((comment) => comment.id));
    comments = comments.filter((comment) => !resolved.has(comment.id) && !(comment.parentId !== null && resolved.has(comment.parentId)));
  }
  const placed = await placeComments(comments, corpus.working);
  const text = values.format === 'json' ? JSON.stringify(placed, null, 2) : values.format === 'csv' ? commentsToCsv(placed) : commentsToText(placed);
  io.stdout.write(values.format === 'csv' ? text : `${text}\n`);
  return 0;
}

async function resolve(rest: string[], name: string, io: CommandIO): Promise<number> {
  if (rest.length !== 1) throw new UsageError('Oppgi nummeret til kommentaren som er løst.', 'Nummeret står etter # i «strategi comments».');
  const id = Number(rest[0]!.replace(/^#/, ''));
  if (!Number.isSafeInteger(id) || id <= 0) throw new UsageError(`«${rest[0]}» er ikke et kommentarnummer.`, 'Nummeret står etter # i «strategi comments».');
  const store = await openReviewStore(io);
  try {
    const comment = await store.getComment(id);
    if (!comment) throw new UsageError(`Fant ingen kommentar med nummer ${id}.`, 'Se kommentarene med «strategi comments».');
    if (comment.resolvedAt) {
      io.stdout.write(`Kommentar #${id} var allerede merket som løst ${norwegianTime(comment.resolvedAt)}.\n`);
      return 0;
    }
    await store.setResolved(id, name);
    io.stdout.write(`Kommentar #${id} er merket som løst.\n`);
    return 0;
  } finally {
    await store.close();
  }
}

async function exportAll(output: string | undefined, io: CommandIO): Promise<number> {
  const store = await openReviewStore(io);
  let text: string;
  try {
    const [links, comments] = await Promise.all([store.listLinks(), store.listComments()]);
    text = `${JSON.stringify({ exportedAt: new Date().toISOString(), links, comments }, null, 2)}\n`;
  } finally {
    await store.close();
  }
  if (output === undefined) {
    io.stdout.write(text);
    return 0;
  }
  await writeNewFile(path.resolve(io.cwd, output), text);
  io.stderr.write(`Skrev kommentarene og lenkene til ${output}.\n`);
  return 0;
}
