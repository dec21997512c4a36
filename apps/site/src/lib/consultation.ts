/**
 * A version's consultation as the site shows it: the deadline, where to respond, why the period is short, and
 * whether the deadline has passed on the build day (the last day counts as open).
 */
import type { Edition } from '@strategi/model';

export interface ConsultationState {
  edition: Edition;
  deadline: string;
  url: string;
  open: boolean;
  /** Why the period is shorter than three months, as the release recorded it. */
  shortDeadlineReason: string | undefined;
}

/** The consultation of `edition` on `today` (YYYY-MM-DD), or undefined when it was not sent on consultation. */
export function consultationOf(edition: Edition, today: string): ConsultationState | undefined {
  const consultation = edition.version?.consultation;
  if (!consultation) return undefined;
  return {
    edition,
    deadline: consultation.deadline,
    url: consultation.url,
    open: today <= consultation.deadline,
    shortDeadlineReason: consultation.shortDeadlineReason,
  };
}

/**
 * The page of a version's published responses on the consultation service (`nettsted.yaml`'s
 * `consultationService`), or undefined when the site has no service: responses are published there, after
 * moderation, and never copied into the build.
 */
export function publishedResponsesUrl(service: string | undefined, editionId: string): string | undefined {
  return service ? `${service.replace(/\/+$/, '')}/horing/${encodeURIComponent(editionId)}/svar` : undefined;
}

/** Every consultation among `editions` still open on `today`. */
export function openConsultations(editions: readonly Edition[], today: string): ConsultationState[] {
  return editions.flatMap((edition) => {
    const state = consultationOf(edition, today);
    return state?.open ? [state] : [];
  });
}
