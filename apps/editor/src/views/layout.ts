/** The page around every view: language, skip link, menu, and the editor's stylesheet and script. */
import { type Messages, type UiLang, ui } from '@strategi/i18n';
import { languages } from '@strategi/schema';
import { type Html, html } from '../html.ts';
import { script, stylesheet } from '../public-files.ts';

export interface PageContext {
  lang: UiLang;
  t: Messages;
  /** The token every form carries (see access.ts). */
  csrf: string;
  /** May save, create, commit and release. */
  canEdit: boolean;
  /** The path of the page, for the language switch. */
  path: string;
}

export function pageContext(lang: UiLang, csrf: string, canEdit: boolean, path: string): PageContext {
  return { lang, t: ui(lang), csrf, canEdit, path };
}

export const csrfField = (context: PageContext) => html`<input type="hidden" name="csrf" value="${context.csrf}">`;

export function page(context: PageContext, title: string, current: 'documents' | 'changes' | 'publish' | undefined, main: Html): string {
  const { t } = context;
  const item = (href: string, key: 'documents' | 'changes' | 'publish') =>
    html`<li><a class="ds-link" href="${href}"${current === key ? html` aria-current="page"` : ''}>${t.editor[key]}</a></li>`;
  return html`<!doctype html>
<html lang="${context.lang}" data-color-scheme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} – ${t.editor.appName}</title>
<link rel="stylesheet" href="${stylesheet.url}">
<script type="module" src="${script.url}"></script>
</head>
<body>
<a class="ds-skip-link" href="#hovedinnhold">${t.skipToContent}</a>
<header class="topp">
<div class="wrap topp-rad">
<p class="ds-paragraph appnavn"><a class="ds-link" href="/">${t.editor.appName}</a></p>
<nav aria-label="${t.editor.menu}"><ul class="meny">${item('/', 'documents')}${item('/endringer', 'changes')}${item('/frigi', 'publish')}</ul></nav>
<form class="sprak" method="get" action="/sprak">
<input type="hidden" name="tilbake" value="${context.path}">
<label class="ds-label" for="sprakvalg">${t.editor.language}</label>
<select class="ds-input" id="sprakvalg" name="lang">${languages.map(
    (lang) => html`<option value="${lang}"${lang === context.lang ? html` selected` : ''}>${ui(lang).langName}</option>`,
  )}</select>
<button class="ds-button" data-variant="secondary" type="submit">${t.editor.chooseLanguage}</button>
</form>
</div>
</header>
<main id="hovedinnhold" class="wrap" tabindex="-1">
${main}
</main>
</body>
</html>
`.text;
}

/** A notice at the top of a view. */
export function notice(kind: 'success' | 'info' | 'warning' | 'danger', content: Html | string): Html {
  return html`<div class="ds-alert" data-color="${kind}" role="${kind === 'danger' || kind === 'warning' ? 'alert' : 'status'}">${content}</div>`;
}
