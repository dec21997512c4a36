/**
 * A comment's text as HTML: plain text escaped, Markdown through the project's own renderer and sanitiser
 * (`@strategi/model/render`), so nothing a reviewer writes can run in another reviewer's browser.
 */
import { renderBody } from '@strategi/model/render';

/** The longest comment, in characters. */
export const MAX_COMMENT_LENGTH = 5000;

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export async function commentHtml(text: string, format: 'text' | 'markdown'): Promise<string> {
  if (format === 'markdown') {
    // Document links (`tiltak:T-1`) are not resolved in a comment; headings sit under the comment list's own.
    return renderBody(text, { resolveLink: () => undefined, headingOffset: 3 });
  }
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}
