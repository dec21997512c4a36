import { type UiLang, ui } from '@strategi/i18n';
import type { FootnoteLabels, PassageLabel } from '@strategi/model/render';

/**
 * The label above a passage marked `:::eksempel` (`renderBody`'s `exampleLabel`), in the page's interface language,
 * and marked with that language when the text around it is written in another (`textLang`).
 */
export function exampleLabel(lang: UiLang, textLang?: string): PassageLabel {
  const t = ui(lang).example;
  return { tag: t.label, text: t.passage, lang: textLang !== undefined && textLang !== lang ? lang : undefined };
}

/** The heading over a body's footnotes and the links back to their references (`renderBody`'s `footnotes`), in the page's language. */
export function footnoteLabels(lang: UiLang): FootnoteLabels {
  return ui(lang).footnotes;
}
