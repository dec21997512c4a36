/**
 * «Endringer» reads as the site's diff: a summary, each changed document closed with its fields by their labels and
 * the words that changed in its paragraphs; files that are no document by name; git's diff only behind its toggle.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { editorForFile } from './helpers.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const { repository, app } = await editorForFile('draft', { reset: true });

const edit = (relative: string, change: (text: string) => string) => {
  const file = path.join(repository.content, relative);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
};

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node as Element;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child as Node);
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const textOf = (node: Node): string =>
  node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The page's main, and the same main without git's diff (what a reader sees until they open the toggle). */
async function changesPage() {
  const response = await app.request('/endringer');
  expect(response.status).toBe(200);
  const document = parse(await response.text());
  const main = [...elements(document)].find((element) => element.tagName === 'main')!;
  const raw = [...elements(main)].find((element) => element.tagName === 'details' && attr(element, 'data-raw-diff') !== undefined);
  const outside = (node: Node): string =>
    node === raw ? '' : node.nodeName === '#text' ? textOf(node) : 'childNodes' in node ? node.childNodes.map(outside).join('') : '';
  return { main, raw, readable: squash(outside(main)) };
}

describe('a changed document', () => {
  test('shows its fields by their labels and the words changed in its text, closed until opened', async () => {
    edit('tiltak/T-2.md', (text) =>
      text.replace('deadline: 2025-12', 'deadline: 2026-06').replace('Oversikta skal vere open for alle.', 'Oversikta skal vere gratis og open for alle.'),
    );
    const { main, readable } = await changesPage();
    const details = [...elements(main)].find((element) => element.tagName === 'details' && attr(element, 'data-document') === 'T-2')!;
    expect(details, 'a <details> for T-2').toBeDefined();
    expect(attr(details, 'open')).toBeUndefined();
    const summary = squash(textOf([...elements(details)].find((element) => element.tagName === 'summary')!));
    expect(summary).toBe(
      // Changed on disk, not through this editor: «Send inn» leaves it.
      'Tiltak T-2: Offentleg oversikt over digitale læremiddel og om dei oppfyller krava i lov og tekniske krav – frist og endringer i teksten Andres endring, sendes ikke inn',
    );
    const field = [...elements(details)].find((element) => attr(element, 'data-field') === 'deadline')!;
    expect(squash(textOf(field))).toBe('Frist: Fjernet: 2025-12 → Lagt til: 2026-06');
    const paragraph = [...elements(details)].find((element) => attr(element, 'data-paragraph') === 'changed')!;
    const insertedWords = [...elements(paragraph)].filter((element) => element.tagName === 'ins').map((element) => squash(textOf(element)));
    expect(insertedWords).toEqual(['Lagt til: gratis og']);
    // The summary on top counts the document and names the field by its label.
    expect(readable).toContain('Felt som er endret: frist (1)');
    const row = [...elements(main)].find((element) => attr(element, 'data-kind') === 'measure')!;
    expect([...elements(row)].filter((cell) => cell.tagName === 'th' || cell.tagName === 'td').map(textOf)).toEqual(['Tiltak', '0', '0', '0', '1']);
    // No code key, no YAML and no hunk header reaches the reader outside the toggle.
    expect(readable).not.toContain('deadline');
    expect(readable).not.toContain('@@');
  });

  test('git’s line diff is there, but only behind its toggle', async () => {
    edit('tiltak/T-2.md', (text) => text.replace('deadline: 2025-12', 'deadline: 2026-06'));
    const { raw } = await changesPage();
    expect(raw, 'a <details data-raw-diff>').toBeDefined();
    expect(attr(raw!, 'open')).toBeUndefined();
    const text = textOf(raw!);
    expect(text).toContain('Vis endringene linje for linje, slik git viser dem');
    expect(text).toContain('-deadline: 2025-12');
    expect(text).toContain('+deadline: 2026-06');
  });

  test('a new document and a removed one are listed by name, and a file that is no document only by its path', async () => {
    edit('tiltak/T-2.md', (text) => text);
    const draft = readFileSync(path.join(repository.content, 'tiltak/T-2.md'), 'utf8');
    writeFileSync(path.join(repository.content, 'tiltak/T-99.md'), draft.replace('id: T-2', 'id: T-99'));
    mkdirSync(path.join(repository.content, 'versjoner/2099-test'), { recursive: true });
    writeFileSync(path.join(repository.content, 'versjoner/2099-test/notat.txt'), 'frosset\n');
    const { main, readable } = await changesPage();
    const added = [...elements(main)].find((element) => element.tagName === 'section' && attr(element, 'aria-labelledby') === 'lagt-til')!;
    expect(squash(textOf(added))).toContain('Lagt til (1) Tiltak T-99:');
    const other = [...elements(main)].find((element) => element.tagName === 'section' && attr(element, 'aria-labelledby') === 'andre-filer')!;
    expect(squash(textOf(other))).toContain('Ny content/versjoner/2099-test/notat.txt');
    expect(readable).not.toContain('frosset');
  });
});

test('with nothing changed the page says so and shows no toggle', async () => {
  const { raw, readable } = await changesPage();
  expect(raw).toBeUndefined();
  expect(readable).toContain('Ingen endringer siden forrige innsending.');
});
