/**
 * Sending through SMTP with nodemailer. Every mail goes to one recipient (so no address is ever shown to another)
 * and carries the unsubscribe headers of RFC 2369 and RFC 8058, so a mail program can offer one-click unsubscribe.
 */
import nodemailer from 'nodemailer';
import type { SmtpSettings } from './settings.ts';
import type { RenderedMail } from './template.ts';

export interface OutgoingMail {
  to: string;
  mail: RenderedMail;
  /** Answers GET with a confirm page and POST `List-Unsubscribe=One-Click` by unsubscribing. */
  unsubscribeUrl: string;
}

export interface Mailer {
  /** Resolves once the SMTP server has accepted the mail; rejects with its error otherwise. */
  send(outgoing: OutgoingMail): Promise<void>;
  close(): void;
}

/** How long to wait for the SMTP server at each step: a server that hangs must not hold a queue for minutes. */
const TIMEOUT_MS = 10_000;

export function createMailer(settings: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport({
    url: settings.url,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  return {
    async send({ to, mail, unsubscribeUrl }) {
      await transport.sendMail({
        from: settings.from,
        to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: {
          'List-Unsubscribe': `<${unsubscribeUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          // No out-of-office replies to a notification.
          'Auto-Submitted': 'auto-generated',
        },
      });
    },
    close() {
      transport.close();
    },
  };
}
