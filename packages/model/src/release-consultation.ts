/**
 * The rules of a public consultation a release checks (utredningsinstruksen 3-3): the period is normally three
 * months, and under six weeks only for a stated reason; and an adopted version that has moved far from its
 * consultation draft may need a new consultation. The model says how far; the release says it as a problem.
 */
import { createProblem, type Problem } from '@strategi/problems';
import type { EditionDiff } from './diff/index.ts';
import type { Edition } from './types.ts';

/** Six weeks: a shorter period needs a reason. */
const SHORTEST_CONSULTATION_DAYS = 42;
/** The share of changed words from which an adopted version counts as substantially changed. */
const SUBSTANTIAL_WORD_SHARE = 0.2;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** `day` plus `months` calendar months (31 January + 1 month is 3 March, as a calendar counts on). */
function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/** Whether the period from the release day to the deadline is shorter than three months, and so needs a reason. */
export const isShortConsultation = (period: { date: string; deadline: string }): boolean => period.deadline < addMonths(period.date, 3);

/**
 * The period from the release day to the deadline: an error under six weeks without `reason`, a warning under
 * three months. `file` is where the problem is reported (the version's description), at `position` when known.
 */
export function consultationPeriodProblems(
  period: { date: string; deadline: string; reason?: string | undefined },
  file: string,
  position?: Parameters<typeof createProblem>[3],
): Problem[] {
  const days = Math.round(dayNumber(period.deadline) - dayNumber(period.date));
  const reason = period.reason?.trim() || undefined;
  if (days < SHORTEST_CONSULTATION_DAYS && !reason)
    return [createProblem('version/consultation-too-short', { days, deadline: period.deadline }, file, position)];
  if (isShortConsultation(period)) return [createProblem('version/consultation-short', { days, deadline: period.deadline, reason }, file, position)];
  return [];
}

export interface ChangeMeasure {
  /** Changed words (removed and added) over the words of both sides, 0–1. */
  wordShare: number;
  /** Documents added, removed or changed. */
  documents: number;
  /** Documents in either edition. */
  total: number;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** How much the diff from a consultation draft changes: words of the bodies, and documents. */
export function measureChange(diff: EditionDiff, from: Edition, to: Edition): ChangeMeasure {
  let changed = 0;
  let all = 0;
  for (const ref of diff.removed) {
    const words = wordCount(from.byId.get(ref.id)?.body ?? '');
    changed += words;
    all += words;
  }
  for (const ref of diff.added) {
    const words = wordCount(to.byId.get(ref.id)?.body ?? '');
    changed += words;
    all += words;
  }
  const touched = new Set(diff.changed.map((change) => change.id));
  for (const doc of to.documents) {
    if (diff.added.some((ref) => ref.id === doc.id)) continue;
    const change = touched.has(doc.id) ? diff.changed.find((candidate) => candidate.id === doc.id) : undefined;
    if (!change?.prose) {
      all += 2 * wordCount(doc.body);
      continue;
    }
    for (const part of change.prose) {
      const words = wordCount(part.value);
      all += part.added || part.removed ? words : 2 * words;
      if (part.added || part.removed) changed += words;
    }
  }
  const total = new Set([...from.documents.map((doc) => doc.id), ...to.documents.map((doc) => doc.id)]).size;
  return { wordShare: all === 0 ? 0 : changed / all, documents: diff.added.length + diff.removed.length + diff.changed.length, total };
}

/** A warning when the adopted text is substantially changed from the draft `draftId`; none otherwise. */
export function newConsultationProblems(measure: ChangeMeasure, draftId: string, file: string): Problem[] {
  if (measure.wordShare < SUBSTANTIAL_WORD_SHARE) return [];
  return [
    createProblem(
      'version/new-consultation',
      { draft: draftId, wordPercent: Math.round(measure.wordShare * 100), documents: measure.documents, total: measure.total },
      file,
    ),
  ];
}
