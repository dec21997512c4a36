import { formatDate, type UiLang, ui } from '@strategi/i18n';

/**
 * A measure's deadline as a reader sees it: the date in the page's language, or that no deadline is set. Many
 * measures have no public deadline, and an empty cell or a guessed year would read as a fact.
 */
export function deadlineText(lang: UiLang, deadline: string | undefined): string {
  return deadline === undefined ? ui(lang).fields.noDeadline : formatDate(lang, deadline);
}
