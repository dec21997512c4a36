/**
 * What became of each closed comment, added to the annotations the API returns, so the reviewer sees it on the
 * thread: the disposition in words, the reason, and a link to the change page that shows the answer.
 */
import { type UiLang, ui } from '@strategi/i18n';
import { type Annotation, answerPath, type DispositionKind, type ReviewStore } from '@strategi/review';

export interface AnnotationDisposition {
  value: DispositionKind;
  /** «tatt til følge», «delvis tatt til følge», «ikke tatt til følge», in the reader's language. */
  label: string;
  reason: string | null;
  decidedAt: string;
  decidedBy: string;
  /** The version and document whose change answered the comment, and the path of that change on the site. */
  answeredIn: { from?: string | undefined; version: string; document: string; path: string } | null;
}

/**
 * The annotations, each resolved one with its `disposition` (read in one query). A comment without one has no such
 * field, so the API's answer for open comments is as it was.
 */
export async function withDispositions(
  store: ReviewStore,
  items: Annotation[],
  lang: UiLang,
): Promise<(Annotation & { disposition?: AnnotationDisposition })[]> {
  const found = await store.dispositions(items.map((item) => item.number));
  return items.map((item) => {
    const disposition = found.get(item.number);
    if (!disposition) return item;
    const { answeredIn } = disposition;
    return {
      ...item,
      disposition: {
        value: disposition.disposition,
        label: ui(lang).reviewServer.dispositions[disposition.disposition],
        reason: disposition.reason,
        decidedAt: disposition.decidedAt,
        decidedBy: disposition.decidedBy,
        answeredIn: answeredIn ? { ...answeredIn, path: answerPath(item.edition, answeredIn) } : null,
      },
    };
  });
}
