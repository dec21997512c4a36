/**
 * Unsubscribing from the notifications, from the link in every mail: GET shows a page that asks, POST unsubscribes
 * (the page's button, and a mail program's RFC 8058 one-click POST of `List-Unsubscribe=One-Click`). It is open
 * without a share link — a reviewer whose link has expired must still be able to stop the mail — so the signed
 * token in the address is what authorises it: it names one address and can do nothing but unsubscribe it, which
 * is also why it stands in for a CSRF token. The host allow-list is the app's; the same-origin check (a mail
 * program's POST has no Origin, a foreign page's is refused) and a small body limit are mounted here.
 */
import { type AllowedOrigins, bodySizeLimit, originGuard } from '@strategi/hosting';
import { ui } from '@strategi/i18n';
import { escapeHtml } from '@strategi/review';
import { type Context, Hono } from 'hono';
import { type Env, type ReviewContext, statusPage } from '../context.ts';
import { verifyUnsubscribeToken } from '../notifications-token.ts';
import { pages, type StatusPage, statusPageHtml } from '../status-pages.ts';

const UNSUBSCRIBE_PATH = '/_review/avmelding';

/** The unsubscribe pages: a question, a receipt, or a refusal for a link that is not one. */
const words = (c: Context<Env>) => ui(c.get('lang')).reviewServer.unsubscribe;
const invalid = (c: Context<Env>): StatusPage => ({ status: 400, ...words(c).invalid });

export function unsubscribeRoutes(context: ReviewContext, allowed: AllowedOrigins) {
  const routes = new Hono<Env>();
  const address = (c: Context) => verifyUnsubscribeToken(context.secret, c.req.query('token'));

  routes.get(UNSUBSCRIBE_PATH, (c) => {
    if (!address(c)) return statusPage(c, invalid(c));
    const page = statusPageHtml({ status: 400, ...words(c).ask }, c.get('lang'));
    const action = `${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(c.req.query('token') ?? '')}`;
    return c.html(
      page.replace('</main>', `<form method="post" action="${escapeHtml(action)}"><button type="submit">${words(c).button}</button></form></main>`),
    );
  });

  routes.post(
    UNSUBSCRIBE_PATH,
    originGuard(allowed, (c) => statusPage(c, pages.forgedForm)),
    bodySizeLimit(1024, (c) => statusPage(c, pages.tooLarge)),
    async (c) => {
      const who = address(c);
      if (!who) return statusPage(c, invalid(c));
      await context.store.unsubscribe(who);
      return c.html(statusPageHtml({ status: 400, ...words(c).done }, c.get('lang')));
    },
  );
  return routes;
}
