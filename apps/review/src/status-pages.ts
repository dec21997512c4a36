/**
 * Every refusal and error the server gives a person is a whole HTML page in the reader's language (the preview's,
 * `language.ts`): what happened, why, and what to do. The pages name no path and no draft, so they tell a stranger nothing about the preview.
 */
import { type Messages, type UiLang, ui } from '@strategi/i18n';
import { escapeHtml } from '@strategi/review';

type Status = 400 | 401 | 403 | 404 | 405 | 413 | 415 | 429 | 500;

/** A page's words, already in the reader's language. */
export interface StatusPage {
  status: Status;
  title: string;
  message: string;
  hint?: string;
}

type StatusKey = keyof Messages['reviewServer']['status'];

/** One of the server's own refusals: its status, and its words in `@strategi/i18n` under `reviewServer.status`. */
export interface KnownPage {
  status: Status;
  key: StatusKey;
}

const known = <K extends StatusKey>(key: K, status: Status): KnownPage => ({ status, key });

export const pages = {
  noAccess: known('noAccess', 401),
  invalidLink: known('invalidLink', 403),
  expiredLink: known('expiredLink', 403),
  revokedLink: known('revokedLink', 403),
  tooManyAttempts: known('tooManyAttempts', 429),
  tooManyComments: known('tooManyComments', 429),
  badRedirect: known('badRedirect', 400),
  badPage: known('badPage', 400),
  notFound: known('notFound', 404),
  methodNotAllowed: known('methodNotAllowed', 405),
  tooLarge: known('tooLarge', 413),
  forgedForm: known('forgedForm', 403),
  serverError: known('serverError', 500),
} satisfies Record<StatusKey, KnownPage>;

/** The page in words: a known page in `lang`, or a page whose words the caller chose. */
export function pageText(page: KnownPage | StatusPage, lang: UiLang): StatusPage {
  if (!('key' in page)) return page;
  const { title, message, hint } = ui(lang).reviewServer.status[page.key];
  return { status: page.status, title, message, ...(hint ? { hint } : {}) };
}

/** A complete page in the reader's language, styled by the server's own stylesheet (same origin, so the CSP holds). */
export function statusPageHtml(known: KnownPage | StatusPage, lang: UiLang): string {
  const page = pageText(known, lang);
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>${escapeHtml(page.title)} – ${ui(lang).reviewServer.siteName}</title>
    <link rel="stylesheet" href="/_review/kommentarer.css">
  </head>
  <body class="review-status-page">
    <main>
      <h1>${escapeHtml(page.title)}</h1>
      <p>${escapeHtml(page.message)}</p>
      ${page.hint ? `<p>${escapeHtml(page.hint)}</p>` : ''}
    </main>
  </body>
</html>
`;
}

/**
 * One of the server's own pages for a signed-in reader («Mine kommentarer», the overview): the status pages' frame,
 * with a way back to the preview. `body` is HTML the caller has escaped.
 */
export function reviewPageHtml(title: string, body: string, lang: UiLang): string {
  const t = ui(lang).reviewServer;
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)} – ${t.siteName}</title>
    <link rel="stylesheet" href="/_review/kommentarer.css">
  </head>
  <body class="review-status-page">
    <main>
      <h1>${escapeHtml(title)}</h1>
      ${body}
      <nav aria-label="${t.nav.label}"><ul class="review-links"><li><a href="/">${t.nav.front}</a></li><li><a href="/_review/oversikt">${t.nav.perDocument}</a></li><li><a href="/_review/mine">${t.nav.mine}</a></li></ul></nav>
    </main>
  </body>
</html>
`;
}
