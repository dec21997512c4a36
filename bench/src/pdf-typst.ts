// The Typst route of the PDF comparison (pnpm bench:pdf): an edition written as Typst markup — cover, colophon,
// contents, the strategy, each focus area with its goals and their measures, the overview of measures, the actors
// and the sources, as the whole-document page has them — and typeset to PDF/UA-1 by Typst 0.14
// (@myriaddreamin/typst-ts-node-compiler) with Debian's DejaVu fonts, the ones Chromium prints the page with.
// Bodies go Markdown → mdast (the model's own parser) → Typst markup: no Typst Universe package is needed.
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { ui } from '@strategi/i18n';
import { type AnyDoc, type Doc, type Edition, parseMarkdown } from '@strategi/model';

/** The fields of an mdast node this conversion reads. */
interface Nodes {
  type: string;
  children?: Nodes[];
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  ordered?: boolean | null;
}

export const TYPST_FONTS = '/usr/share/fonts/truetype/dejavu';

/** Text as Typst markup: every character that means something there is escaped. */
export function escapeMarkup(text: string): string {
  return text.replace(/[\\#*_$@<>[\]`~/=+\-"']/g, (char) => `\\${char}`).replace(/(\d)\./g, '$1\\.');
}

/** A Typst string literal. */
const str = (text: string) => JSON.stringify(text);

/** A Typst label for a document id (`<T-1>`), for headings and links inside the PDF. */
const label = (id: string) => `<doc-${id.replace(/[^\p{L}\p{N}_-]/gu, '_')}>`;

interface BodyContext {
  edition: Edition;
  /** Headings of the body are moved down by this many levels. */
  offset: number;
  /** The documents with a heading (and so a label) in the PDF; a link to another becomes its text. */
  shown: ReadonlySet<string>;
  /** The level of the heading before, so that none skips a level (PDF/UA-1 refuses a skip). */
  previous: number;
}

/** The document a body link points at, by its file name (`../tiltak/T-1.md`, `T-1.md`) or id. */
function linkedDoc(edition: Edition, url: string): AnyDoc | undefined {
  const name = url.split(/[?#]/)[0]!.split('/').pop()?.replace(/\.md$/, '');
  return name ? edition.index.resolve(name) : undefined;
}

function inline(node: Nodes, context: BodyContext): string {
  const children = () => (node.children ?? []).map((child) => inline(child, context)).join('');
  switch (node.type) {
    case 'text':
      return escapeMarkup((node.value ?? '').replace(/\s+/g, ' '));
    case 'emphasis':
      return `#emph[${children()}]`;
    case 'strong':
      return `#strong[${children()}]`;
    case 'delete':
      return `#strike[${children()}]`;
    case 'inlineCode':
      return `#raw(${str(node.value ?? '')})`;
    case 'break':
      return ' \\\n';
    case 'link': {
      const url = node.url ?? '';
      if (/^https?:/.test(url)) return `#link(${str(url)})[${children()}]`;
      const target = linkedDoc(context.edition, url);
      return target && context.shown.has(target.id) ? `#link(${label(target.id)})[${children()}]` : children();
    }
    case 'image':
      return escapeMarkup(node.alt ?? '');
    default:
      return children();
  }
}

function block(node: Nodes, context: BodyContext, indent = ''): string {
  const inlines = () => (node.children ?? []).map((child) => inline(child, context)).join('');
  const blocks = (nodes: Nodes[] = [], inner = indent) => nodes.map((child) => block(child, context, inner)).join('\n');
  switch (node.type) {
    case 'root':
      return blocks(node.children);
    case 'paragraph':
      return `${indent}${inlines()}\n`;
    case 'heading': {
      const level = Math.max(2, Math.min(6, (node.depth ?? 1) + context.offset, context.previous + 1));
      context.previous = level;
      return `${indent}#heading(level: ${level}, outlined: false)[${inlines()}]\n`;
    }
    case 'list':
      return (node.children ?? [])
        .map((item) => {
          const [first, ...rest] = item.children ?? [];
          const head = first?.type === 'paragraph' ? (first.children ?? []).map((child) => inline(child, context)).join('') : '';
          const tail = (first?.type === 'paragraph' ? rest : (item.children ?? [])).map((child) => block(child, context, `${indent}  `)).join('\n');
          return `${indent}${node.ordered ? '+' : '-'} ${head}${tail ? `\n${tail}` : ''}`;
        })
        .join('\n')
        .concat('\n');
    case 'blockquote':
      return `${indent}#quote(block: true)[\n${blocks(node.children)}]\n`;
    case 'code':
      return `${indent}#raw(block: true, ${str(node.value ?? '')})\n`;
    case 'thematicBreak':
      return `${indent}#line(length: 100%)\n`;
    case 'table': {
      const columns = node.children?.[0]?.children?.length ?? 1;
      const cells = (row: Nodes) => (row.children ?? []).map((cell) => `[${(cell.children ?? []).map((child) => inline(child, context)).join('')}]`).join(', ');
      const [header, ...rows] = node.children ?? [];
      return `${indent}#table(columns: ${columns}, table.header(${header ? cells(header) : ''}), ${rows.map(cells).join(', ')})\n`;
    }
    case 'containerDirective':
      // A `:::eksempel` passage: marked as an example, as on the site.
      return `${indent}#block(stroke: (left: 2pt + luma(90)), inset: (left: 8pt))[\n${indent}#strong[${escapeMarkup(ui('nb').example.label)}]\n\n${blocks(node.children)}]\n`;
    case 'html':
    case 'definition':
    case 'footnoteDefinition':
      return '';
    default:
      return blocks(node.children);
  }
}

/** A document's Markdown body as Typst markup, its headings `offset` levels down. */
export function bodyMarkup(markdown: string, edition: Edition, offset: number, shown: ReadonlySet<string>): string {
  return block(parseMarkdown(markdown) as Nodes, { edition, offset, shown, previous: Math.max(1, offset) });
}

/** The focus areas, their goals and those goals' measures: the documents the PDF gives a heading. */
function shownIds(edition: Edition): Set<string> {
  const shown = new Set<string>();
  for (const area of edition.index.byKind.focusArea) {
    shown.add(area.id);
    for (const goal of edition.index.sources<'goal'>(area, 'goal.focusArea')) {
      shown.add(goal.id);
      for (const measure of edition.index.sources<'measure'>(goal, 'measure.goals')) shown.add(measure.id);
    }
  }
  return shown;
}

const heading = (level: number, text: string, id?: string) => `#heading(level: ${level})[${escapeMarkup(text)}]${id ? ` ${label(id)}` : ''}\n`;
const terms = (items: [string, string][]) => `${items.map(([term, description]) => `/ ${escapeMarkup(term)}: ${escapeMarkup(description)}`).join('\n')}\n`;

/** The whole document of `edition` as one Typst source, for `pdfStandard: 'ua-1'`. */
export function editionMarkup(edition: Edition, options: { stableUrl?: string } = {}): string {
  const t = ui('nb');
  const strategy = edition.index.strategy;
  const title = strategy?.data.title ?? t.siteName;
  const versionLabel = edition.version?.label ?? t.versionStatus.working;
  const docTitle = `${title} – ${versionLabel}`;
  const names = (docs: AnyDoc[]) => docs.map((doc) => ('name' in doc.data ? String(doc.data.name) : doc.id));
  const list = (items: string[]) => new Intl.ListFormat('nb', { type: 'conjunction' }).format(items);
  const owners = strategy ? list(names(strategy.data.owners.map((id) => edition.index.resolve(id)).filter((doc) => doc !== undefined))) : '';
  const released = edition.version ? new Intl.DateTimeFormat('nb', { dateStyle: 'long' }).format(new Date(edition.version.date)) : undefined;
  const homeGoal = new Map<string, string>();
  const shown = shownIds(edition);
  const out: string[] = [];

  out.push(`#set document(title: ${str(docTitle)}, author: ${str(owners)}, description: ${str(strategy?.data.vision ?? title)})
#set text(lang: "nb", font: "DejaVu Sans", size: 10pt)
#set par(justify: false)
#set page(paper: "a4", margin: (x: 18mm, y: 20mm),
  header: context { if here().page() > 2 { set text(8pt, fill: luma(50)); ${str(docTitle)} } },
  footer: context { if here().page() > 2 { set text(8pt, fill: luma(50)); h(1fr); [${t.pdf.page} #counter(page).display() ${t.pdf.of} #counter(page).final().first()] } })
#show heading.where(level: 2): set text(16pt)
#show heading.where(level: 3): set text(13pt)
#show heading: set block(sticky: true)
#show link: underline
`);
  // Cover: the title and the version, and the facts at the foot of the page.
  out.push(`#page[
#v(45mm)
#text(26pt)[#heading(level: 1, outlined: false)[${escapeMarkup(title)}]]
#v(6mm)
#strong[${escapeMarkup(versionLabel)}]${released ? `, ${escapeMarkup(released)}` : ''}
#v(1fr)
${terms([
  ...(strategy ? ([[t.fields.period, `${strategy.data.period.start}–${strategy.data.period.end}`]] as [string, string][]) : []),
  ...(owners ? ([[t.fields.owners, owners]] as [string, string][]) : []),
  [t.fields.version, versionLabel],
])}]
`);
  // Colophon on the back of the cover.
  const colophon: [string, string][] = [
    ...(owners ? ([[t.pdf.publisher, owners]] as [string, string][]) : []),
    [t.fields.version, versionLabel],
    ...(released ? ([[t.pdf.published, released]] as [string, string][]) : []),
    ...(strategy?.data.publicationNumber ? ([[t.pdf.publicationNumber, strategy.data.publicationNumber]] as [string, string][]) : []),
    ...(strategy?.data.isbn ? ([[t.pdf.isbn, strategy.data.isbn]] as [string, string][]) : []),
  ];
  out.push(`#page[
#set text(9pt)
#v(1fr)
#strong[${escapeMarkup(title)}]

${colophon.map(([term, text]) => `#strong[${escapeMarkup(term)}:] ${escapeMarkup(text)}`).join('\n\n')}
${options.stableUrl ? `\n#strong[${escapeMarkup(t.pdf.stableUrl)}:] #link(${str(options.stableUrl)})` : ''}

#strong[${escapeMarkup(t.pdf.licence)}:] ${escapeMarkup(t.pdf.licenceText(owners))}
]
#show outline: set heading(level: 2)
#outline(title: [${escapeMarkup(t.whole.contents)}], depth: 3)
#pagebreak()
`);
  if (strategy) out.push(`#text(12pt)[${escapeMarkup(strategy.data.vision)}]\n\n${bodyMarkup(strategy.body, edition, 0, shown)}`);
  for (const area of edition.index.byKind.focusArea) {
    out.push(heading(2, `${area.id}: ${area.data.title}`, area.id), bodyMarkup(area.body, edition, 2, shown));
    for (const goal of edition.index.sources<'goal'>(area, 'goal.focusArea')) {
      out.push(heading(3, `${goal.id}: ${goal.data.title}`, goal.id), bodyMarkup(goal.body, edition, 3, shown));
      for (const measure of edition.index.sources<'measure'>(goal, 'measure.goals')) {
        if (homeGoal.has(measure.id)) {
          out.push(`#link(${label(measure.id)})[${escapeMarkup(`${measure.id}: ${measure.data.title}`)}]\n`);
          continue;
        }
        homeGoal.set(measure.id, goal.id);
        out.push(measureMarkup(measure, edition, shown));
      }
    }
  }
  const measures = edition.index.byKind.measure.filter((measure) => homeGoal.has(measure.id));
  if (measures.length > 0) {
    const responsible = (measure: Doc<'measure'>) => list(names(edition.index.targets(measure, 'responsible')));
    out.push(
      heading(2, t.pdf.measuresOverview, 'tiltaksoversikt'),
      `#figure(kind: table, caption: [${escapeMarkup(t.pdf.measuresCaption)}])[#table(columns: (auto, 2fr, auto, auto, 2fr), align: left,
  table.header([${t.fields.id}], [${t.fields.title}], [${t.fields.status}], [${t.fields.deadline}], [${t.fields.responsible}]),
${measures
  .map(
    (measure) =>
      `  [#link(${label(measure.id)})[${escapeMarkup(measure.id)}]], [${escapeMarkup(measure.data.title)}], [${escapeMarkup(statusOf(measure))}], [${escapeMarkup(deadlineOf(measure))}], [${escapeMarkup(responsible(measure))}],`,
  )
  .join('\n')}
)]\n`,
    );
  }
  out.push(heading(2, t.kinds.actor.plural, 'aktorer'), terms(edition.index.byKind.actor.map((actor) => [actor.data.name, actor.data.responsibility])));
  const sources = edition.documents.flatMap((doc) =>
    'sources' in doc.data && Array.isArray(doc.data.sources) ? (doc.data.sources as { title: string; url?: string }[]) : [],
  );
  const unique = [...new Map(sources.map((source) => [source.url ?? source.title, source])).values()];
  if (unique.length > 0) {
    out.push(
      heading(2, t.fields.sources, 'kilder'),
      `${unique.map((source) => `+ ${source.url ? `#link(${str(source.url)})[${escapeMarkup(source.title)}]` : escapeMarkup(source.title)}`).join('\n')}\n`,
    );
  }
  return out.join('\n');
}

const statusOf = (measure: Doc<'measure'>) =>
  ui('nb').measureStatus[measure.data.status as keyof ReturnType<typeof ui>['measureStatus']] ?? String(measure.data.status);
const deadlineOf = (measure: Doc<'measure'>) => (measure.data.deadline === undefined ? '–' : String(measure.data.deadline));

function measureMarkup(measure: Doc<'measure'>, edition: Edition, shown: ReadonlySet<string>): string {
  const t = ui('nb');
  const facts: [string, string][] = [
    [t.fields.status, statusOf(measure)],
    [t.fields.start, String(measure.data.start ?? '–')],
    [t.fields.deadline, deadlineOf(measure)],
    [t.fields.sectors, measure.data.sectors.map((sector) => t.sectors[sector as keyof typeof t.sectors] ?? sector).join(', ')],
    [
      t.fields.responsible,
      edition.index
        .targets(measure, 'responsible')
        .map((actor) => ('name' in actor.data ? String(actor.data.name) : actor.id))
        .join(', '),
    ],
  ];
  return `${heading(4, `${measure.id}: ${measure.data.title}`, measure.id)}${terms(facts)}\n${bodyMarkup(measure.body, edition, 4, shown)}`;
}

/** Typesets `source` to PDF/UA-1; Typst refuses, with its diagnostics, what PDF/UA-1 does not allow. */
export function typesetPdf(source: string): Uint8Array {
  const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [TYPST_FONTS] }] });
  const compiled = compiler.compile({ mainFileContent: source });
  const document = compiled.result;
  if (!document) throw new Error(`Typst could not typeset the document: ${JSON.stringify(compiled.takeDiagnostics()?.shortDiagnostics ?? [])}`);
  return compiler.pdf(document, { pdfStandard: 'ua-1' });
}
