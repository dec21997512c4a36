/**
 * `strategi comments attach <nummer> --quote "…"`: an editor attaches a comment whose passage is gone to the
 * passage it now belongs to. The quote must stand once, word for word, in the document of the working draft;
 * the text around it becomes the new quote's context, and the old quote is kept in the store's history.
 */
import type { Corpus } from '@strategi/model';
import { readableText } from '@strategi/model/locate';
import { anchorComment, MAX_CONTEXT_LENGTH, type ReviewStore } from '@strategi/review';
import { type CommandIO, UsageError } from '../io.ts';
import { findDocument, sourceOf } from './comments-place.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const CONTEXT = 32;

/** Where in which text the quote stands, if it stands there exactly once. */
function contextOf(texts: string[], exact: string): { prefix: string; suffix: string } | 'none' | 'several' {
  const found: { prefix: string; suffix: string }[] = [];
  for (const text of texts.map(squash)) {
    for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
      found.push({ prefix: text.slice(Math.max(0, at - CONTEXT), at), suffix: text.slice(at + exact.length, at + exact.length + CONTEXT) });
    }
  }
  if (found.length === 0) return 'none';
  return found.length === 1 ? found[0]! : 'several';
}

export async function attachCommand(
  id: number,
  quote: string | undefined,
  by: string,
  store: ReviewStore,
  corpus: () => Promise<Corpus>,
  io: CommandIO,
): Promise<number> {
  const exact = squash(quote ?? '');
  if (!exact) throw new UsageError('Oppgi teksten kommentaren skal knyttes til med --quote «…».', 'Kopier teksten ordrett fra dokumentet.');
  const comment = await store.getComment(id);
  if (!comment) throw new UsageError(`Fant ingen kommentar med nummer ${id}.`, 'Se kommentarene med «strategi comments».');
  if (comment.parentId !== null)
    throw new UsageError(`Kommentar #${id} er et svar; svar følger kommentaren de svarer på.`, `Knytt kommentar #${comment.parentId} i stedet.`);
  const { working } = await corpus();
  const doc = findDocument(working, comment.document);
  if (!doc)
    throw new UsageError(`Dokumentet ${comment.document} finnes ikke i arbeidsutkastet.`, 'En kommentar kan bare knyttes til tekst i sitt eget dokument.');
  const source = await sourceOf(doc, working);
  const context = contextOf([readableText(source.body).text, ...source.fields.map((field) => field.value)], exact);
  if (context === 'none') throw new UsageError(`Fant ikke «${exact}» i ${doc.file}.`, 'Kopier teksten ordrett fra dokumentet i arbeidsutkastet.');
  if (context === 'several') throw new UsageError(`«${exact}» står flere steder i ${doc.file}.`, 'Ta med flere ord, så teksten bare står ett sted.');
  const newQuote = { exact, prefix: context.prefix.slice(-MAX_CONTEXT_LENGTH), suffix: context.suffix.slice(0, MAX_CONTEXT_LENGTH) };
  await store.attachQuote(id, newQuote, by);
  const { place, label } = anchorComment(source, newQuote);
  io.stdout.write(`Kommentar #${id} er knyttet til «${exact}» i ${doc.file}:${place.line}:${place.column} (${label}); det gamle sitatet er tatt vare på.\n`);
  return 0;
}
