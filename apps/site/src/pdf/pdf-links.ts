/**
 * Fills the PDF links the pages were built with (components/PdfLink.astro): the size of each edition's PDF once
 * it is written, or the link taken out when the build makes no PDF for that edition.
 */

import { type UiLang, ui } from '@strategi/i18n';
import { language } from '@strategi/schema';
import { PDF_LINK_ATTRIBUTE, PDF_SIZE_ATTRIBUTE } from '../lib/pdf-links.ts';

/** A file size as readers write it: «412 kB», «1,2 MB» (decimal units, the page language's decimal sign). */
export function formatSize(bytes: number, lang: UiLang): string {
  const locale = lang === 'en' ? 'en-GB' : 'nb-NO';
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000)).toLocaleString(locale)} kB`;
  return `${(bytes / 1_000_000).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}

const pageLang = (html: string): UiLang => {
  const lang = language.safeParse(/<html\b[^>]*\blang="([^"]*)"/.exec(html)?.[1]);
  return lang.success ? lang.data : 'nb';
};

/** `html` with every PDF link's size filled from `sizes` (edition id → bytes); links to editions without a PDF removed. */
export function fillPdfLinks(html: string, sizes: ReadonlyMap<string, number>): string {
  if (!html.includes(PDF_LINK_ATTRIBUTE)) return html;
  const t = ui(pageLang(html));
  const lang = pageLang(html);
  return html
    .replace(new RegExp(`<p\\b[^>]*\\b${PDF_LINK_ATTRIBUTE}="([^"]+)"[^>]*>[\\s\\S]*?</p>`, 'g'), (paragraph, id: string) => (sizes.has(id) ? paragraph : ''))
    .replace(new RegExp(`(<span\\b[^>]*\\b${PDF_SIZE_ATTRIBUTE}="([^"]+)"[^>]*>)(</span>)`, 'g'), (whole, open: string, id: string, close: string) => {
      const size = sizes.get(id);
      return size === undefined ? whole : `${open}(${t.pdf.size(formatSize(size, lang))})${close}`;
    });
}
