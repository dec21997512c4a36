/** Built pages as parse5 trees, and the few walks the file-only tests need. */
import { type DefaultTreeAdapterMap, parse } from 'parse5';

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

export function parseHtml(html: string): DefaultTreeAdapterMap['document'] {
  return parse(html);
}

/** Every element of a tree, in document order (template contents included). */
export function* elementsOf(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elementsOf(child);
  if ('content' in node && node.content) yield* elementsOf(node.content as Node);
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The concatenated text of a node. */
export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.map((child) => textOf(child)).join('');
}
