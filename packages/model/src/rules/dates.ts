import { createProblem, type Problem } from '@strategi/problems';
import type { DocumentData } from '@strategi/schema';
import type { AnyDoc, Doc } from '../types.ts';
import { type LinkRule, placeOfField, type RuleContext } from './context.ts';

/** The first and last day a partial date (2026, 2026-06, 2026-06-15) can mean, as comparable strings. */
export function dateBounds(value: string): { first: string; last: string } {
  const [year, month, day] = value.split('-');
  if (day) return { first: value, last: value };
  if (month) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

const periodText = (period: { start: number; end: number }) => `${period.start}–${period.end}`;

function outside(value: string, period: { start: number; end: number }): boolean {
  const { first, last } = dateBounds(value);
  return last < `${period.start}-01-01` || first > `${period.end}-12-31`;
}

/**
 * A document as the date rules see it: its data, whole for a valid document, only the fields that are valid on
 * their own for one that failed its shape check (then a rule skips what is missing).
 */
interface Known<K extends 'measure' | 'actionPlan' | 'indicator'> {
  doc: Pick<AnyDoc, 'file' | 'positions'>;
  data: Partial<DocumentData<K>>;
}

function known<K extends 'measure' | 'actionPlan' | 'indicator'>({ index, partial }: RuleContext, kind: K): Known<K>[] {
  const valid = (index.byKind[kind] as Doc<K>[]).map((doc) => ({ doc, data: doc.data as Partial<DocumentData<K>> }));
  const rest = partial.filter((doc) => doc.kind === kind).map((doc) => ({ doc, data: doc.data as Partial<DocumentData<K>> }));
  return [...valid, ...rest];
}

/**
 * Start, deadline and status dates of measures, action plan periods and indicators' targets fall inside the strategy
 * period. An indicator's baseline and figures may come before it: the baseline is what the strategy started from.
 */
export const datesInsidePeriod: LinkRule = (context) => {
  const { period } = context;
  const problems: Problem[] = [];
  const check = (doc: Known<'measure' | 'actionPlan' | 'indicator'>['doc'], field: string, value: string | number | undefined) => {
    if (value === undefined) return;
    const text = String(value);
    if (outside(text, period))
      problems.push(createProblem('date/outside-period', { field, value: text, period: periodText(period) }, doc.file, placeOfField(doc, field)));
  };
  for (const { doc, data } of known(context, 'measure')) {
    check(doc, 'start', data.start);
    check(doc, 'deadline', data.deadline);
    for (const [i, entry] of (data.history ?? []).entries()) check(doc, `history.${i}.date`, entry.date);
  }
  for (const { doc, data } of known(context, 'actionPlan')) {
    check(doc, 'period.start', data.period?.start);
    check(doc, 'period.end', data.period?.end);
  }
  for (const { doc, data } of known(context, 'indicator')) {
    for (const [i, target] of (data.targets ?? []).entries()) check(doc, `targets.${i}.year`, target.year);
  }
  return problems;
};

/** A measure in an action plan starts and ends inside the plan's period. */
export const datesInsideActionPlan: LinkRule = (context) =>
  known(context, 'measure').flatMap(({ doc, data }) => {
    const target = data.actionPlan === undefined ? undefined : context.index.resolve(data.actionPlan);
    if (target?.kind !== 'actionPlan') return [];
    const plan = target;
    return (['start', 'deadline'] as const).flatMap((field) => {
      const value = data[field];
      if (value === undefined || !outside(value, plan.data.period)) return [];
      return [
        createProblem('date/outside-action-plan', { field, value, plan: plan.id, period: periodText(plan.data.period) }, doc.file, placeOfField(doc, field)),
      ];
    });
  });

/** A deadline is not before the start. */
export const deadlineAfterStart: LinkRule = (context) =>
  known(context, 'measure').flatMap(({ doc, data: { start, deadline } }) =>
    start !== undefined && deadline !== undefined && dateBounds(deadline).last < dateBounds(start).first
      ? [createProblem('date/deadline-before-start', { start, deadline }, doc.file, placeOfField(doc, 'deadline'))]
      : [],
  );

/** Status history is oldest first, and the latest entry agrees with `status`. */
export const historyInOrder: LinkRule = (context) =>
  known(context, 'measure').flatMap(({ doc, data }) => {
    const problems: Problem[] = [];
    const history = data.history ?? [];
    history.forEach((entry, i) => {
      const previous = history[i - 1];
      if (previous && entry.date < previous.date) {
        problems.push(createProblem('date/history-order', { date: entry.date, previous: previous.date }, doc.file, placeOfField(doc, `history.${i}.date`)));
      }
    });
    const latest = [...history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1);
    if (latest && data.status !== undefined && latest.status !== data.status) {
      problems.push(createProblem('date/history-status-mismatch', { status: data.status, latest: latest.status }, doc.file, placeOfField(doc, 'status')));
    }
    return problems;
  });
