/**
 * The HTML of a document's body on a page: the model's sanitised rendering, with links resolved for the edition,
 * labels in the page's language and tables dressed for the site. `Body.astro` inserts it, and a test compares a
 * built page with it, so the two cannot differ.
 */
import { type UiLang, ui } from '@strategi/i18n';
import type { AnyDoc, Edition } from '@strategi/model';
import { renderBody } from '@strategi/model/render';
import { imageResolver } from './body-images.ts';
import { wrapTables } from './body-tables.ts';
import { exampleLabel, footnoteLabels } from './example-label.ts';
import { linkResolver } from './urls.ts';

export interface BodyHtmlOptions {
  doc: AnyDoc;
  edition: Edition;
  base: string;
  lang: UiLang;
  headingOffset?: number;
  anchors?: (id: string, fragment?: string) => string;
}

/** The body's HTML, or '' for a document without text. */
export async function bodyHtml({ doc, edition, base, lang, headingOffset = 1, anchors }: BodyHtmlOptions): Promise<string> {
  if (!doc.body.trim()) return '';
  const html = await renderBody(doc.body, {
    resolveLink: linkResolver(edition, base, anchors),
    headingOffset,
    fromPath: doc.path,
    exampleLabel: exampleLabel(lang, doc.data.lang),
    footnotes: footnoteLabels(lang),
    resolveImage: await imageResolver(doc, edition, base),
  });
  return wrapTables(html, ui(lang).bodyTable);
}
