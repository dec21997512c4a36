// The guides' field tables are made from the schema (scripts/guide-tables.ts); a table edited by hand, or a schema
// changed without `pnpm docs:generate`, fails here.
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { fieldTable, withFieldTables } from '../scripts/guide-tables.ts';

const guides = ['docs/veiledning.md', 'docs/nettredigering.md'];

describe.each(guides)('%s', (guide) => {
  test('its field tables are what the schema gives', async () => {
    const text = await readFile(new URL(`../../../${guide}`, import.meta.url), 'utf8');
    expect(withFieldTables(text), 'run «pnpm docs:generate»').toBe(text);
  });
});

test('the measure table names every field, what must be there, and the values the validator takes', () => {
  const table = fieldTable('measure');
  expect(table).toContain('| `status` | status | ja | Fremdrift: planlagt, startet, i-rute, forsinket, fullført eller stanset. |');
  expect(table).toContain(
    '| `sectors` | sektorer | ja | Sektorene tiltaket gjelder. Kodene står i `sectors` i nettsted.yaml; uten listen `barnehage`, `grunnskole`, `videregående`. |',
  );
  expect(table).toContain('| `partners` | deltakere | nei |');
  expect(table).not.toMatch(/planned|on-track/);
});

test('a table edited by hand is put back, and a marker naming no kind is refused', () => {
  const edited = '<!-- felttabell: measure -->\n| `status` | ja | `planned` |\n<!-- /felttabell -->';
  expect(withFieldTables(edited)).toBe(`<!-- felttabell: measure -->\n${fieldTable('measure')}\n<!-- /felttabell -->`);
  expect(() => withFieldTables('<!-- felttabell: tiltak -->\n<!-- /felttabell -->')).toThrow(/not a document kind/);
});
