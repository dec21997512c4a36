import type { Problem } from '@strategi/problems';
import type { AnyDoc, GraphIndex, PartialDoc } from '../types.ts';

/** What a link rule sees: the documents of one edition and their links. */
export interface RuleContext {
  documents: readonly AnyDoc[];
  /** What is known of the documents that failed their shape check; only the reference and date rules read it. */
  partial: readonly PartialDoc[];
  byId: ReadonlyMap<string, AnyDoc>;
  aliases: ReadonlyMap<string, AnyDoc>;
  /** Ids of documents that exist but failed their shape check; links to them are not reported again. */
  invalidIds: ReadonlySet<string>;
  index: GraphIndex;
  /** The strategy's period, from its document or the default 2023–2030. */
  period: { start: number; end: number };
  /** The image files of the edition (`bilder/figur.png`, relative to its folder). */
  images: ReadonlySet<string>;
}

/** A link rule: a small function over the whole graph that returns problems and never throws. */
export type LinkRule = (context: RuleContext) => Problem[];

/** The place of a frontmatter value, falling back to its key and then the top of the file. */
export function placeOfField(doc: Pick<AnyDoc, 'positions'>, field: string): { line: number; column: number } {
  return doc.positions.values[field] ?? doc.positions.keys[field] ?? { line: 1, column: 1 };
}
