/**
 * A comment anchored again against the working draft, labelled so an editor sees whether to trust the place:
 * «på plass» (the passage is there, in the same words between the same neighbours), «flyttet» (found elsewhere
 * or only approximately) or «mistet stedet» (not found: never attached to a passage that merely looks alike).
 */
import { readableText } from '@strategi/model/locate';
import { type DocumentSource, locateQuote, type SourcePlace } from './locate.ts';
import type { TextQuote } from './store/store.ts';

export type AnchorLabel = 'på plass' | 'flyttet' | 'mistet stedet';

export interface Anchoring {
  place: SourcePlace;
  label: AnchorLabel;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether the passage still stands between the text it had before and after it. */
function inItsContext(source: DocumentSource, quote: TextQuote): boolean {
  const context = squash(`${quote.prefix}${quote.exact}${quote.suffix}`);
  return [readableText(source.body).text, ...source.fields.map((field) => field.value)].some((text) => squash(text).includes(context));
}

/** Anchors a comment's quote in a document of the working draft; a document that is gone leaves it orphaned. */
export function anchorComment(source: DocumentSource | undefined, quote: TextQuote | null): Anchoring {
  if (!source) return { place: { line: 1, column: 1, kind: 'orphan' }, label: 'mistet stedet' };
  const place = locateQuote(source, quote);
  if (place.kind === 'orphan') return { place, label: 'mistet stedet' };
  if (place.kind === 'document' || (place.kind === 'exact' && quote && inItsContext(source, quote))) return { place, label: 'på plass' };
  return { place, label: 'flyttet' };
}
