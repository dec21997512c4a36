/**
 * Where a mail links to: the page of the comment's document in the edition it was made on, at the comment's anchor.
 * The path follows the site's URL scheme (every edition under `/versjoner/<edition>/`, a document at
 * `<kind folder>/<id>/`, the strategy at the edition's front page), with the kind from the kinds' registry.
 */
import { documentKindNames, documentKinds } from '@strategi/schema';

/** The sub-path of a document's page: the kind whose numbered id pattern matches, else an actor's page. */
function documentPagePath(document: string): string {
  if (document === 'strategi') return '';
  const numbered = documentKindNames.find((kind) => documentKinds[kind].idPrefix !== undefined && documentKinds[kind].idPattern.test(document));
  return `${documentKinds[numbered ?? 'actor'].folder}/${encodeURIComponent(document)}/`;
}

export function commentUrl(publicUrl: string, comment: { id: number; document: string; edition: string }): string {
  const edition = encodeURIComponent(comment.edition);
  return `${publicUrl.replace(/\/+$/, '')}/versjoner/${edition}/${documentPagePath(comment.document)}#kommentar-${comment.id}`;
}

export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/_review/avmelding?token=${encodeURIComponent(token)}`;
}
