/**
 * The dashboard page's data: the model's `dashboard`, the same object `strategi status --format json` gives, with
 * the reports the edition's pages count, so that its statuses and flags are the ones the goal pages show.
 */
import { type Dashboard, type DashboardPart, dashboard, type Edition, type IndicatorStatus, indicatorStatuses } from '@strategi/model';
import { reportsOf, type StatusView } from './reports.ts';

export function dashboardOf(edition: Edition, view: StatusView): Dashboard {
  return dashboard(edition, view.today, reportsOf(edition, view));
}

/** A part's indicators counted by their computed status, in the rule's order, leaving out the statuses none has. */
export function computedCounts(part: Pick<DashboardPart, 'indicators'>): { status: IndicatorStatus; count: number }[] {
  return indicatorStatuses
    .map((status) => ({ status, count: part.indicators.filter((entry) => entry.computed === status).length }))
    .filter((entry) => entry.count > 0);
}
