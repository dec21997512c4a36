/**
 * `/_review/runder`: the editors' overview of the review rounds, filtered by round, reviewer and state (query
 * `runde`, `leser`, `tilstand`). Editors only: a reviewer sees their own comments, not the others' numbers.
 */
import { ui } from '@strategi/i18n';
import { reviewSummary, type SummaryFilter } from '@strategi/review';
import { Hono } from 'hono';
import { type Env, type ReviewContext, statusPage } from '../context.ts';
import { roundOverviewHtml } from '../round-overview-view.ts';

const states: Record<string, SummaryFilter['state']> = { open: 'open', resolved: 'resolved' };

export function roundOverviewRoutes(context: ReviewContext) {
  const routes = new Hono<Env>();
  routes.get('/_review/runder', async (c) => {
    if (c.get('reader').role !== 'editor') return statusPage(c, { status: 403, ...ui(c.get('lang')).reviewServer.rounds.editorsOnly });
    const filter: SummaryFilter = {
      round: c.req.query('runde') || undefined,
      reviewer: c.req.query('leser')?.trim() || undefined,
      state: states[c.req.query('tilstand') ?? ''],
    };
    const [rounds, summaries] = await Promise.all([context.store.listRounds(), reviewSummary(context.store, filter)]);
    return c.html(roundOverviewHtml(rounds, summaries, filter, c.get('lang')));
  });
  return routes;
}
