/**
 * The thread of one section, one page of it at a time (a section with hundreds of comments must not make a page of
 * megabytes): the comments of that page, how many there are in all, and links to the other pages.
 */
import { csrfToken } from '@strategi/hosting';
import { CSRF_SCOPE, type ReviewContext } from './context.ts';
import type { Section } from './page-template.ts';
import { type Reader, threadAnchor, threadHtml } from './threads.ts';

/** The query parameter that pages the threads of a page. */
export const PAGE_PARAMETER = 'kommentarside';

export async function sectionThread(context: ReviewContext, section: Section, reader: Reader, back: string, page: number): Promise<string> {
  const { store, limits } = context;
  const filter = { document: section.document, edition: section.edition };
  const [total, comments] = await Promise.all([
    store.countComments(filter),
    store.listComments(filter, { limit: limits.pageSize, offset: (page - 1) * limits.pageSize }),
  ]);
  const pages = Math.max(1, Math.ceil(total / limits.pageSize));
  const ids = comments.map((comment) => comment.id);
  const [people, dispositions] = await Promise.all([store.commentPeople(ids), store.dispositions(ids)]);
  const path = back.split(/[?#]/)[0]!;
  return threadHtml(
    section,
    comments,
    { reader, csrf: csrfToken(context.secret, CSRF_SCOPE, reader.linkId), back, people, dispositions, lang: context.lang },
    { page, pages, total, href: (other) => `${path}?${PAGE_PARAMETER}=${other}#${threadAnchor(section.document)}` },
  );
}
