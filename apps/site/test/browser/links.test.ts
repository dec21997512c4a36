/**
 * Every internal link in both builds resolves: each href/src on every built page maps to a file the
 * static server would serve, and each `#fragment` into an HTML page names an element there.
 * No browser: the pages are parsed from dist/ with parse5.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { attr, elementsOf, parseHtml } from './harness/html.ts';
import { distDir, previewDir } from './harness/paths.ts';
import { fileForPath, htmlFiles, urlPathOf } from './harness/site-files.ts';

const linkAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
};

const origin = 'http://site.invalid';

/** A page's ids (and `<a name>`s) and its elements that link, from one parse. */
interface ParsedPage {
  ids: Set<string>;
  links: { tagName: string; name: string; value: string }[];
}

function readPage(file: string): ParsedPage {
  const ids = new Set<string>();
  const links: ParsedPage['links'] = [];
  for (const element of elementsOf(parseHtml(readFileSync(file, 'utf8')))) {
    const id = attr(element, 'id') ?? (element.tagName === 'a' ? attr(element, 'name') : undefined);
    if (id !== undefined) ids.add(id);
    for (const name of linkAttributes[element.tagName] ?? []) {
      const value = attr(element, name);
      if (value !== undefined) links.push({ tagName: element.tagName, name, value });
    }
  }
  return { ids, links };
}

function brokenLinks(root: string): string[] {
  // Each page is parsed once, for its links and for the ids a fragment pointing into it needs (every page's skip link
  // points into the page itself).
  const pages = new Map<string, ParsedPage>();
  const parsed = (file: string): ParsedPage => {
    let page = pages.get(file);
    if (page === undefined) {
      page = readPage(file);
      pages.set(file, page);
    }
    return page;
  };

  const problems: string[] = [];
  for (const page of htmlFiles(root)) {
    const pageUrl = new URL(urlPathOf(page), origin);
    for (const { tagName, name, value } of parsed(join(root, page)).links) {
      if (/^(mailto|tel|javascript|data):/i.test(value)) continue;
      // A form posting to itself (`action="#"`) is not a link.
      if (tagName === 'form' && (value === '' || value === '#')) continue;
      const target = new URL(value, pageUrl);
      if (target.origin !== origin) continue;
      let pathname: string;
      try {
        pathname = decodeURIComponent(target.pathname);
      } catch {
        problems.push(`${urlPathOf(page)}: <${tagName} ${name}="${value}"> is not a valid URL`);
        continue;
      }
      const file = fileForPath(root, pathname);
      if (file === undefined) {
        problems.push(`${urlPathOf(page)}: <${tagName} ${name}="${value}"> leads nowhere`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment !== '' && file.endsWith('.html') && !parsed(file).ids.has(fragment)) {
        problems.push(`${urlPathOf(page)}: <${tagName} ${name}="${value}"> names no element #${fragment}`);
      }
    }
  }
  return problems;
}

describe('internal links', () => {
  test.each([
    ['public build', distDir],
    ['preview build', previewDir],
  ])('every internal link of the %s resolves', (_name, root) => {
    expect(htmlFiles(root).length).toBeGreaterThan(10);
    expect(brokenLinks(root)).toEqual([]);
  });
});
