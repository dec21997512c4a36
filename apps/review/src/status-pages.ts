/**
 * Every refusal and error the server gives a person is a whole HTML page in Norwegian (bokmål): what happened,
 * why, and what to do. The pages name no path and no draft, so they tell a stranger nothing about the preview.
 */
import { refusals } from '@strategi/hosting';
import { escapeHtml } from '@strategi/review';

export interface StatusPage {
  status: 400 | 401 | 403 | 404 | 405 | 413 | 415 | 429 | 500;
  title: string;
  message: string;
  hint?: string;
}

export const pages = {
  noAccess: {
    status: 401,
    title: 'Du trenger en lenke for å lese',
    message: 'Dette er en forhåndsvisning som bare er åpen for dem som har fått en lenke til gjennomlesing.',
    hint: 'Åpne lenken du fikk fra redaksjonen. Har du ikke fått en, kan du be redaksjonen om det.',
  },
  invalidLink: {
    status: 403,
    title: 'Lenken virker ikke',
    message: 'Lenken er ugyldig. Den kan være kopiert ufullstendig.',
    hint: 'Kopier hele lenken fra e-posten på nytt, eller be redaksjonen om en ny.',
  },
  expiredLink: {
    status: 403,
    title: 'Lenken er utløpt',
    message: 'Lenken du brukte, gjaldt bare en bestemt tid, og den tiden er over.',
    hint: 'Be redaksjonen om en ny lenke hvis du fortsatt skal lese og kommentere.',
  },
  revokedLink: {
    status: 403,
    title: 'Lenken er trukket tilbake',
    message: 'Redaksjonen har trukket tilbake lenken du brukte.',
    hint: 'Ta kontakt med redaksjonen hvis du mener du fortsatt skal ha tilgang.',
  },
  tooManyAttempts: { title: 'For mange forsøk', ...refusals.tooManyAttempts },
  tooManyComments: {
    status: 429,
    title: 'For mange kommentarer',
    message: 'Lenken du bruker, har skrevet så mange kommentarer det siste døgnet som serveren tar imot.',
    hint: 'Vent litt og send kommentaren igjen, eller samle flere merknader i én kommentar.',
  },
  badRedirect: { title: 'Skjemaet kunne ikke sendes', ...refusals.badRedirect },
  badPage: {
    status: 400,
    title: 'Ugyldig side i listen',
    message: 'Sidetallet i adressen er ikke et helt tall fra 1 og oppover.',
    hint: 'Gå til siden uten sidetall og bla derfra.',
  },
  notFound: {
    status: 404,
    title: 'Fant ikke siden',
    message: 'Siden finnes ikke i denne forhåndsvisningen.',
    hint: 'Gå til forsiden av forhåndsvisningen og finn fram derfra.',
  },
  methodNotAllowed: {
    status: 405,
    title: 'Det går ikke an her',
    message: 'Denne adressen kan bare leses, ikke endres.',
  },
  tooLarge: {
    status: 413,
    title: 'For mye tekst',
    message: 'Det du sendte, var større enn serveren tar imot.',
    hint: 'Gjør kommentaren kortere og send den på nytt.',
  },
  forgedForm: {
    status: 403,
    title: 'Skjemaet kunne ikke sendes',
    message: 'Skjemaet kom ikke fra denne forhåndsvisningen, eller siden var for gammel.',
    hint: 'Last inn siden på nytt og send kommentaren derfra.',
  },
  serverError: {
    status: 500,
    title: 'Noe gikk galt',
    message: 'Serveren fikk en feil og kunne ikke svare.',
    hint: 'Prøv igjen om litt. Vedvarer feilen, si fra til redaksjonen.',
  },
} satisfies Record<string, StatusPage>;

/** A complete page with lang="nb", styled by the server's own stylesheet (same origin, so the CSP holds). */
export function statusPageHtml(page: StatusPage): string {
  return `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>${escapeHtml(page.title)} – gjennomlesing</title>
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
export function reviewPageHtml(title: string, body: string): string {
  return `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)} – gjennomlesing</title>
    <link rel="stylesheet" href="/_review/kommentarer.css">
  </head>
  <body class="review-status-page">
    <main>
      <h1>${escapeHtml(title)}</h1>
      ${body}
      <nav aria-label="Gjennomlesingen"><ul class="review-links"><li><a href="/">Forsiden av forhåndsvisningen</a></li><li><a href="/_review/oversikt">Kommentarer per dokument</a></li><li><a href="/_review/mine">Mine kommentarer</a></li></ul></nav>
    </main>
  </body>
</html>
`;
}
