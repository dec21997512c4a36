/**
 * How a reader names a document: «Tiltak 9», not «T-9». Headings, page titles, lists and breadcrumbs say the kind's
 * word (from the kind registry, through i18n, in the page's language) and the number; an actor or the strategy is
 * named by its title. The id itself stays in links, anchors, data exports and the source view.
 */
import { type UiLang, ui } from '@strategi/i18n';
import { type AnyDoc, titleOf } from '@strategi/model';
import { type DocumentKind, documentKinds } from '@strategi/schema';

/** «Tiltak 9» for `T-9`; undefined for a kind whose id is a chosen name (actors, the strategy). */
export function spokenId(kind: DocumentKind, id: string, lang: UiLang): string | undefined {
  const prefix = documentKinds[kind].idPrefix;
  if (prefix === undefined) return undefined;
  const number = id.startsWith(prefix) ? id.slice(prefix.length) : id;
  return `${ui(lang).kinds[kind].one} ${number}`;
}

/**
 * A document as a heading, a title or a list names it: «Tiltak 9: Utrede …», or only the title where the id is a
 * name or the title already says what the document is («Handlingsplan 2023–2025», not «Handlingsplan 1: Handlingsplan …»).
 */
export function namedTitle(kind: DocumentKind, id: string, title: string, lang: UiLang): string {
  const spoken = spokenId(kind, id, lang);
  if (spoken === undefined) return title;
  const word = ui(lang).kinds[kind].one;
  return title.toLowerCase().startsWith(word.toLowerCase()) ? title : `${spoken}: ${title}`;
}

/** `namedTitle` of a document (under `id`, for a document known by a former id). */
export function docName(doc: AnyDoc, lang: UiLang, id: string = doc.id): string {
  return namedTitle(doc.kind, id, titleOf(doc), lang);
}

/** A document named in a list of references: «Tiltak 9», or an actor's name; the title is on the page it links to. */
export function shortName(doc: AnyDoc, lang: UiLang): string {
  return spokenId(doc.kind, doc.id, lang) ?? titleOf(doc);
}
