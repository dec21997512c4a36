/**
 * The language of the server's own words (status pages, threads, mails): the preview's. The site chooses a page's
 * language from the strategy's written form and writes it as `<html lang>`; the front page of the build says it for
 * the whole preview, so a reader of a nynorsk strategy gets «Kommentarar», not «Kommentarer».
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { UiLang } from '@strategi/i18n';
import { language } from '@strategi/schema';

/** The `lang` of the build's front page, or bokmål when there is none (or none the site would write). */
export function previewLanguage(dist: string): UiLang {
  let html: string;
  try {
    html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  } catch {
    return 'nb';
  }
  const found = language.safeParse(/<html\b[^>]*?\slang="([^"]*)"/i.exec(html)?.[1]);
  return found.success ? found.data : 'nb';
}
