/**
 * The key of a version's PDF in the cache: a hash of what the PDF is made from. That is the whole-document
 * page's language, title and main content, the stylesheets it links to, the settings of the step (site URL,
 * margin texts) and the step's own code — not the site header or footer, which the PDF does not show, so adding
 * a version elsewhere in the site (a new entry in the version switcher) keeps every older version's PDF.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDF_SIZE_ATTRIBUTE } from '../lib/pdf-links.ts';

const stepFolder = path.dirname(fileURLToPath(import.meta.url));

/** The step's own source, so that a change to how PDFs are made makes every cached PDF stale. */
function stepSource(): string {
  return readdirSync(stepFolder)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => `${name}\n${readFileSync(path.join(stepFolder, name), 'utf8')}`)
    .join('\n');
}
let source: string | undefined;

/** The hrefs of the stylesheets a page links to, in order. */
function stylesheetHrefs(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((match) => /\bhref="([^"]+)"/.exec(match[0])?.[1] ?? '').filter(Boolean);
}

/** What of the page goes into the PDF: `<html lang>`, `<title>` and `<main>`. */
function pdfRelevantHtml(html: string): string {
  const lang = /<html\b[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? '';
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
  // The size the step writes into the PDF link after printing is not printed (the link is hidden in print).
  return `${lang}\n${title}\n${main.replace(new RegExp(`(<span\\b[^>]*\\b${PDF_SIZE_ATTRIBUTE}="[^"]*"[^>]*>)[^<]*(</span>)`, 'g'), '$1$2')}`;
}

/**
 * The cache key of a whole-document page: `readAsset` gives the text of a stylesheet by its href; `settings`
 * is everything else the step puts into the PDF.
 */
export function pdfInputHash(html: string, readAsset: (href: string) => string, settings: Record<string, string>): string {
  source ??= stepSource();
  const hash = createHash('sha256');
  hash.update(source);
  hash.update(JSON.stringify(Object.entries(settings).sort()));
  hash.update(pdfRelevantHtml(html));
  for (const href of stylesheetHrefs(html)) hash.update(`\n${href}\n${readAsset(href)}`);
  return hash.digest('hex');
}
