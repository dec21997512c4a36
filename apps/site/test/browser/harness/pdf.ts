/**
 * Reading a built PDF the way the checks need it: poppler's pdfinfo, pdffonts, pdftotext and pdftoppm, and
 * pdfjs-dist for what poppler does not print (the outline, the structure tree, link annotations).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export function poppler(command: 'pdfinfo' | 'pdffonts' | 'pdftotext', args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed (is poppler-utils installed?): ${result.stderr ?? result.error}`);
  return result.stdout;
}

/** pdfinfo's lines as a record: `Tagged` → `yes`, `Pages` → `22`, … */
export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(
    poppler('pdfinfo', ['-enc', 'UTF-8', file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1]!, match[2]!]),
  );
}

/** pdffonts' rows: name and whether the font is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return poppler('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name … emb sub uni object ID: emb is the fifth column from the end.
      return { name: columns[0]!, embedded: columns.at(-5) === 'yes' };
    });
}

export function openPdf(file: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(readFileSync(file)), disableFontFace: true, verbosity: 0 }).promise;
}

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** Every heading (H1–H6) of the structure tree, page by page in order, with its text. */
export async function structureHeadings(pdf: PDFDocumentProxy): Promise<{ role: string; text: string }[]> {
  const headings: { role: string; text: string }[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const textOf = new Map<string, string>();
    // Marked content nests: text belongs to the innermost sequence that has an id.
    const open: (string | undefined)[] = [];
    for (const item of (await page.getTextContent({ includeMarkedContent: true })).items) {
      if ('type' in item && (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')) open.push(item.id ?? undefined);
      else if ('type' in item && item.type === 'endMarkedContent') open.pop();
      else if ('str' in item) {
        const id = open.findLast((entry) => entry !== undefined);
        if (id !== undefined) textOf.set(id, `${textOf.get(id) ?? ''} ${item.str}`);
      }
    }
    const textUnder = (node: StructNode): string =>
      node.type === 'content' ? (textOf.get(node.id ?? '') ?? '') : (node.children ?? []).map(textUnder).join(' ');
    const walk = (node: StructNode) => {
      if (node.role && /^H[1-6]$/.test(node.role)) headings.push({ role: node.role, text: textUnder(node).replace(/\s+/g, ' ').trim() });
      else for (const child of node.children ?? []) walk(child);
    };
    const tree = (await page.getStructTree()) as StructNode | null;
    if (tree) walk(tree);
  }
  return headings;
}

/** Text drawn outside any marked-content sequence (neither tagged nor an artifact), as `page: text`. */
export async function untaggedText(pdf: PDFDocumentProxy): Promise<string[]> {
  const found: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    let depth = 0;
    for (const item of (await (await pdf.getPage(number)).getTextContent({ includeMarkedContent: true })).items) {
      if ('type' in item && (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')) depth++;
      else if ('type' in item && item.type === 'endMarkedContent') depth--;
      else if ('str' in item && item.str.trim() !== '' && depth === 0) found.push(`${number}: ${item.str}`);
    }
  }
  return found;
}

/** How many pixels of page `number` are dark, rendered in grey at 20 dpi by pdftoppm. */
export function darkPixels(file: string, number: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'strategi-pdf-page-'));
  try {
    const result = spawnSync('pdftoppm', ['-f', String(number), '-l', String(number), '-r', '20', '-gray', '-singlefile', file, join(dir, 'page')]);
    if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr}`);
    const image = readFileSync(join(dir, 'page.pgm'));
    // A binary PGM: "P5", width, height, maximum value, each followed by whitespace, then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(image.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm wrote no PGM');
    const pixels = image.subarray(header[0].length);
    return pixels.filter((value) => value < 160).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
