/**
 * A reviewer's comment planted in the review store, as a reviewer from KS («Kari i KS») leaves it on a passage of
 * the working draft through a share link: the link is made for it unless the test gives one.
 */
import type { Comment, ReviewStore } from '@strategi/review';

export interface PlantedComment {
  document: string;
  /** The passage quoted; null for a comment on the whole document. */
  exact: string | null;
  text: string;
  suggestion?: string;
  parentId?: number;
  /** A reviewer's link made earlier; a new one for KS otherwise. */
  linkId?: string;
}

export async function plantComment(store: ReviewStore, { document, exact, text, linkId, ...extra }: PlantedComment): Promise<Comment> {
  const link = linkId ?? (await store.createLink({ name: 'KS', role: 'reviewer', expiresAt: new Date(Date.now() + 86_400_000) })).id;
  const { comment } = await store.createComment({
    linkId: link,
    author: 'Kari i KS',
    document,
    edition: 'utkast',
    quote: exact === null ? null : { exact, prefix: '', suffix: '' },
    text,
    format: 'text',
    ...extra,
  });
  return comment;
}
