/**
 * The print source of a whole document (`hele-dokumentet/utskrift/`, views/WholeView.astro) written as one Typst
 * document: the site's own rendering of the version, so that the PDF says what the site says. Everything before the
 * cover in `<main>` (breadcrumbs, notices) and what print hides (`.screen-only`, the PDF link) is left out; the
 * cover is a page of its own, the colophon on its back, the contents Typst's `outline` of the sections the page's list names,
 * every heading, paragraph, list, table, link, emphasis and footnote as Typst markup, a section's `lang` on its text.
 */
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import type { ColophonLine } from './colophon.ts';
import { escapeMarkup, labelNames, typstString } from './typst-markup.ts';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

/** What the cover says about the PDF (its data attributes in views/WholeView.astro) and the page's language. */
interface CoverData {
  title: string;
  author: string;
  /** The settings' licence holder, when they name one. */
  licenceHolder: string | undefined;
  subject: string;
  draftMark: string | undefined;
  lang: string;
  /** The strategy's title, the cover's heading. */
  heading: string;
  /** The day the version was released, as the cover gives it; absent for the working draft. */
  released: string | undefined;
}

export interface PrintSource {
  document: Element;
  main: Element;
  cover: Element;
  data: CoverData;
}

/** What the margins of every page say, in the document's language. */
interface PageTexts {
  /** «Side», «av»: the page number reads «Side 3 av 12». */
  page: string;
  of: string;
  colophonLabel: string;
}

const isElement = (node: Node | DefaultTreeAdapterMap['parentNode']): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const classes = (element: Element) => new Set((attr(element, 'class') ?? '').split(/\s+/).filter(Boolean));
const children = (node: Element): Node[] => (node.tagName === 'template' ? [] : node.childNodes);
const elementChildren = (node: Element) => children(node).filter(isElement);

function* elementsOf(node: Element): Generator<Element> {
  for (const child of children(node)) {
    if (!isElement(child)) continue;
    yield child;
    yield* elementsOf(child);
  }
}

/** The text of a node, white space as one space. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return isElement(node) ? children(node).map(textOf).join('') : '';
}
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Parses the built print source and finds its cover; throws when the page is not a whole-document page. */
export function readPrintSource(html: string, pathname: string): PrintSource {
  const document = parse(html) as unknown as Element;
  const all = [...elementsOf(document)];
  const main = all.find((element) => element.tagName === 'main');
  const cover = main && [...elementsOf(main)].find((element) => classes(element).has('whole-cover'));
  if (!main || !cover) throw new Error(`${pathname} has no .whole-cover: is it the whole-document page?`);
  const htmlElement = all.find((element) => element.tagName === 'html');
  const title = all.find((element) => element.tagName === 'title');
  const heading = [...elementsOf(cover)].find((element) => element.tagName === 'h1');
  const versionName = [...elementsOf(cover)].find((element) => attr(element, 'data-version-name') !== undefined);
  const time = versionName && [...elementsOf(versionName)].find((element) => element.tagName === 'time');
  return {
    document,
    main,
    cover,
    data: {
      title: attr(cover, 'data-pdf-title') ?? clean(title ? textOf(title) : ''),
      author: attr(cover, 'data-pdf-author') ?? '',
      licenceHolder: attr(cover, 'data-pdf-licence-holder'),
      subject: attr(cover, 'data-pdf-subject') ?? '',
      draftMark: attr(cover, 'data-pdf-draft'),
      lang: (htmlElement && attr(htmlElement, 'lang')) || 'nb',
      heading: clean(heading ? textOf(heading) : ''),
      released: (time && clean(textOf(time))) || undefined,
    },
  };
}

/** Hidden in print (styles/print.css), or the site's frame: not part of the document. */
const notPrinted = (element: Element) => {
  const names = classes(element);
  return (
    ['screen-only', 'pdf-download', 'print-header', 'ds-breadcrumbs', 'whole-pager'].some((name) => names.has(name)) ||
    ['script', 'style', 'template', 'noscript'].includes(element.tagName) ||
    attr(element, 'data-footnotes') !== undefined ||
    attr(element, 'data-footnote-backref') !== undefined ||
    attr(element, 'hidden') !== undefined
  );
};

interface Context {
  /** The document's own language: a `lang` that differs from it is set on the text it covers. */
  lang: string;
  /** Ids a link in the document points at → Typst label names; only these get a label. */
  targets: Map<string, string>;
  /** Ids of the sections the contents lists. */
  contents: Set<string>;
  /** Footnote items by id, for the references (`#user-content-fn-1`). */
  footnotes: Map<string, Element>;
  /** The site's address for links to its pages; `undefined` when unknown (such links keep their text only). */
  origin: string;
  /** The level of the heading before: none may skip a level (PDF/UA-1). */
  previousLevel: number;
  /** How many lists and quotes the content is inside. */
  nesting: number;
}

/**
 * Lists and quotes nested deeper than this are set as plain blocks inside the deepest one: Typst stops at a depth of
 * nested elements that a body within the site's own nesting limit (64 HTML elements) can reach.
 */
const MAX_NESTING = 8;

/** Runs `work` for the content inside a list or quote, one level deeper. */
function nested<T>(context: Context, work: () => T): T {
  context.nesting++;
  try {
    return work();
  } finally {
    context.nesting--;
  }
}

/** A label after an element, when a link points at its id. */
const labelFor = (element: Element, context: Context) => {
  const id = attr(element, 'id');
  const name = id === undefined ? undefined : context.targets.get(id);
  return name === undefined ? '' : ` <${name}>`;
};

/** An anchor for a link into the text where an element with an id is no heading: an invisible, locatable mark. */
const anchorFor = (element: Element, context: Context) => {
  const label = labelFor(element, context);
  return label ? `#metadata(none)${label}\n` : '';
};

const langOpen = (element: Element, context: Context) => {
  const lang = attr(element, 'lang');
  return lang && lang !== context.lang ? lang : undefined;
};

/**
 * An embedded expression inside running text, ended with `;`: without it, text right after it that starts with
 * `.name` or `(` would be read as a field or as more arguments.
 */
const embedded = (expression: string) => `#${expression};`;

function inline(node: Node, context: Context): string {
  if (node.nodeName === '#text') return escapeMarkup((node as DefaultTreeAdapterMap['textNode']).value);
  if (!isElement(node) || notPrinted(node)) return '';
  const inner = () =>
    children(node)
      .map((child) => inline(child, context))
      .join('');
  const lang = langOpen(node, context);
  const wrapped = (markup: string) => (lang ? embedded(`text(lang: ${typstString(lang)})[${markup}]`) : markup);
  switch (node.tagName) {
    case 'strong':
    case 'b':
      return wrapped(embedded(`strong[${inner()}]`));
    case 'em':
    case 'i':
      return wrapped(embedded(`emph[${inner()}]`));
    case 's':
    case 'del':
      return wrapped(embedded(`strike[${inner()}]`));
    case 'code':
      return embedded(`raw(${typstString(textOf(node))})`);
    case 'br':
      // Not Typst's `\` at the end of a line: trimmed at the end of a heading, it would escape the closing `]`.
      return embedded('linebreak()');
    case 'img':
      return escapeMarkup(attr(node, 'alt') ?? '');
    case 'sup': {
      const ref = elementChildren(node).find((child) => attr(child, 'data-footnote-ref') !== undefined);
      const item = ref && context.footnotes.get(decodeURIComponent((attr(ref, 'href') ?? '').slice(1)));
      return item ? embedded(`footnote[${blocks(children(item), context)}]`) : embedded(`super[${inner()}]`);
    }
    case 'a':
      return wrapped(link(node, inner(), context));
    default:
      return wrapped(inner());
  }
}

function link(element: Element, text: string, context: Context): string {
  const href = attr(element, 'href') ?? '';
  if (href.startsWith('#')) {
    const id = decodeURIComponent(href.slice(1));
    const name = context.targets.get(id);
    return name === undefined ? text : embedded(`link(label(${typstString(name)}))[${text}]`);
  }
  let url: URL;
  try {
    url = new URL(href, context.origin);
  } catch {
    return text;
  }
  if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return text;
  return embedded(`link(${typstString(url.href)})[${text}]`);
}

const inlines = (nodes: Node[], context: Context) =>
  nodes
    .map((node) => inline(node, context))
    .join('')
    .trim();

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'header',
  'footer',
  'article',
  'aside',
  'nav',
  'main',
  'ul',
  'ol',
  'dl',
  'table',
  'figure',
  'blockquote',
  'pre',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** Block and inline children mixed: runs of inline content become paragraphs. */
function blocks(nodes: Node[], context: Context): string {
  const out: string[] = [];
  let run: Node[] = [];
  const flush = () => {
    const text = inlines(run, context);
    if (text !== '') out.push(`${text}\n`);
    run = [];
  };
  for (const node of nodes) {
    if (isElement(node) && BLOCK_TAGS.has(node.tagName)) {
      flush();
      if (!notPrinted(node)) out.push(block(node, context));
    } else run.push(node);
  }
  flush();
  return out.filter(Boolean).join('\n');
}

function heading(element: Element, context: Context, sectionId: string | undefined): string {
  const label = sectionId !== undefined && context.targets.has(sectionId) ? ` <${context.targets.get(sectionId)}>` : labelFor(element, context);
  // A heading with no text (`#` alone in a body) is no heading to a reader or to PDF/UA-1, which refuses an empty
  // one: links into it land on an invisible mark instead.
  if (clean(textOf(element)) === '') return label ? `#metadata(none)${label}\n` : '';
  const level = Math.min(Number(element.tagName.slice(1)), context.previousLevel + 1);
  context.previousLevel = level;
  const outlined = sectionId !== undefined && context.contents.has(sectionId);
  return `#heading(level: ${level}, outlined: ${outlined})[${inlines(children(element), context)}]${label}\n`;
}

function list(element: Element, context: Context): string {
  if (context.nesting >= MAX_NESTING)
    return elementChildren(element)
      .map((item) => blocks(children(item), context))
      .join('\n');
  return nested(context, () => listMarkup(element, context));
}

function listMarkup(element: Element, context: Context): string {
  const items = elementChildren(element)
    .filter((child) => child.tagName === 'li')
    .map((item) => `${anchorFor(item, context)}[${blocks(children(item), context)}]`);
  return `#${element.tagName === 'ol' ? 'enum' : 'list'}(${items.join(', ')})\n`;
}

function terms(element: Element, context: Context): string {
  const items: string[] = [];
  let term: Element | undefined;
  for (const child of elementChildren(element)) {
    if (child.tagName === 'dt') term = child;
    else if (child.tagName === 'dd') {
      items.push(`terms.item([${term ? `${anchorFor(term, context)}${inlines(children(term), context)}` : ''}], [${blocks(children(child), context)}])`);
    }
  }
  return `#terms(${items.join(', ')})\n`;
}

function table(element: Element, context: Context): string {
  const rows = [...elementsOf(element)].filter((row) => row.tagName === 'tr');
  const cellsOf = (row: Element) => elementChildren(row).filter((cell) => cell.tagName === 'th' || cell.tagName === 'td');
  const header = rows.filter((row) => cellsOf(row).every((cell) => cell.tagName === 'th'));
  const body = rows.filter((row) => !header.includes(row));
  const columns = Math.max(1, ...rows.map((row) => cellsOf(row).length));
  const cell = (c: Element) => `[${blocks(children(c), context)}]`;
  const caption = elementChildren(element).find((child) => child.tagName === 'caption');
  const grid = `table(columns: ${columns}, align: left, ${header.length ? `table.header(${header.flatMap(cellsOf).map(cell).join(', ')}), ` : ''}${body
    .flatMap(cellsOf)
    .map(cell)
    .join(', ')})`;
  return caption
    ? `#figure(kind: table, numbering: none, caption: figure.caption(position: top)[${inlines(children(caption), context)}])[#${grid}]\n`
    : `#${grid}\n`;
}

function block(element: Element, context: Context): string {
  const lang = langOpen(element, context);
  const markup = blockMarkup(element, context);
  return lang ? `#[#set text(lang: ${typstString(lang)})\n${markup}]\n` : markup;
}

function blockMarkup(element: Element, context: Context): string {
  const names = classes(element);
  const tag = element.tagName;
  if (/^h[1-6]$/.test(tag)) return heading(element, context, undefined);
  if (names.has('whole-contents')) return contents(element, context);
  if (names.has('example-passage') || attr(element, 'role') === 'note') {
    return `${anchorFor(element, context)}#block(stroke: (left: 2pt + luma(90)), inset: (left: 8pt), breakable: true)[\n${blocks(children(element), context)}]\n`;
  }
  switch (tag) {
    case 'p':
      return `${anchorFor(element, context)}${inlines(children(element), context)}\n`;
    case 'ul':
    case 'ol':
      return `${anchorFor(element, context)}${list(element, context)}`;
    case 'dl':
      return `${anchorFor(element, context)}${terms(element, context)}`;
    case 'table':
      return `${anchorFor(element, context)}${table(element, context)}`;
    case 'blockquote':
      if (context.nesting >= MAX_NESTING) return `${anchorFor(element, context)}${blocks(children(element), context)}`;
      return `${anchorFor(element, context)}#quote(block: true)[${nested(context, () => blocks(children(element), context))}]\n`;
    case 'pre':
      return `#raw(block: true, ${typstString(textOf(element))})\n`;
    case 'hr':
      return '#line(length: 100%)\n';
    default: {
      // A section's id belongs to its first heading; its headings say where a link into the section lands.
      const id = attr(element, 'id');
      const first = elementChildren(element).find((child) => !notPrinted(child));
      if (id !== undefined && first && /^h[1-6]$/.test(first.tagName)) {
        const rest = children(element).slice(children(element).indexOf(first) + 1);
        return `${heading(first, context, id)}${blocks(rest, context)}`;
      }
      return `${anchorFor(element, context)}${blocks(children(element), context)}`;
    }
  }
}

/** The contents: Typst's outline of the headings the page's list names, titled as on the page, on a page of its own. */
function contents(element: Element, context: Context): string {
  const title = elementChildren(element).find((child) => /^h[1-6]$/.test(child.tagName));
  context.previousLevel = Math.max(context.previousLevel, 2);
  return `#outline(title: [${title ? inlines(children(title), context) : ''}], depth: 6)\n#pagebreak(weak: true)\n`;
}

/** The ids of the sections the page's contents list names, at every level. */
function contentsIds(main: Element): Set<string> {
  const ids = new Set<string>();
  const nav = [...elementsOf(main)].find((element) => classes(element).has('whole-contents'));
  const walk = (list: Element) => {
    elementChildren(list)
      .filter((item) => item.tagName === 'li')
      .forEach((item) => {
        const slot = [...elementsOf(item)].find((element) => attr(element, 'data-toc-page') !== undefined);
        const id = slot && attr(slot, 'data-toc-page');
        if (id) ids.add(id);
        for (const inner of elementChildren(item).filter((child) => child.tagName === 'ol' || child.tagName === 'ul')) walk(inner);
      });
  };
  for (const list of nav ? elementChildren(nav).filter((child) => child.tagName === 'ol') : []) walk(list);
  return ids;
}

/** The elements of `<main>` the document is made of: the cover and everything after it, up through its ancestors. */
function documentNodes(main: Element, cover: Element): Node[] {
  const path: Element[] = [];
  for (let node: Element | undefined = cover; node && node !== main; node = node.parentNode as Element | undefined) path.unshift(node);
  const nodes: Node[] = [];
  // The cover's following siblings at each level, innermost first, as the document reads.
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const node = path[depth]!;
    const siblings = children(node.parentNode as Element);
    nodes.push(...siblings.slice(siblings.indexOf(node) + 1));
  }
  return nodes;
}

function coverMarkup(cover: Element, context: Context): string {
  const parts = elementChildren(cover)
    .filter((child) => !notPrinted(child))
    .map((child) => {
      if (child.tagName === 'h1') {
        context.previousLevel = 1;
        return `#text(26pt)[#heading(level: 1, outlined: false)[${inlines(children(child), context)}]]\n#v(6mm)\n`;
      }
      // The facts stand at the foot of the cover.
      return child.tagName === 'dl' ? `#v(1fr)\n${block(child, context)}` : block(child, context);
    });
  return `#page(header: none)[\n#v(45mm)\n${parts.join('\n')}]\n`;
}

function colophonMarkup(lines: ColophonLine[], context: Context): string {
  const paragraphs = lines.map((line, index) => {
    const text = line.href ? `#link(${typstString(line.href)})[${escapeMarkup(line.text)}]` : escapeMarkup(line.text);
    if (index === 0 && !line.label) return `#strong[${text}]\n#v(2mm)\n`;
    return `${line.label ? `#strong[${escapeMarkup(line.label)}:] ` : ''}${text}\n`;
  });
  void context;
  return `#page(header: none)[\n#set text(9pt)\n#set par(spacing: 0.9em)\n#v(1fr)\n${paragraphs.join('\n')}]\n`;
}

export interface TypstDocumentOptions {
  colophon: ColophonLine[];
  texts: PageTexts;
  /** The origin relative links are resolved against: the site's, or the step's local one. */
  origin: string;
}

/** The print source as a Typst document, to be typeset with `pdfStandard: 'ua-1'`. */
export function typstDocument(source: PrintSource, options: TypstDocumentOptions): string {
  const { main, cover, data } = source;
  const nodes = documentNodes(main, cover);
  const ids = new Set<string>();
  const footnotes = new Map<string, Element>();
  for (const element of elementsOf(main)) {
    const href = element.tagName === 'a' ? attr(element, 'href') : undefined;
    if (href?.startsWith('#') && attr(element, 'data-footnote-ref') === undefined && attr(element, 'data-footnote-backref') === undefined) {
      ids.add(decodeURIComponent(href.slice(1)));
    }
    if (element.tagName === 'li' && attr(element, 'id')?.includes('fn-')) footnotes.set(attr(element, 'id')!, element);
  }
  const contents = contentsIds(main);
  for (const id of contents) ids.add(id);
  const present = new Set([...elementsOf(main)].flatMap((element) => attr(element, 'id') ?? []));
  const name = labelNames();
  const targets = new Map([...ids].filter((id) => present.has(id)).map((id) => [id, name(id)] as const));
  const context: Context = {
    lang: data.lang,
    targets,
    contents,
    footnotes,
    origin: options.origin,
    previousLevel: 0,
    nesting: 0,
  };
  const margin = 'set text(8pt, fill: luma(50))';
  const draft = data.draftMark ? `text(fill: rgb("#aa0000"), weight: "bold", ${typstString(data.draftMark)})` : 'none';
  const preamble = `#set document(title: ${typstString(data.title)}, author: ${typstString(data.author)}, description: ${typstString(data.subject)}, keywords: (${
    data.draftMark ? `${typstString(data.draftMark)},` : ''
  }))
#set text(lang: ${typstString(data.lang)}, font: "DejaVu Sans", size: 10pt)
#set par(justify: false)
#set page(paper: "a4", margin: (x: 20mm, y: 22mm),
  header: context { if here().page() > 2 { ${margin}; ${typstString(data.title)} } },
  footer: context { ${margin}; ${draft}; h(1fr); if here().page() > 2 [${escapeMarkup(options.texts.page)} #counter(page).display() ${escapeMarkup(options.texts.of)} #counter(page).final().first()] })
#show heading: set block(sticky: true)
// A bullet drawn, not a character: a list's text reads as the site's does, without a «•» between the items.
#set list(marker: box(baseline: -0.25em, circle(radius: 0.15em, fill: black)))
// A long table flows on from the page its heading is on, its header row repeated, instead of leaving that page empty.
#show figure: set block(breakable: true)
#show heading.where(level: 2): set text(15pt)
#show heading.where(level: 3): set text(12.5pt)
#show heading.where(level: 4): set text(11pt)
#show outline: set heading(level: 2)
// No list number before an entry: each names itself («Innsatsområde 6: …», «Kilder»), as its heading does. Typst's
// own entry (its inner part) keeps the page number on the line of the dots, never alone below a long title.
#show outline.entry: it => link(it.element.location(), it.indented(none, it.inner()))
`;
  const body = blocks(nodes, context);
  return `${preamble}${coverMarkup(cover, context)}${colophonMarkup(options.colophon, context)}${body}`;
}
