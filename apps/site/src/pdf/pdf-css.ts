/**
 * The stylesheet the PDF step adds to the whole-document page before printing: the page margins (running header,
 * page numbers, draft mark, drawn by Chromium in the CSS page margin boxes), a cover and a colophon page without
 * them, and a document that flows from one section into the next instead of starting each on a new page, so that
 * no page holds only the last lines of a short section.
 */
import { ui } from '@strategi/i18n';
import { language } from '@strategi/schema';

const cssString = (text: string) => JSON.stringify(text);

/** The pages of the cover and colophon: no running header, no page number (the draft mark stays). */
const FRONT_PAGE = 'front';

const layoutCss = `@media print {
  .pdf-export .whole-cover,
  .pdf-export .pdf-colophon {
    page: ${FRONT_PAGE};
    break-after: page;
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    height: 245mm;
  }
  .pdf-export .whole-cover {
    padding-block-start: 55mm;
  }
  .pdf-export .whole-cover h1 {
    font-size: 26pt;
    line-height: 1.2;
    margin-block-end: 8mm;
  }
  .pdf-export .whole-cover .facts {
    margin-block-start: auto;
  }
  .pdf-export .pdf-colophon {
    justify-content: flex-end;
    font-size: 9pt;
    line-height: 1.4;
  }
  .pdf-export .pdf-colophon p {
    margin: 0 0 2mm;
  }
  .pdf-export .pdf-colophon p:first-child {
    font-weight: bold;
    margin-block-end: 4mm;
  }
  /* A section kept whole moves to the next page and leaves the page before it near empty. */
  .pdf-export main section,
  .pdf-export main table {
    break-inside: auto;
  }
  .pdf-export .whole-part {
    break-before: auto;
    margin-block-start: 12mm;
  }
  .pdf-export .whole-contents {
    break-after: page;
  }
  /* A measure's id is one word: «T-3», never «T-» above «3». */
  .pdf-export .measures-overview td:first-child {
    white-space: nowrap;
    hyphens: none;
  }
  .pdf-export p,
  .pdf-export li,
  .pdf-export dd {
    orphans: 3;
    widows: 3;
  }
  .pdf-export h2,
  .pdf-export h3,
  .pdf-export h4,
  .pdf-export caption,
  .pdf-export dt {
    break-after: avoid;
  }
}`;

/** The whole stylesheet for a page whose cover says `title`, in `lang`, with the draft mark when it is a draft. */
export function pdfCss(cover: { title: string; draftMark: string | undefined; lang: string }): string {
  const lang = language.safeParse(cover.lang);
  const t = ui(lang.success ? lang.data : 'nb');
  const box = 'font-family: var(--ds-font-family), sans-serif; font-size: 8pt; color: #333;';
  // Bottom left: a long title top left can squeeze a box beside it to nothing, the page number never does.
  const draft = cover.draftMark ? `@bottom-left { content: ${cssString(cover.draftMark)}; ${box} color: #a00; font-weight: bold; }` : '';
  return `@page {
  @top-left { content: ${cssString(cover.title)}; ${box} }
  ${draft}
  @bottom-right { content: ${cssString(`${t.pdf.page} `)} counter(page) ${cssString(` ${t.pdf.of} `)} counter(pages); ${box} }
}
@page ${FRONT_PAGE} {
  @top-left { content: none; }
  @bottom-right { content: none; }
}
${layoutCss}`;
}
