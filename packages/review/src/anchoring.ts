/**
 * A comment anchored again against the working draft, labelled so an editor sees whether to trust the place:
 * «på plass» (the passage is there, in the same words between the same neighbours), «flyttet» (found elsewhere
 * or only approximately) or «mistet stedet» (not found: never attached to a passage that merely looks alike).
 */
import { readableText } from '@strategi/model/locate';
import { type DocumentSource, locateQuote, type SourcePlace } from './locate.ts';
import { type AnchorState, inItsContext } from './quote.ts';
import type { TextQuote } from './store/store.ts';

export type AnchorLabel = 'på plass' | 'flyttet' | 'mistet stedet';

/** The CLI's and the exports' words for the states the page script labels too (it takes them from `@strategi/i18n`). */
const ANCHOR_LABELS: Record<AnchorState, AnchorLabel> = { 'in-place': 'på plass', moved: 'flyttet', lost: 'mistet stedet' };

export interface Anchoring {
  place: SourcePlace;
  label: AnchorLabel;
}

/** Anchors a comment's quote in a document of the working draft; a document that is gone leaves it orphaned. */
export function anchorComment(source: DocumentSource | undefined, quote: TextQuote | null): Anchoring {
  if (!source) return { place: { line: 1, column: 1, kind: 'orphan' }, label: ANCHOR_LABELS.lost };
  const place = locateQuote(source, quote);
  if (place.kind === 'orphan') return { place, label: ANCHOR_LABELS.lost };
  const texts = [readableText(source.body).text, ...source.fields.map((field) => field.value)];
  if (place.kind === 'document' || (place.kind === 'exact' && quote && texts.some((text) => inItsContext(text, quote)))) {
    return { place, label: ANCHOR_LABELS['in-place'] };
  }
  return { place, label: ANCHOR_LABELS.moved };
}
