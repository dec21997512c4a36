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

function brokenLinks(root: string): string[] {
  const ids = new Map<string, Set<string>>();
  const idsIn = (file: string): Set<string> => {
    let found = ids.get(file);
    if (found === undefined) {
      found = new Set();
      for (const element of elementsOf(parseHtml(readFileSync(file, 'utf8')))) {
        const id = attr(element, 'id') ?? (element.tagName === 'a' ? attr(element, 'name') : undefined);
        if (id !== undefined) found.add(id);
      }
      ids.set(file, found);
    }
    return found;
  };

  const problems: string[] = [];
  for (const page of htmlFiles(root)) {
    const pageUrl = new URL(urlPathOf(page), origin);
    for (const element of elementsOf(parseHtml(readFileSync(join(root, page), 'utf8')))) {
      for (const name of linkAttributes[element.tagName] ?? []) {
        const value = attr(element, name);
        if (value === undefined || /^(mailto|tel|javascript|data):/i.test(value)) continue;
        // A form posting to itself (`action="#"`) is not a link.
        if (element.tagName === 'form' && (value === '' || value === '#')) continue;
        const target = new URL(value, pageUrl);
        if (target.origin !== origin) continue;
        let pathname: string;
        try {
          pathname = decodeURIComponent(target.pathname);
        } catch {
          problems.push(`${urlPathOf(page)}: <${element.tagName} ${name}="${value}"> is not a valid URL`);
          continue;
        }
        const file = fileForPath(root, pathname);
        if (file === undefined) {
          problems.push(`${urlPathOf(page)}: <${element.tagName} ${name}="${value}"> leads nowhere`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment !== '' && file.endsWith('.html') && !idsIn(file).has(fragment)) {
          problems.push(`${urlPathOf(page)}: <${element.tagName} ${name}="${value}"> names no element #${fragment}`);
        }
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
