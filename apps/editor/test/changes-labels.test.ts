/**
 * «Endringer» names a code from a list the strategy declares (sectors, sender kinds) by the label the strategy gives
 * it in nettsted.yaml, as the site does, not by the tool's own default words or the bare code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { editorForFile } from './helpers.ts';

const { repository, app } = await editorForFile('draft', { reset: true });

const edit = (relative: string, change: (text: string) => string) => {
  const file = path.join(repository.content, relative);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
};

test('a changed sector and a changed sender kind read with the labels the strategy declares', async () => {
  edit('nettsted.yaml', (text) =>
    text
      .replace('barnehage: { nb: Barnehage,', 'barnehage: { nb: Barnehagene i kommunen,')
      .replace(
        'fylkeskommune: { nb: Fylkeskommune, nn: Fylkeskommune, en: County authority }\n  KS',
        'fylkeskommune: { nb: Fylkeskommunen som avsender, nn: Fylkeskommune, en: County authority }\n  KS',
      ),
  );
  edit('tiltak/T-2.md', (text) => text.replace('sectors: [grunnskole, videregående]', 'sectors: [barnehage, grunnskole, videregående]'));
  edit('innspill/IN-1.md', (text) => text.replace('senderKind: kommune', 'senderKind: fylkeskommune'));
  const page = await (await app.request('/endringer')).text();
  // The field rows of the changed documents, not git's diff of nettsted.yaml below them.
  const row = (field: string) => page.match(new RegExp(`<li data-field="${field}">[\\s\\S]*?</li>`))?.[0] ?? '';
  expect(row('sectors')).toContain('Barnehagene i kommunen');
  expect(row('senderKind')).toContain('Fylkeskommunen som avsender');
});
