/**
 * Where a mail links to: the page of the comment's document in the preview, at the comment's anchor. The page path
 * follows the site's URL scheme (`tiltak/T-1/`, the strategy at the front page), from the kinds' registry.
 */
import { documentKindNames, documentKinds } from '@strategi/schema';

/** The sub-path of a document's page: the kind whose numbered id pattern matches, else an actor's page. */
function documentPagePath(document: string): string {
  if (document === 'strategi') return '';
  const numbered = documentKindNames.find((kind) => documentKinds[kind].idPrefix !== undefined && documentKinds[kind].idPattern.test(document));
  return `${documentKinds[numbered ?? 'actor'].folder}/${encodeURIComponent(document)}/`;
}

export function commentUrl(publicUrl: string, comment: { id: number; document: string }): string {
  return `${publicUrl.replace(/\/+$/, '')}/${documentPagePath(comment.document)}#kommentar-${comment.id}`;
}

export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/_review/avmelding?token=${encodeURIComponent(token)}`;
}
