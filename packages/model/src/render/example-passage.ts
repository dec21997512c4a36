import { randomUUID } from 'node:crypto';
import { EXAMPLE_PASSAGE } from '@strategi/schema';
import type { Element, Root as HastRoot } from 'hast';
import { defaultHandlers, type Handle } from 'hast-util-to-mdast';
import type { Root as MdastRoot } from 'mdast';
import { directiveToMarkdown } from 'mdast-util-directive';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * A passage marked `:::eksempel` on its way to the page. It passes the sanitiser as a `div` with a class no body
 * can write (random per process, like the document-link placeholders), and only after the sanitiser does it get its
 * public class, `example-passage`: raw HTML in a body never can. Its visible label is put in per page (`labelPassages`)
 * so that the cached HTML holds no words of any one language.
 */

/** The class a marked passage has on the page. */
export const PASSAGE_CLASS = 'example-passage';

/** The only class the sanitiser lets a `div` keep. */
export const PASSAGE_PLACEHOLDER = `strategi-eksempel-${randomUUID().slice(0, 8)}`;

/** What the label above a passage says: a tag, and the sentence after it. */
export interface PassageLabel {
  tag: string;
  text: string;
  /** The label's language, when it is not the language of the text around it (a bokmål page showing a nynorsk body). */
  lang?: string | undefined;
}

export const DEFAULT_PASSAGE_LABEL: PassageLabel = { tag: 'Eksempel', text: 'Avsnittet bygger ikke på kjente fakta.' };

/** Before remark-rehype: each passage becomes a `div` with the placeholder class. */
export function markPassages(tree: MdastRoot): void {
  visit(tree, 'containerDirective', (node) => {
    if (node.name === EXAMPLE_PASSAGE) node.data = { hName: 'div', hProperties: { className: [PASSAGE_PLACEHOLDER] } };
  });
}

const isPassage = (node: Element, className: string) => {
  const classes = node.properties['className'];
  return node.tagName === 'div' && Array.isArray(classes) && classes.includes(className);
};

/**
 * After the sanitiser: a passage gets its public class, and is a note for assistive technology. Any other `div` had
 * every class taken away; the empty list goes too, so it is written `<div>` as before passages existed.
 */
export function namePassages() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      if (isPassage(node, PASSAGE_PLACEHOLDER)) node.properties = { className: [PASSAGE_CLASS], role: 'note' };
      else if (node.tagName === 'div' && Array.isArray(node.properties['className']) && node.properties['className'].length === 0)
        delete node.properties['className'];
    });
  };
}

/** A passage's opening tag as rehype-stringify writes it; nothing written in a body can produce this text. */
const OPENING = `<div class="${PASSAGE_CLASS}" role="note">`;

const escapeText = (value: string) => value.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&#x22;');

/**
 * Names each passage of rendered HTML and puts the label at its top, where a reader sees it before the invented
 * text. The label is left out of search (`data-pagefind-ignore`), like the document's own example mark.
 */
export function labelPassages(html: string, label: PassageLabel): string {
  if (!html.includes(OPENING)) return html;
  const lang = label.lang ? ` lang="${escapeAttribute(label.lang)}"` : '';
  return html.replaceAll(
    OPENING,
    `<div class="${PASSAGE_CLASS}" role="note" aria-label="${escapeAttribute(label.tag)}"><p class="${PASSAGE_CLASS}__label"${lang} data-pagefind-ignore><span class="ds-tag" data-color="warning">${escapeText(label.tag)}</span> ${escapeText(label.text)}</p>`,
  );
}

/** Back to Markdown (`publicMarkdown`): a passage's `div` is a `:::eksempel` block again, so data users see the mark. */
export const passageToMdast: Handle = (state, node) => {
  if (!isPassage(node, PASSAGE_CLASS)) return defaultHandlers['div']!(state, node);
  const block = { type: 'containerDirective' as const, name: EXAMPLE_PASSAGE, attributes: {}, children: state.toFlow(state.all(node)) };
  state.patch(node, block);
  return block;
};

/**
 * remark-stringify plugin: writes `:::eksempel` blocks, and escapes a line of text that would read as one. Only the
 * block handler of mdast-util-directive is taken: its other rules escape every `:` before a letter (`Merk\:dette`),
 * which this parser never reads as a directive.
 */
export function passageMarkdown(this: Processor): undefined {
  const data = this.data();
  const extension = {
    handlers: { containerDirective: directiveToMarkdown().handlers!['containerDirective']! },
    // Only a line that would open a block: the name, then a label, attributes, or nothing but spaces to its end.
    unsafe: [{ atBreak: true, character: ':', after: `::+${EXAMPLE_PASSAGE}(?:[\\[{]|[\\t ]*(?:[\\r\\n]|$))` }],
  };
  data.toMarkdownExtensions = [...(data.toMarkdownExtensions ?? []), extension];
}
