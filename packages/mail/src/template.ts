/**
 * One template for every mail: the same content becomes the plain-text body and the HTML body, so the two never
 * say different things. Everything given is text; the HTML side escapes it.
 */

export interface MailItem {
  /** A line that names the item, e.g. «Kari Nordmann om Tiltak T-1». */
  title: string;
  /** The item's text, shown as written (line breaks kept). */
  text: string;
  /** Where the item is read, and the link's words. */
  url: string;
  linkText: string;
}

export interface MailContent {
  /** The language the mail is written in (a BCP 47 tag: nb, nn, en), for the HTML part's `lang` and screen readers. */
  lang: string;
  subject: string;
  /** Paragraphs before the items. */
  intro: readonly string[];
  items: readonly MailItem[];
  /** Why the recipient gets this mail, before the unsubscribe link. */
  reason: string;
  unsubscribeUrl: string;
  unsubscribeText: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

const paragraphHtml = (value: string) => `<p>${escapeHtml(value).replaceAll('\n', '<br>')}</p>`;

/** A quoted block in plain text: each line behind «> », the way mail programs quote. */
const quoted = (value: string) =>
  value
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');

export function renderMail(content: MailContent): RenderedMail {
  // A subject is one line: a line break in a header would start a new header.
  const subject = content.subject.replace(/\s+/g, ' ').trim();
  const text = [
    ...content.intro,
    ...content.items.map((item) => `${item.title}\n${quoted(item.text)}\n${item.linkText}: ${item.url}`),
    `-- \n${content.reason}\n${content.unsubscribeText}: ${content.unsubscribeUrl}`,
  ].join('\n\n');
  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(content.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
    ...content.intro.map(paragraphHtml),
    ...content.items.map(
      (item) =>
        `<h2 style="font-size:1em">${escapeHtml(item.title)}</h2><blockquote>${paragraphHtml(item.text)}</blockquote>` +
        `<p><a href="${escapeHtml(item.url)}">${escapeHtml(item.linkText)}</a></p>`,
    ),
    `<hr><p><small>${escapeHtml(content.reason)} <a href="${escapeHtml(content.unsubscribeUrl)}">${escapeHtml(content.unsubscribeText)}</a></small></p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text: `${text}\n`, html: `${html}\n` };
}
