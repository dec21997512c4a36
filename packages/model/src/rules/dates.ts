import { createProblem, type Problem } from '@strategi/problems';
import type { AnyDoc, Doc } from '../types.ts';
import { type LinkRule, placeOfField } from './context.ts';

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

/** Start, deadline and status dates of measures, and action plan periods, fall inside the strategy period. */
export const datesInsidePeriod: LinkRule = ({ index, period }) => {
  const problems: Problem[] = [];
  const check = (doc: AnyDoc, field: string, value: string | number) => {
    const text = String(value);
    if (outside(text, period))
      problems.push(createProblem('date/outside-period', { field, value: text, period: periodText(period) }, doc.file, placeOfField(doc, field)));
  };
  for (const measure of index.byKind.measure) {
    check(measure, 'start', measure.data.start);
    check(measure, 'deadline', measure.data.deadline);
    for (const [i, entry] of measure.data.history.entries()) check(measure, `history.${i}.date`, entry.date);
  }
  for (const plan of index.byKind.actionPlan) {
    check(plan, 'period.start', plan.data.period.start);
    check(plan, 'period.end', plan.data.period.end);
  }
  return problems;
};

/** A measure in an action plan starts and ends inside the plan's period. */
export const datesInsideActionPlan: LinkRule = ({ index }) =>
  index.byKind.measure.flatMap((measure) => {
    const plan = index.targets<'actionPlan'>(measure, 'actionPlan')[0];
    if (!plan) return [];
    return (['start', 'deadline'] as const)
      .filter((field) => outside(measure.data[field], plan.data.period))
      .map((field) =>
        createProblem(
          'date/outside-action-plan',
          { field, value: measure.data[field], plan: plan.id, period: periodText(plan.data.period) },
          measure.file,
          placeOfField(measure, field),
        ),
      );
  });

/** A deadline is not before the start. */
export const deadlineAfterStart: LinkRule = ({ index }) =>
  index.byKind.measure
    .filter((measure) => dateBounds(measure.data.deadline).last < dateBounds(measure.data.start).first)
    .map((measure) =>
      createProblem(
        'date/deadline-before-start',
        { start: measure.data.start, deadline: measure.data.deadline },
        measure.file,
        placeOfField(measure, 'deadline'),
      ),
    );

/** Status history is oldest first, and the latest entry agrees with `status`. */
export const historyInOrder: LinkRule = ({ index }) =>
  index.byKind.measure.flatMap((measure: Doc<'measure'>) => {
    const problems: Problem[] = [];
    const history = measure.data.history;
    history.forEach((entry, i) => {
      const previous = history[i - 1];
      if (previous && entry.date < previous.date) {
        problems.push(
          createProblem('date/history-order', { date: entry.date, previous: previous.date }, measure.file, placeOfField(measure, `history.${i}.date`)),
        );
      }
    });
    const latest = [...history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1);
    if (latest && latest.status !== measure.data.status) {
      problems.push(
        createProblem('date/history-status-mismatch', { status: measure.data.status, latest: latest.status }, measure.file, placeOfField(measure, 'status')),
      );
    }
    return problems;
  });
