/**
 * Tells a responder, once and in the language they responded in, that their published response now shows what
 * became of it: every minute the service looks for published responses with an e-mail address whose input an
 * adopted version names, claims each (so two instances never both send) and mails a link to it. A failed mail
 * gives the claim back and is tried next round.
 */
import { type ConsultationStore, isPublic, OutcomeNotices, outcomeOf } from '@strategi/consultation';
import { ui } from '@strategi/i18n';
import { type Mailer, renderMail } from '@strategi/mail';
import { type Corpus, loadCorpus } from '@strategi/model';
import { inputDispositionVocabulary } from '@strategi/schema';
import { localPath } from './lang.ts';

export interface OutcomeMailOptions {
  store: ConsultationStore;
  mailer: Mailer;
  /** The service's public address, for the link. */
  publicOrigin: string;
  now?: () => Date;
}

/** One round: mails every responder whose answer has appeared and who has not been told; returns how many were sent. */
export async function notifyOutcomes(corpus: Corpus, options: OutcomeMailOptions): Promise<number> {
  const notices = new OutcomeNotices(options.store);
  const now = options.now ?? (() => new Date());
  let sent = 0;
  for (const response of await options.store.listResponses({ state: ['published', 'published-anonymised'] })) {
    if (!response.email || !response.inputId || !isPublic(response)) continue;
    // In the language the response was sent in, and the link opens the page in it.
    const { lang } = response;
    const s = ui(lang).consultation.service;
    const p = ui(lang).consultation.published;
    const outcome = outcomeOf(corpus, response.version, response.inputId);
    if (!outcome) continue;
    if (!(await notices.claim({ responseId: response.id, inputId: response.inputId, version: outcome.version }, now()))) continue;
    const url = `${options.publicOrigin}${localPath(`/horing/${encodeURIComponent(response.version)}/svar`, lang)}#svar-${response.id}`;
    const decision = outcome.decision ? `${inputDispositionVocabulary.labels[outcome.decision][lang]}.` : p.outcomeNoDecision;
    const mail = renderMail({
      lang,
      subject: p.outcomeMailSubject,
      intro: [p.outcomeMailIntro(response.inputId, outcome.label)],
      items: [{ title: p.outcomeHeading, text: outcome.reason ? `${decision} ${outcome.reason}` : decision, url, linkText: p.outcomeMailLink }],
      reason: s.mailReason,
      unsubscribeUrl: url,
      unsubscribeText: p.outcomeMailOnce,
    });
    try {
      await options.mailer.send({ to: response.email, mail, unsubscribeUrl: url });
      sent++;
    } catch (error) {
      await notices.release(response.id);
      console.error(`E-posten om utfallet ble ikke sendt: ${(error as Error).message}`);
    }
  }
  return sent;
}

/** Runs `notifyOutcomes` every `intervalMs` over the content as released; returns a stop function. */
export function startOutcomeMail(contentDir: string, options: OutcomeMailOptions & { intervalMs?: number }): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(async () => notifyOutcomes(await loadCorpus(contentDir), options))
      .catch((error: unknown) => console.error(`Utfallsvarslene stoppet: ${(error as Error).message}`));
  }, options.intervalMs ?? 60_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
