/** The receipt: one mail to the address the responder gave, with the private link and what they wrote. */
import { formatDate, type UiLang, ui } from '@strategi/i18n';
import { type Mailer, renderMail } from '@strategi/mail';

export async function sendReceipt(
  mailer: Mailer,
  receipt: { lang: UiLang; to: string; url: string; title: string; deadline: string; text: string },
): Promise<void> {
  const s = ui(receipt.lang).consultation.service;
  const mail = renderMail({
    lang: receipt.lang,
    subject: s.mailSubject(receipt.title),
    intro: [s.mailIntro(formatDate(receipt.lang, receipt.deadline))],
    items: [{ title: receipt.title, text: receipt.text, url: receipt.url, linkText: s.mailLink }],
    reason: s.mailReason,
    // A receipt is the only mail about a response; its link is where the responder manages it.
    unsubscribeUrl: receipt.url,
    unsubscribeText: s.mailNoMore,
  });
  await mailer.send({ to: receipt.to, mail, unsubscribeUrl: receipt.url });
}
