/**
 * Tables in a document's text, dressed as Designsystemet's tables and put in a box that scrolls sideways on a
 * narrow screen, so that the page itself never does. The box can take focus and has a name, so a keyboard user can
 * scroll it and a screen reader says what it is (WCAG 2.1.1, axe's scrollable-region-focusable).
 */

/** The class of the scrolling box (site.css). */
const BODY_TABLE_CLASS = 'body-table';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `html` (a sanitised body, where a table has no attributes of its own) with each table given Designsystemet's
 * class and wrapped in a focusable, labelled box.
 */
export function wrapTables(html: string, label: string): string {
  if (!html.includes('<table')) return html;
  const open = `<div class="${BODY_TABLE_CLASS}" role="region" tabindex="0" aria-label="${escapeAttribute(label)}"><table class="ds-table" data-size="sm">`;
  return html.replace(/<table>/g, open).replace(/<\/table>/g, '</table></div>');
}
