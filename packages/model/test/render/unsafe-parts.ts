import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Elements that must never come out of the sanitiser: script, style, embedding, forms, documents, foreign content. */
const forbiddenElements = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'meta',
  'base',
  'link',
  'form',
  'button',
  'select',
  'textarea',
  'title',
  'template',
  'svg',
  'math',
  'html',
  'head',
  'body',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
]);

/**
 * Every unsafe element, attribute, URL and comment in `html`, read back with an HTML parser as a browser would
 * (escaped text is text, not markup); empty when the HTML is safe to insert into a page.
 */
export function unsafeParts(html: string): string[] {
  const found: string[] = [];
  const tree = fromHtml(html, { fragment: true });
  visit(tree, (node) => {
    if (node.type === 'comment') found.push(`<!--${node.value}-->`);
    if (node.type !== 'element') return;
    const element = node as Element;
    if (forbiddenElements.has(element.tagName)) found.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcDoc' || name === 'formAction') found.push(`${element.tagName}.${name}`);
      if (/^(href|src|action|xLinkHref|poster|cite|background)$/.test(name) && /^(javascript|vbscript|data):/i.test(String(value).replace(/[\s\0]/g, '')))
        found.push(`${element.tagName}.${name}=${String(value)}`);
    }
  });
  return found;
}
