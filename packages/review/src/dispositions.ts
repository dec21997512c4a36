/**
 * What became of a closed comment: taken into account, partly, or not (with a reason), and the change that
 * answered it. The words are the ones a case handler files; the link goes to the site's change page.
 */

export const DISPOSITIONS = ['tatt-til-folge', 'delvis-tatt-til-folge', 'ikke-tatt-til-folge'] as const;
export type DispositionKind = (typeof DISPOSITIONS)[number];

export const dispositionNames: Record<DispositionKind, string> = {
  'tatt-til-folge': 'tatt til følge',
  'delvis-tatt-til-folge': 'delvis tatt til følge',
  'ikke-tatt-til-folge': 'ikke tatt til følge',
};

/**
 * Where a comment was answered: the change to `document` in `version` (or in the working draft, `utkast`), shown on
 * the change page from `from`, the version before it (when not given, the edition the comment was made on).
 */
export interface AnsweredIn {
  from?: string | undefined;
  version: string;
  document: string;
}

export interface Disposition {
  commentId: number;
  disposition: DispositionKind;
  reason: string | null;
  /** The version and document whose change answered the comment. */
  answeredIn: AnsweredIn | null;
  decidedAt: string;
  decidedBy: string;
}

export interface NewDisposition {
  disposition: DispositionKind;
  reason?: string | undefined;
  answeredIn?: AnsweredIn | undefined;
  by: string;
}

/** A disposition named as on the command line (`tatt-til-følge`, `delvis`, `ikke`) or undefined. */
export function parseDisposition(text: string): DispositionKind | undefined {
  const key = text.trim().toLowerCase().replaceAll('ø', 'o').replaceAll(' ', '-');
  if (key === 'delvis') return 'delvis-tatt-til-folge';
  if (key === 'ikke') return 'ikke-tatt-til-folge';
  return (DISPOSITIONS as readonly string[]).includes(key) ? (key as DispositionKind) : undefined;
}

/** Why a disposition cannot be recorded, or undefined: «ikke tatt til følge» needs a reason. */
export function dispositionProblem(input: Pick<NewDisposition, 'disposition' | 'reason'>): string | undefined {
  if (input.disposition === 'ikke-tatt-til-folge' && !input.reason?.trim()) {
    return 'En kommentar som ikke tas til følge, må ha en begrunnelse.';
  }
  return undefined;
}

/** The site's change page that shows the answer, at the document's section (`changesPath` in `apps/site/src/lib/urls.ts`). */
export function answerPath(commentEdition: string, answeredIn: AnsweredIn): string {
  return encodeURI(`/endringer/${answeredIn.from ?? commentEdition}/${answeredIn.version}/#${answeredIn.document}`);
}
