/**
 * The published responses of a version: a page, and the same responses as open data (JSON, and CSV through the
 * project's one CSV writer with its formula guard), under NLOD. All three come from `publicResponses`, so what an
 * editor withheld, what a responder withdrew or kept private, and what waits for moderation is in none of them.
 * They stay after the deadline, when the version is no longer on consultation.
 */
import { type Outcome, openDataJson, openDataRows, outcomeOf, publicResponses } from '@strategi/consultation';
import { ui } from '@strategi/i18n';
import { csvText } from '@strategi/model/csv';
import { idPatterns } from '@strategi/schema';
import { type Context, Hono } from 'hono';
import { page, type ServiceContext } from '../context.ts';
import { langOf } from '../lang.ts';
import { messagePage } from '../views/pages.ts';
import { publishedPage } from '../views/published.ts';

export function publishedRoutes(context: ServiceContext): Hono {
  const app = new Hono();

  /** The version's public responses and its consultation, or nothing for a version that has neither. */
  const load = async (version: string) => {
    if (!idPatterns.version.test(version)) return undefined;
    const consultation = (await context.consultations()).find((candidate) => candidate.version === version);
    const responses = publicResponses(await context.store.listResponses({ version, state: ['published', 'published-anonymised'] }));
    if (!consultation && responses.length === 0) return undefined;
    return { consultation, responses };
  };
  const notFound = (c: Context) => {
    const lang = langOf(c.req.query('lang'));
    return page(c, messagePage(lang, ui(lang).consultation.published.heading, ui(lang).consultation.service.notFound), 404);
  };

  app.get('/horing/:version/svar', async (c) => {
    const lang = langOf(c.req.query('lang'));
    const version = c.req.param('version');
    const found = await load(version);
    if (!found) return notFound(c);
    const titles = new Map(found.consultation?.documents.map((doc) => [doc.path, doc.title]) ?? []);
    const content = await context.content?.();
    const outcomes = new Map<string, Outcome>();
    for (const response of found.responses) {
      const outcome = content && response.inputId ? outcomeOf(content, version, response.inputId) : undefined;
      if (outcome) outcomes.set(response.id, outcome);
    }
    return page(c, publishedPage({ lang, version, label: found.consultation?.label ?? version, responses: found.responses, titles, outcomes }));
  });

  app.get('/horing/:version/svar.json', async (c) => {
    const version = c.req.param('version');
    const found = await load(version);
    if (!found) return notFound(c);
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(openDataJson(version, found.responses));
  });

  app.get('/horing/:version/svar.csv', async (c) => {
    const version = c.req.param('version');
    const found = await load(version);
    if (!found) return notFound(c);
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="horingssvar-${version}.csv"`);
    return c.body(csvText(openDataRows(found.responses)));
  });

  return app;
}
