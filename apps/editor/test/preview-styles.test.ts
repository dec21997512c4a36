/**
 * The live preview's copy of the site's styles for a document's text (public/preview.css) says what the site's own
 * stylesheet says: every rule of the site for the text (`.body …`, `.example-passage…`) is in the copy with the same
 * declarations, and the copy has no such rule the site lacks. The editor cannot serve the site's stylesheet itself:
 * it is built with hashed names only when the site is built, and it styles the page around the text (`body`,
 * `.wrap`, `main`) as well, which would restyle the editor.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const here = import.meta.dirname;
const site = readFileSync(path.join(here, '..', '..', 'site', 'src', 'styles', 'site.css'), 'utf8');
const preview = readFileSync(path.join(here, '..', 'public', 'preview.css'), 'utf8');

/** A selector list's selectors: split at the commas outside parentheses (`:is(ul, ol)` stays whole). */
function splitSelectors(list: string): string[] {
  const selectors = [''];
  let depth = 0;
  for (const character of list) {
    depth += character === '(' ? 1 : character === ')' ? -1 : 0;
    if (character === ',' && depth === 0) selectors.push('');
    else selectors[selectors.length - 1] += character;
  }
  return selectors;
}

/** The text's rules of a stylesheet: each selector of the text with its declarations, in order, one string each. */
function textRules(css: string): string[] {
  const rules: string[] = [];
  for (const [, selectors = '', body = ''] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = body
      .split(';')
      .map((declaration) => declaration.trim().replace(/\s+/g, ' '))
      .filter(Boolean)
      .join('; ');
    for (const selector of splitSelectors(selectors))
      if (/^(\.body([\s.:[]|$)|\.example-passage)/.test(selector.trim())) rules.push(`${selector.trim().replace(/\s+/g, ' ')} { ${declarations} }`);
  }
  return rules.sort();
}

/** preview.css's copy: what stands between its two marking comments. */
function copied(css: string): string {
  const start = css.indexOf('/* From apps/site/src/styles/site.css');
  const end = css.indexOf('/* The preview’s own');
  expect(start, 'the copy’s first comment').toBeGreaterThan(-1);
  expect(end, 'the comment after the copy').toBeGreaterThan(start);
  return css.slice(start, end);
}

test('the preview’s copy of the site’s text styles is the same as the site’s', () => {
  expect(textRules(copied(preview))).toEqual(textRules(site));
});

test('the check sees a rule that differs', () => {
  const changed = copied(preview).replace('text-underline-offset: 0.24em', 'text-underline-offset: 0.3em');
  expect(textRules(changed)).not.toEqual(textRules(site));
});
