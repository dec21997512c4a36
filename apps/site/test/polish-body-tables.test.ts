/** Tables in a body: Designsystemet's class, inside a labelled box that takes focus and scrolls on a phone. */
import { ui } from '@strategi/i18n';
import { renderBody } from '@strategi/model/render';
import { describe, expect, test } from 'vitest';
import { wrapTables } from '../src/lib/body-tables.ts';

const markdown = 'Fordeling:\n\n| Sektor | Andel |\n| --- | --- |\n| Barnehage | 40 % |\n\nOg mer.\n\n| A | B |\n| - | - |\n| 1 | 2 |\n';

describe('tables in a body', () => {
  test('each table is styled and wrapped in a focusable box named in the page language', async () => {
    const html = wrapTables(await renderBody(markdown, { resolveLink: () => undefined }), ui('nb').bodyTable);
    const boxes = [...html.matchAll(/<div class="body-table" role="region" tabindex="0" aria-label="([^"]+)"><table class="ds-table" data-size="sm">/g)];
    expect(boxes.map((box) => box[1])).toEqual(['Tabell som kan rulles sideveis', 'Tabell som kan rulles sideveis']);
    expect(html.match(/<\/table><\/div>/g)).toHaveLength(2);
    expect(html).not.toMatch(/<table>/);
  });

  test('a body without a table is left as it is, and the label is escaped', () => {
    expect(wrapTables('<p>Tekst</p>', 'x')).toBe('<p>Tekst</p>');
    expect(wrapTables('<table></table>', 'a "b" <c>')).toContain('aria-label="a &quot;b&quot; &lt;c>"');
  });
});
