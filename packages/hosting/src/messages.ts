/**
 * What the hosting layer says when it refuses a request: short Norwegian (bokmål) texts, one per refusal, so both
 * servers word the same refusal the same way. A server may show them in its own page or JSON shape.
 */
export interface Refusal {
  status: 400 | 403 | 413 | 421 | 429;
  message: string;
  hint?: string;
}

export const refusals = {
  foreignHost: {
    status: 421,
    message: 'Denne serveren svarer ikke på denne adressen.',
    hint: 'Bruk adressen du fikk fra redaksjonen.',
  },
  crossOrigin: {
    status: 403,
    message: 'Forespørselen kom ikke fra denne siden.',
    hint: 'Last inn siden på nytt og send skjemaet derfra.',
  },
  badRedirect: {
    status: 400,
    message: 'Adressen å gå tilbake til, er ikke en side på denne serveren.',
    hint: 'Gå tilbake til siden og send skjemaet derfra.',
  },
  tooLarge: {
    status: 413,
    message: 'Det du sendte, var større enn serveren tar imot.',
    hint: 'Gjør teksten kortere og send den på nytt.',
  },
  badText: {
    status: 400,
    message: 'Teksten inneholder tegn som ikke kan lagres (et kontrolltegn som NUL).',
    hint: 'Fjern tegnet og send teksten på nytt.',
  },
  tooManyAttempts: {
    status: 429,
    message: 'Det har kommet for mange ugyldige lenker fra denne adressen.',
    hint: 'Vent et kvarter og prøv igjen med lenken du fikk fra redaksjonen.',
  },
} satisfies Record<string, Refusal>;

/** A refusal as plain text, for answers given before any app page can be drawn (wrong host). */
export const refusalText = (refusal: Refusal) => `${refusal.message}${refusal.hint ? `\n${refusal.hint}` : ''}\n`;
