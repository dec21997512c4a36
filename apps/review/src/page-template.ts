/**
 * A preview page split where the server adds its own parts: before `</head>` (its script and stylesheet) and
 * after each commentable section (the comments on it and the form). The preview build marks a section with
 * `data-strategi-dokument` and `data-strategi-utgave`; on a change page (`/endringer/<from>/<to>/`) each document's
 * change (`details.doc-change` with the document's id) is a section too, of the edition `<to>`: a reviewer comments on
 * what changed, anchored to the new text. The page is parsed once with parse5 and kept until the file changes.
 */
import { readFileSync, statSync } from 'node:fs';
import { type DefaultTreeAdapterMap, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface Section {
  document: string;
  edition: string;
  /** A document's change on a change page, not its text: only the new text in it is commentable. */
  change?: true;
}

/** The edition a change page's changes lead to, from its path, or undefined for any other page. */
export function changesEdition(pathname: string): string | undefined {
  return /^\/endringer\/[^/]+\/([a-z0-9][a-z0-9-]*)\//.exec(pathname)?.[1];
}

const isChange = (element: Element) => element.tagName === 'details' && (attribute(element, 'class') ?? '').split(/\s+/).includes('doc-change');

export interface PageTemplate {
  /** `parts.length === sections.length + 2`: head slot, then one slot after each section. */
  parts: string[];
  sections: Section[];
}

const cache = new Map<string, { mtimeMs: number; size: number; template: PageTemplate }>();
const MAX_CACHED = 5_000;

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

function splitPage(html: string, changesTo: string | undefined): PageTemplate {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const cuts: { offset: number; section?: Section }[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) {
      const location = node.sourceCodeLocation;
      if (node.tagName === 'head' && location?.endTag) cuts.push({ offset: location.endTag.startOffset });
      const documentId = attribute(node, 'data-strategi-dokument');
      const edition = attribute(node, 'data-strategi-utgave');
      if (documentId && edition && location?.endTag) {
        cuts.push({ offset: location.endTag.endOffset, section: { document: documentId, edition } });
        return;
      }
      const changed = changesTo && isChange(node) ? attribute(node, 'id') : undefined;
      if (changed && changesTo && location?.endTag) {
        cuts.push({ offset: location.endTag.endOffset, section: { document: changed, edition: changesTo, change: true } });
        return;
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(document);
  const head = cuts.find((cut) => !cut.section);
  const sectionCuts = cuts.filter((cut) => cut.section).sort((a, b) => a.offset - b.offset);
  // A page without a head is not one the build writes; its additions then go first.
  const offsets = [head?.offset ?? 0, ...sectionCuts.map((cut) => cut.offset)];
  const parts: string[] = [];
  let from = 0;
  for (const offset of offsets) {
    parts.push(html.slice(from, offset));
    from = offset;
  }
  parts.push(html.slice(from));
  return { parts, sections: sectionCuts.map((cut) => cut.section!) };
}

/** The page at `file`; `pathname` is where it is served, which says whether it is a change page. */
export function pageTemplate(file: string, pathname = ''): PageTemplate {
  const { mtimeMs, size } = statSync(file);
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.template;
  const template = splitPage(readFileSync(file, 'utf8'), changesEdition(pathname));
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(file, { mtimeMs, size, template });
  return template;
}

/** The page with the head additions and each section's thread put in. */
export function fillPage(template: PageTemplate, head: string, threads: string[]): string {
  let html = template.parts[0]! + head + template.parts[1]!;
  for (let i = 0; i < template.sections.length; i++) html += threads[i]! + template.parts[i + 2]!;
  return html;
}
