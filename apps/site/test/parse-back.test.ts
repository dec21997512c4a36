/** The strict reading that every built XML and JSON file gets (see parse-back.ts and the build in archive-cache.test.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseBackProblems, structuredFiles, xmlProblem } from './parse-back.ts';

const feed = (title: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Strategi</title><item><title>${title}</title></item></channel></rss>`;

describe('reading XML back', () => {
  test('takes a well-formed feed, escaped characters and all', () => {
    expect(xmlProblem(feed('Tiltak &amp; mål &lt;2030&gt; «ny»'))).toBeUndefined();
  });

  test.each([
    ['a control character in a title', feed('Tiltak\u0001')],
    ['an escape sequence for a control character', feed('Tiltak&#1;')],
    ['an unescaped ampersand', feed('Tiltak & mål')],
    ['an attribute written twice', '<urlset a="1" a="2"/>'],
    ['two root elements', '<urlset/><urlset/>'],
    ['an element left open', '<rss><channel></rss>'],
  ])('refuses %s', (_name, text) => {
    expect(xmlProblem(text)).toMatch(/\S/);
  });
});

describe('a built folder', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'strategi-parse-back-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('has each XML and JSON file read back, and each that does not parse named', () => {
    mkdirSync(path.join(root, 'data', 'E'), { recursive: true });
    writeFileSync(path.join(root, 'feed.xml'), feed('Tiltak\u0007'));
    writeFileSync(path.join(root, 'sitemap.xml'), '<urlset/>');
    writeFileSync(path.join(root, 'data', 'E', 'strategi.json'), '{"id": "E",');
    writeFileSync(path.join(root, 'data', 'E', 'ok.json'), '{"id": "E"}');
    writeFileSync(path.join(root, 'index.html'), '<p>not read</p>');
    expect(structuredFiles(root)).toEqual({ xml: ['feed.xml', 'sitemap.xml'], json: ['data/E/ok.json', 'data/E/strategi.json'] });
    const problems = parseBackProblems(root);
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['feed.xml', 'data/E/strategi.json']);
  });
});
