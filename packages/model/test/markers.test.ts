// The marker bounds: a body crowded with emphasis, link and code markers is refused by a count read from the raw
// text, at its paragraph, and not parsed; real text, far under the bounds, is parsed as before.

import { formatProblemLine } from '@strategi/problems';
import { describe, expect, test } from 'vitest';
import { limits } from '../src/limits.ts';
import { parseMarkdown } from '../src/parse/markdown.ts';
import { tooManyMarkers } from '../src/parse/markers.ts';
import { parseFile } from '../src/parse/parse-file.ts';

const PARAGRAPH = limits.maxMarkersPerParagraph;
const BODY = limits.maxMarkersPerBody;
const frontmatter = '---\nid: T-1\ntitle: Kartlegge utstyr\n---\n';
const lines = (body: string) => parseFile(`${frontmatter}${body}`, limits).problems.map((problem) => formatProblemLine({ ...problem, file: 'T-1.md' }));

describe('tooManyMarkers', () => {
  test('counts every marker of a paragraph, over all its lines', () => {
    expect(tooManyMarkers('*a* _b_\n[c](d) `e` <f>\n', 9, 100)).toBeUndefined();
    expect(tooManyMarkers('*a* _b_\n[c](d) `e` <f>\n', 8, 100)).toEqual({ markers: 9, limit: 8, paragraph: true, line: 1, column: 1 });
  });

  test('a blank line (spaces and tabs too) ends a paragraph; the place is where the crowded one starts', () => {
    expect(tooManyMarkers('**a**\n \t\n  [b] [c]\r\n[d]\n\n', 5, 100)).toEqual({ markers: 6, limit: 5, paragraph: true, line: 3, column: 3 });
  });

  test('a bullet item or a heading starts a paragraph of its own, also in a quote; a numbered item does not', () => {
    expect(tooManyMarkers('# *a*\n- *b*\n  + [c]\n> * `d`\n', 3, 100)).toBeUndefined();
    expect(tooManyMarkers('*a*\n-\n    - [c]\n2. <d>\n', 4, 100)).toEqual({ markers: 5, limit: 4, paragraph: true, line: 1, column: 1 });
  });

  test('a line of quote markers deep as the nesting limit before a plain word is read in linear time', () => {
    // The block-start pattern once took exponential time to fail on such a line: 62 markers never finished.
    const deep = `${'> '.repeat(62)}tekst [a](b)`;
    const started = performance.now();
    expect(tooManyMarkers(`${deep}\n\n`.repeat(200), PARAGRAPH, BODY)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(tooManyMarkers(`${'> '.repeat(62)}- punkt\n${'> '.repeat(62)}## tittel\n`, 1, BODY)).toBeUndefined();
  });

  test('paragraphs each within the bound add up to the bound of the body, reported where it is passed', () => {
    const body = Array.from({ length: 5 }, () => '*a* *b*').join('\n\n');
    expect(tooManyMarkers(body, 4, 20)).toBeUndefined();
    expect(tooManyMarkers(body, 4, 19)).toEqual({ markers: 20, limit: 19, paragraph: false, line: 9, column: 1 });
  });
});

describe('parseFile', () => {
  test('a paragraph one marker over the bound is refused at its first line, after the frontmatter', () => {
    const body = `Innledning.\n\n${'*a* '.repeat(PARAGRAPH / 2 - 5)}\n${'[a]'.repeat(5)} og _\n`;
    expect(lines(body)).toEqual([
      `T-1.md:7:1  error  Avsnittet har ${PARAGRAPH + 1} tegn som kan være formatering («*», «_», «[», «]», «\`», «<»), mer enn grensen på ${PARAGRAPH} i ett avsnitt, og kan ikke publiseres.  [file/too-many-markers]`,
    ]);
  });

  test('a paragraph at the bound is parsed', () => {
    const body = `Innledning.\n\n${'*a* '.repeat(PARAGRAPH / 2 - 5)}\n${'[a]'.repeat(5)} og\n`;
    expect(lines(body)).toEqual([]);
    expect(parseMarkdown(body).children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
  });

  test('a list of links and emphasis, one item a line, is within the bound however long the list', () => {
    const list = Array.from({ length: PARAGRAPH }, (_, i) => `- **Kilde ${i + 1}:** [rapporten](https://example.org/${i})`).join('\n');
    expect(lines(`${list}\n`)).toEqual([]);
    expect(lines(list.replace(/^- /gm, ''))[0]).toContain('[file/too-many-markers]');
  });

  test('a body whose paragraphs pass the bound of the body together is refused where it is passed', () => {
    const paragraph = '[a]'.repeat(PARAGRAPH / 2);
    const count = Math.floor(BODY / PARAGRAPH) + 1;
    const body = Array.from({ length: count }, () => paragraph).join('\n\n');
    expect(lines(`${body}\n`)).toEqual([
      `T-1.md:${4 + 2 * count - 1}:1  error  Teksten har ${count * PARAGRAPH} tegn som kan være formatering («*», «_», «[», «]», «\`», «<»), mer enn grensen på ${BODY} i ett dokument, og kan ikke publiseres.  [file/too-many-markers]`,
    ]);
  });

  test('the refused body is not parsed: the tree is its text, a paragraph a line', () => {
    const tree = parseMarkdown(`[a](${'[a]('.repeat(4000)}\n`);
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text' }] });
  });

  test('a body found too deep in its raw text is reported as too deep alone, however many markers it has', () => {
    const body = `${'*a '.repeat(150)}x${' a*'.repeat(150)}\n`;
    expect(parseFile(`${frontmatter}${body}`, limits).problems.map((problem) => problem.ruleId)).toEqual(['file/too-complex']);
  });

  test('markers in the frontmatter are not counted', () => {
    expect(parseFile(`---\nid: T-1\nnote: "${'*'.repeat(PARAGRAPH + 1)}"\n---\nTekst.\n`, limits).problems.map((problem) => problem.ruleId)).toEqual([]);
  });
});
