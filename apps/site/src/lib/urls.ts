/**
 * The site's URL scheme. Every edition E lives under /versjoner/E/; the current version is also served at
 * the root with the same sub-paths. Sub-paths never start with a slash and end with one ('' is the front page).
 */
import { type AnyDoc, type DocumentTarget, type Edition, titleOf } from '@strategi/model';
import { headingId } from '@strategi/model/render';
import { type DocumentKind, documentKindNames, documentKinds } from '@strategi/schema';

export const VERSIONS_PATH = 'versjoner';

/** `/versjoner/E/` for an edition, `/` for the root copy of the current one. */
export function editionBase(editionId: string, atRoot = false): string {
  return atRoot ? '/' : `/${VERSIONS_PATH}/${editionId}/`;
}

/** The sub-path of a document inside an edition: `tiltak/T-1/`, or '' for the strategy (the front page). */
export function docSubPath(doc: { kind: DocumentKind; id: string }): string {
  if (doc.kind === 'strategy') return '';
  return `${documentKinds[doc.kind].folder}/${doc.id}/`;
}

/** A path joined to a base, percent-encoded for use in href. */
export function href(base: string, subPath = ''): string {
  return encodeURI(`${base}${subPath}`);
}

/** The title readers see for a document: the field the registry names (an actor's name). */
export const docTitle: (doc: AnyDoc) => string = titleOf;

/** A document of an edition by id, or by a former id. */
export function findDoc(edition: Edition, id: string): AnyDoc | undefined {
  return edition.byId.get(id) ?? edition.aliases.get(id);
}

/** The kinds the whole-document page shows as sections with their id as anchor. */
export const WHOLE_DOCUMENT_KINDS: ReadonlySet<DocumentKind> = new Set(documentKindNames.filter((kind) => documentKinds[kind].wholeDocument));

/**
 * Where a document link (`../tiltak/T-3.md#bakgrunn`, or `tiltak:T-3`) in a body goes when the page shows `edition`
 * under `base`. On the whole document (`anchorHref`), documents shown there link to their section (on the part
 * of the document that has it), the rest to their own page. A heading is named by the id the renderer gives it.
 */
export function linkResolver(edition: Edition, base: string, anchorHref?: (id: string, fragment?: string) => string) {
  return (target: DocumentTarget) => {
    const doc = target.kind === 'strategy' && target.form === 'path' ? edition.index.strategy : findDoc(edition, target.id);
    if (!doc) return undefined;
    const fragment = target.fragment === undefined ? undefined : headingId(doc.path, target.fragment);
    if (anchorHref && WHOLE_DOCUMENT_KINDS.has(doc.kind)) return { href: anchorHref(doc.id, fragment ?? doc.id), title: docTitle(doc) };
    return { href: `${href(base, docSubPath(doc))}${fragment ? `#${fragment}` : ''}`, title: docTitle(doc) };
  };
}

export const dataPath = (editionId: string, file: 'strategi.json' | 'tiltak.csv' | 'indikatorer.csv' | 'tiltak-excel.csv' | 'strategi.stratml.xml') =>
  `/data/${editionId}/${file}`;
/** The list of changes, or the change page from one version to another (its `part`, when the changes run over several pages). */
export const changesPath = (fromId?: string, toId?: string, part = 1) =>
  fromId && toId ? `/endringer/${fromId}/${toId}/${part > 1 ? `side/${part}/` : ''}` : '/endringer/';
