/**
 * Every page's frame: the language, a skip link, a heading and the language choice. Hono's `html` escapes every
 * value put into it; only other `html` results (and the sanitised document body) go in unescaped.
 */
import { type UiLang, ui } from '@strategi/i18n';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { LANGS, localPath } from '../lang.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export function layout(options: { lang: UiLang; title: string; path: string; body: Html }): Html {
  const t = ui(options.lang);
  return html`<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${options.title} – ${t.consultation.service.title}</title>
<link rel="stylesheet" href="/horing.css">
<script src="/horing.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${t.skipToContent}</a>
<header class="top">
<p class="service"><a href="${localPath('/', options.lang)}">${t.consultation.service.title}</a></p>
<nav aria-label="${t.consultation.service.languages}"><ul class="langs">${LANGS.map(
    (lang) =>
      html`<li><a href="${localPath(options.path, lang)}" lang="${lang}" hreflang="${lang}"${lang === options.lang ? html` aria-current="true"` : ''}>${ui(lang).langName}</a></li>`,
  )}</ul></nav>
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
</body>
</html>`;
}
