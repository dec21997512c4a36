import path from 'node:path';
import type { Corpus } from '@strategi/model';
import { writeNewFile } from '@strategi/model';
import { csvText } from '@strategi/model/csv';
import { type AnsweredIn, type Comment, DispositionError, dispositionNames, parseDisposition, type ReviewStore, reviewSummary } from '@strategi/review';
import { loadContent } from '../editions.ts';
import { type CommandIO, parseOptions, UsageError } from '../io.ts';
import { attachCommand } from './comments-attach.ts';
import { exportRound } from './comments-export.ts';
import { type PlacedComment, placeComments, readRecords } from './comments-place.ts';
import { roundCommand } from './comments-rounds.ts';
import { acceptSuggestion, rejectSuggestion } from './comments-suggestions.ts';
import { summaryFilter, summaryText } from './comments-summary.ts';
import { norwegianTime, openReviewStore } from './preview.ts';

export type { PlacedComment };

const help = `Bruk: strategi comments [--open] [--round «runde»] [--format text|json|csv] [--dir mappe]
       strategi comments --summary [--round «runde»] [--reviewer «navn»] [--state open|resolved] [--format text|json]
       strategi comments resolve <nummer> [--disposition tatt-til-følge|delvis|ikke] [--reason «…»] [--version <versjon>] [--name «navn»]
       strategi comments attach <nummer> --quote «tekst»
       strategi comments accept <nummer> [--name «navn»] | reject <nummer> --reason «…» [--name «navn»]
       strategi comments round create «runde» --deadline 2026-12-20 [--version <versjon>] [--kind intern|foreleggelse] [--saksnummer «…»] [--unntatt T-3,M-1]
       strategi comments round list | round close «runde»
       strategi comments export «runde» --format docx|csv|json --out fil [--force]
       strategi comments export [--output fil.json]

Viser lesernes kommentarer fra gjennomlesingen (pnpm review) der teksten står i arbeidsutkastet:
  path:linje:kolonne  «sitat»  kommentar  [leser, dato]  #nummer  plassering
Sitatet finnes igjen i Markdown-filen. Plasseringen er «på plass» (samme tekst mellom de samme ordene),
«flyttet» (teksten står et annet sted eller er litt endret) eller «mistet stedet» (teksten er borte; da står
kommentaren på linje 1 og knyttes aldri til en tekst som bare ligner). Svar står under kommentaren de svarer på.
  --open       bare kommentarer som ikke er merket som løst
  --round      bare kommentarer fra én kommentarrunde
  --summary    per runde: hvor mange kommentarer som er åpne, løst og tatt til følge, i alt, per dokument og
               per leser (de samme tallene som oversikten på gjennomlesingsserveren)
  resolve      merker en kommentar som løst (--name er hvem som gjorde det, standard «Redaksjonen»), med
               utfallet: tatt til følge, delvis (tatt til følge) eller ikke (tatt til følge, krever --reason);
               --version er versjonen der endringen som svarer på kommentaren står
  accept       tar inn leserens forslag til ny tekst i filen, sjekker innholdet, legger bare den filen inn i
               git med leseren som medforfatter, og merker kommentaren som tatt til følge
  reject       avviser forslaget med en begrunnelse (--reason) som leseren ser
  attach       knytter en kommentar som har mistet stedet, til en tekst i dokumentet (det gamle sitatet tas vare på)
  round        kommentarrunder: et navn, versjonen som leses (standard utkast), en frist (norsk tid) og en type:
               intern eller foreleggelse (for andre departementer; fristen bør gi dem minst tre uker). Etter
               fristen, eller når runden er avsluttet, tar gjennomlesingen ikke imot flere kommentarer.
               --saksnummer kommer med i eksporten; --unntatt merker dokumenter som kan unntas fra innsyn etter
               offentleglova § 15
  export       med en runde: kommentarene, svarene, forslagene og utfallet per dokument, som Word-dokument til
               arkivet, CSV eller JSON; skriver aldri over en fil uten --force. Uten runde: alle lenker (uten
               nøkler) og kommentarer som JSON, til sikkerhetskopi eller flytting

Kommentarene leses fra PostgreSQL når DATABASE_URL er satt, ellers fra SQLite-filen i STRATEGI_REVIEW_DATA.`;

const formats = ['text', 'json', 'csv'] as const;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const day = (iso: string) => norwegianTime(iso).slice(0, 10);

function commentsToText(placed: PlacedComment[]): string {
  if (placed.length === 0) return 'Ingen kommentarer.';
  const lines: string[] = [];
  for (const item of placed) {
    const where = item.file ? `${item.file}:${item.line}:${item.column}` : `${item.document} (finnes ikke i arbeidsutkastet)`;
    const quote = item.quote === null ? '(hele teksten)' : `«${shorten(oneLine(item.quote), 80)}»`;
    const state = item.resolved ? (item.disposition ? `løst: ${item.disposition.label}` : 'løst') : undefined;
    const notes = [item.anchor, state].filter(Boolean).join(', ');
    lines.push(`${where}  ${quote}  ${oneLine(item.comment)}  [${item.reviewer}, ${day(item.created)}]  #${item.id}  ${notes}`);
    for (const reply of item.replies) lines.push(`  ↳ ${oneLine(reply.comment)}  [${reply.reviewer}, ${day(reply.created)}]  #${reply.id}`);
  }
  const lost = placed.filter((item) => item.anchor === 'mistet stedet').length;
  const moved = placed.filter((item) => item.anchor === 'flyttet').length;
  const counts = [moved ? `${moved} flyttet` : undefined, lost ? `${lost} har mistet stedet` : undefined].filter(Boolean);
  lines.push('', `${placed.length} ${placed.length === 1 ? 'kommentar' : 'kommentarer'}${counts.length ? `, ${counts.join(', ')}` : ''}.`);
  return lines.join('\n');
}

export function commentsToCsv(placed: PlacedComment[]): string {
  // The columns before `reply_to` are as they were before rounds, so a spreadsheet made for them still reads.
  const rows: (string | number | null)[][] = [
    [
      'id',
      'file',
      'line',
      'column',
      'match',
      'document',
      'edition',
      'quote',
      'comment',
      'reviewer',
      'created',
      'resolved',
      'reply_to',
      'anchor',
      'round',
      'disposition',
    ],
  ];
  for (const item of placed) {
    const place = [item.file ?? '', item.line, item.column, item.match, item.document, item.edition];
    const after = [item.anchor, item.round];
    rows.push([
      item.id,
      ...place,
      item.quote,
      item.comment,
      item.reviewer,
      item.created,
      item.resolved?.at ?? null,
      null,
      ...after,
      item.disposition?.label ?? null,
    ]);
    for (const reply of item.replies) rows.push([reply.id, ...place, null, reply.comment, reply.reviewer, reply.created, null, item.id, ...after, null]);
  }
  return csvText(rows, { lineEnd: '\n' });
}

/** A comment number as typed (`12` or `#12`). */
function commentNumber(rest: string[], missing: string): number {
  if (rest.length !== 1) throw new UsageError(missing, 'Nummeret står etter # i «strategi comments».');
  const id = Number(rest[0]!.replace(/^#/, ''));
  if (!Number.isSafeInteger(id) || id <= 0) throw new UsageError(`«${rest[0]}» er ikke et kommentarnummer.`, 'Nummeret står etter # i «strategi comments».');
  return id;
}

async function withStore<T>(io: CommandIO, task: (store: ReviewStore) => Promise<T>): Promise<T> {
  const store = await openReviewStore(io);
  try {
    return await task(store);
  } finally {
    await store.close();
  }
}

export async function commentsCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseOptions({
    args,
    allowPositionals: true,
    options: {
      dir: { type: 'string', default: 'content' },
      open: { type: 'boolean', default: false },
      format: { type: 'string' },
      name: { type: 'string', default: 'Redaksjonen' },
      output: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      summary: { type: 'boolean', default: false },
      round: { type: 'string' },
      reviewer: { type: 'string' },
      state: { type: 'string' },
      disposition: { type: 'string' },
      reason: { type: 'string' },
      version: { type: 'string' },
      quote: { type: 'string' },
      deadline: { type: 'string' },
      kind: { type: 'string', default: 'intern' },
      saksnummer: { type: 'string' },
      unntatt: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  const corpus = () => loadContent(io, values.dir);
  const [sub, ...rest] = positionals;
  if (sub === 'resolve') {
    const id = commentNumber(rest, 'Oppgi nummeret til kommentaren som er løst.');
    return withStore(io, (store) => resolve(id, values, store, io, corpus));
  }
  if (sub === 'attach') {
    const id = commentNumber(rest, 'Oppgi nummeret til kommentaren som skal knyttes til teksten.');
    return withStore(io, (store) => attachCommand(id, values.quote, values.name, store, corpus, io));
  }
  if (sub === 'round') return withStore(io, (store) => roundCommand(rest, values, store, io, corpus));
  if (sub === 'accept' || sub === 'reject') return (sub === 'accept' ? acceptSuggestion : rejectSuggestion)(rest, values, io);
  if (sub === 'export') {
    if (rest.length > 1) throw new UsageError(`Ukjent argument «${rest[1]}».`);
    if (rest.length === 1) {
      return withStore(io, (store) => exportRound(rest[0]!, { format: values.format ?? 'docx', out: values.out, force: values.force }, store, corpus, io));
    }
    return exportAll(values.output, io);
  }
  if (sub !== undefined)
    throw new UsageError(
      `Ukjent underkommando «${sub}».`,
      'Bruk strategi comments, comments resolve, attach, round eller export (se strategi comments --help).',
    );
  const format = values.format ?? 'text';
  if (values.summary) {
    if (format !== 'text' && format !== 'json') throw new UsageError(`Ukjent format «${format}».`, 'Bruk --format text eller json med --summary.');
    const filter = summaryFilter(values);
    const summaries = await withStore(io, async (store) => {
      if (filter.round !== undefined && !(await store.getRound(filter.round)))
        throw new UsageError(`Fant ingen kommentarrunde som heter «${filter.round}».`, 'Se rundene med «strategi comments round list».');
      return reviewSummary(store, filter);
    });
    io.stdout.write(`${format === 'json' ? JSON.stringify(summaries, null, 2) : summaryText(summaries)}\n`);
    return 0;
  }
  if (!(formats as readonly string[]).includes(format)) throw new UsageError(`Ukjent format «${format}».`, 'Bruk --format text, json eller csv.');
  const content = await corpus();
  const placed = await withStore(io, (store) => listPlaced(store, content, values));
  const text = format === 'json' ? JSON.stringify(placed, null, 2) : format === 'csv' ? commentsToCsv(placed) : commentsToText(placed);
  io.stdout.write(format === 'csv' ? text : `${text}\n`);
  return 0;
}

async function listPlaced(store: ReviewStore, content: Corpus, values: { open: boolean; round?: string | undefined }): Promise<PlacedComment[]> {
  if (values.round !== undefined && !(await store.getRound(values.round))) {
    throw new UsageError(`Fant ingen kommentarrunde som heter «${values.round}».`, 'Se rundene med «strategi comments round list».');
  }
  let comments: Comment[] = await store.listComments();
  // Replies follow their comment: an open comment keeps all its replies, a resolved one is left out with them.
  if (values.open) {
    const resolved = new Set(comments.filter((comment) => comment.resolvedAt !== null && comment.parentId === null).map((comment) => comment.id));
    comments = comments.filter((comment) => !resolved.has(comment.id) && !(comment.parentId !== null && resolved.has(comment.parentId)));
  }
  const placed = await placeComments(comments, content.working, await readRecords(store, comments));
  return values.round === undefined ? placed : placed.filter((item) => item.round === values.round);
}

async function resolve(
  id: number,
  values: { name: string; disposition?: string | undefined; reason?: string | undefined; version?: string | undefined },
  store: ReviewStore,
  io: CommandIO,
  corpus: () => Promise<Corpus>,
): Promise<number> {
  const comment = await store.getComment(id);
  if (!comment) throw new UsageError(`Fant ingen kommentar med nummer ${id}.`, 'Se kommentarene med «strategi comments».');
  if (values.disposition === undefined) {
    if (values.reason !== undefined || values.version !== undefined)
      throw new UsageError('--reason og --version hører til et utfall.', 'Oppgi utfallet med --disposition.');
    if (comment.resolvedAt) {
      io.stdout.write(`Kommentar #${id} var allerede merket som løst ${norwegianTime(comment.resolvedAt)}.\n`);
      return 0;
    }
    await store.setResolved(id, values.name);
    io.stdout.write(`Kommentar #${id} er merket som løst.\n`);
    return 0;
  }
  const disposition = parseDisposition(values.disposition);
  if (!disposition) throw new UsageError(`Ukjent utfall «${values.disposition}».`, 'Bruk --disposition tatt-til-følge, delvis eller ikke.');
  if (comment.parentId !== null)
    throw new UsageError(`Kommentar #${id} er et svar; utfallet hører til kommentaren det svarer på.`, `Bruk #${comment.parentId}.`);
  try {
    await store.resolveWithDisposition(id, {
      disposition,
      reason: values.reason,
      answeredIn: values.version === undefined ? undefined : answeredIn(await corpus(), comment, values.version),
      by: values.name,
    });
  } catch (error) {
    if (error instanceof DispositionError) throw new UsageError(error.message, 'Skriv begrunnelsen med --reason «…».');
    throw error;
  }
  io.stdout.write(`Kommentar #${id} er merket som løst: ${dispositionNames[disposition]}.\n`);
  return 0;
}

/**
 * Where a comment was answered: the change to its document in `version` (a released version, or `utkast`), on the
 * change page from the version the comment was made on, or else from the released version before `version`.
 */
function answeredIn(content: Corpus, comment: Comment, version: string): AnsweredIn {
  const released = content.versions.map((edition) => edition.id);
  const at = version === content.working.id ? released.length : released.indexOf(version);
  if (at === -1)
    throw new UsageError(`Fant ingen versjon som heter «${version}».`, `Versjonene er ${[...released, content.working.id].map((id) => `«${id}»`).join(', ')}.`);
  const commented = released.indexOf(comment.edition);
  const from = commented !== -1 && commented < at ? comment.edition : released[at - 1];
  if (from === undefined) throw new UsageError(`Versjon ${version} har ingen tidligere versjon å sammenligne med.`, 'Utelat --version.');
  return { from, version, document: comment.document };
}

async function exportAll(output: string | undefined, io: CommandIO): Promise<number> {
  const text = await withStore(io, async (store) => {
    const [links, comments] = await Promise.all([store.listLinks(), store.listComments()]);
    return `${JSON.stringify({ exportedAt: new Date().toISOString(), links, comments }, null, 2)}\n`;
  });
  if (output === undefined) {
    io.stdout.write(text);
    return 0;
  }
  await writeNewFile(path.resolve(io.cwd, output), text);
  io.stderr.write(`Skrev kommentarene og lenkene til ${output}.\n`);
  return 0;
}
