/**
 * A body's footnotes as the site renders them: headed and linked back in the page's language, and every link to a
 * footnote (and back) reaches an id on the page, also with two documents on one page.
 */
import { type UiLang, ui } from '@strategi/i18n';
import { renderBody } from '@strategi/model/render';
import { describe, expect, test } from 'vitest';
import { footnoteLabels } from '../src/lib/example-label.ts';

const markdown = 'Tiltaket bygger på en rapport[^rapport] og en lov.[^lov]\n\n[^rapport]: Rapport fra 2024.\n[^lov]: Opplæringslova.\n';
const render = (lang: UiLang, fromPath = 'tiltak/T-9.md') => renderBody(markdown, { resolveLink: () => undefined, fromPath, footnotes: footnoteLabels(lang) });

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
const fragments = (html: string) => [...html.matchAll(/\shref="#([^"]+)"/g)].map((match) => match[1]!);

describe('footnotes', () => {
  test('are headed and linked back in the page language, never in English', async () => {
    for (const lang of ['nb', 'nn'] as const) {
      const html = await render(lang);
      expect(html).toContain(`>${ui(lang).footnotes.label}</h2>`);
      expect(html).toContain(`aria-label="${ui(lang).footnotes.backLabel} 1"`);
      expect(html, lang).not.toMatch(/Footnotes|Back to reference|Back to content/);
    }
    expect(await render('en')).toContain('>Footnotes</h2>');
  });

  test('every link to a footnote or back reaches an id, and each document keeps its own', async () => {
    const one = await render('nb', 'tiltak/T-9.md');
    const two = await render('nb', 'tiltak/T-10.md');
    expect(fragments(one).length).toBeGreaterThanOrEqual(4);
    for (const html of [one, two]) expect(fragments(html).filter((fragment) => !ids(html).includes(fragment))).toEqual([]);
    const shared = ids(one).filter((id) => ids(two).includes(id));
    expect(shared, 'ids two documents on the whole-document page would share').toEqual([]);
  });
});
