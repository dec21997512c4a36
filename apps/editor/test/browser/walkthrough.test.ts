/**
 * The whole job of a ministry editor who never sees git or a terminal, in Debian's Chromium: create a measure under
 * a goal (found with the picker's search), write two paragraphs with a link and a table and watch the live preview,
 * leave and come back to a restored draft, meet a conflict with another program's change and merge it, resolve a
 * reviewer's comment from the edit page, read «Endringer» as the reader's diff, release with a confirmation and undo
 * it, and open the built preview. axe finds nothing at 1,280 and 320 px on the states only this walk reaches: the
 * live preview pane, a new document's page, the question of what became of a comment and the page after it, the
 * release's confirmation, release, undo and built preview. The pages it passes in states other files reach too are
 * scanned there: the overview, «Endringer» and «Frigi» (editor.test.ts), the offer of a browser draft
 * (drafts.test.ts), a conflict and a reviewer's comment (layout.test.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allocateIds, loadCorpus } from '@strategi/model';
import { ReviewStore } from '@strategi/review';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testParseCache } from '../helpers.ts';
import { plantComment } from '../review-comment.ts';
import { axeViolations, type BrowserSession, fillMeasureDetails, openBrowserSession } from './browser-session.ts';

let session: BrowserSession;
let page: Page;
let origin: string;
let newId: string;

beforeAll(async () => {
  // Without the PDFs: Typst setting the draft's PDF again is the site's to test (apps/site), not the editor's.
  session = await openBrowserSession({ STRATEGI_PDF: '0' });
  page = session.page;
  origin = session.editor.origin;
  newId = (await allocateIds('measure', await loadCorpus(session.repository.content, { cache: await testParseCache })))![0]!;
});
afterAll(async () => {
  await session?.close();
});

const file = () => readFileSync(path.join(session.repository.content, 'tiltak', `${newId}.md`), 'utf8');
const axeClean = async () => expect(await axeViolations(page)).toEqual([]);
/** Answers «leave anyway» to the next question the page asks. */
const acceptNextQuestion = () => page.once('dialog', (dialog) => void dialog.accept().catch(() => undefined));

const TEXT = [
  'Tiltaket skal prøve ut felles innlogging for elever i grunnskolen.',
  '',
  'Det bygger på [felles støttetjenester](../tiltak/T-9.md) og prøves først i to kommuner.',
  '',
  '| Kommune | Skoler |',
  '| --- | --- |',
  '| Bodø | 12 |',
  '| Hamar | 9 |',
].join('\n');

test('an editor does the whole job in the browser', { timeout: 900_000 }, async () => {
  // Create a measure under a goal.
  await page.goto(`${origin}/`);
  await page.getByRole('link', { name: 'Lag et tiltak' }).click();
  await page.waitForURL(`${origin}/ny/measure`);
  await page.locator('#felt-title').fill('Prøve ut felles innlogging for elever');
  // The goal through the picker: its search narrows the list to the goals that match.
  const goals = page.getByRole('group', { name: /^Mål/ });
  await goals.getByLabel('Søk etter mål').fill('infrastrukturen henger');
  expect(await goals.getByLabel(/\(M-1\)$/).isVisible()).toBe(false);
  await goals.getByLabel(/\(M-6\)$/).check();
  await fillMeasureDetails(page);

  // Two paragraphs with a link and a table; the live preview shows them as readers will see them.
  await page.locator('#felt-body').fill(TEXT);
  const pane = page.locator('.forhandsvisning-ramme');
  await pane.locator('table').waitFor({ timeout: 60_000 });
  expect(await pane.locator('p').count()).toBeGreaterThanOrEqual(2);
  expect(await pane.getByRole('link', { name: 'felles støttetjenester' }).count()).toBe(1);
  expect(await pane.locator('td').allTextContents()).toEqual(['Bodø', '12', 'Hamar', '9']);
  await axeClean();
  await page.getByRole('button', { name: 'Lagre' }).click();
  await page.waitForURL(`${origin}/dokument/measure/${newId}?opprettet=1`, { timeout: 60_000 });
  expect(file()).toContain('goals: [M-6]\n');
  expect(file()).toContain('| Bodø | 12 |');
  await axeClean();

  // Leave with unsaved work, come back, and get it back.
  await page.locator('#felt-body').fill(`${TEXT}\n\nEt avsnitt som ikke er lagret ennå.`);
  acceptNextQuestion();
  await page.getByRole('link', { name: 'Dokumenter', exact: true }).click();
  await page.waitForURL(`${origin}/`);
  await page.goto(`${origin}/dokument/measure/${newId}`);
  const restore = page.getByRole('button', { name: /^Gjenopprett utkastet fra/ });
  await restore.waitFor();
  await restore.click();
  expect(await page.locator('#felt-body').inputValue()).toContain('Et avsnitt som ikke er lagret ennå.');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await page.getByText('Lagret. Hele arbeidsutkastet er sjekket.').waitFor({ timeout: 60_000 });
  expect(file()).toContain('Et avsnitt som ikke er lagret ennå.');

  // Another program changes the title while the editor changes it too: the conflict is shown, and merged.
  await page.locator('#felt-title').fill('Felles innlogging for alle elever');
  writeFileSync(
    path.join(session.repository.content, 'tiltak', `${newId}.md`),
    file()
      .replace(/^title: .*$/m, 'title: Felles innlogging for elevene')
      .replace('prøves først i to kommuner', 'prøves først i tre kommuner'),
  );
  await page.getByRole('button', { name: 'Lagre' }).click();
  await page.getByRole('heading', { name: 'Det du skrev, ved siden av filen slik den er nå' }).waitFor({ timeout: 60_000 });
  expect(file()).toContain('title: Felles innlogging for elevene\n');
  await page.getByLabel('Behold verdien i skjemaet (det du skrev, eller det du fletter inn)').check();
  await page.getByRole('button', { name: 'Lagre' }).click();
  await page.getByText('Lagret. Hele arbeidsutkastet er sjekket.').waitFor({ timeout: 60_000 });
  // The editor's title, and the other program's change to the text, both kept.
  expect(file()).toContain('title: Felles innlogging for alle elever\n');
  expect(file()).toContain('prøves først i tre kommuner');

  // A reviewer's comment on an existing measure is listed under its form: «Gå til stedet» selects the passage in the
  // text field, and «Merk som løst» takes it off the list.
  const store = await ReviewStore.open(session.reviewStore);
  try {
    const quote = 'felles støttetjenester for personvern';
    await plantComment(store, { document: 'T-1', exact: quote, text: 'Hvilke tjenester?' });
    await page.goto(`${origin}/dokument/measure/T-1`);
    const comments = page.getByRole('region', { name: 'Kommentarer fra høringsrunden' });
    expect(await comments.textContent()).toContain('linje 3: «felles støttetjenester for personvern»');
    await comments.getByRole('button', { name: 'Gå til stedet' }).press('Enter');
    const selected = await page.locator('#felt-body').evaluate((field: HTMLTextAreaElement) => field.value.slice(field.selectionStart, field.selectionEnd));
    expect(selected).toBe(quote);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('felt-body');
    await comments.getByRole('button', { name: 'Merk som løst' }).click();
    // What became of it is asked on a page of its own, as the review page asks it.
    await page.getByLabel('Tatt til følge', { exact: true }).check();
    await axeClean();
    await page.getByRole('button', { name: 'Merk som løst' }).click();
    await page.getByText('Kommentaren er merket som løst.').waitFor({ timeout: 60_000 });
    expect(await comments.textContent()).toContain('Ingen åpne kommentarer på dette dokumentet.');
    await axeClean();
  } finally {
    await store.close();
  }

  // And a word changed in an existing measure's title.
  await page.goto(`${origin}/dokument/measure/T-1`);
  const title = await page.locator('#felt-title').inputValue();
  await page.locator('#felt-title').fill(`${title} i hele landet`);
  await page.getByRole('button', { name: 'Lagre' }).click();
  await page.getByText('Lagret. Hele arbeidsutkastet er sjekket.').waitFor({ timeout: 60_000 });

  // «Endringer» reads as the reader's diff: a summary, the new measure listed, the changed one in its own folded
  // section with the words that changed, and git's own diff folded away.
  await page.getByRole('link', { name: 'Endringer', exact: true }).click();
  await page.waitForURL(`${origin}/endringer`);
  await page.getByRole('heading', { name: 'Oppsummering' }).waitFor();
  expect(await page.getByRole('link', { name: `Tiltak ${newId}: Felles innlogging for alle elever` }).count()).toBe(1);
  const section = page.locator('details:not([data-raw-diff])', { hasText: 'T-1' }).first();
  expect(await section.getAttribute('open')).toBeNull();
  await section.locator('summary').first().click();
  expect(await section.locator('ins', { hasText: 'landet' }).count()).toBeGreaterThan(0);
  expect(await page.locator('details[data-raw-diff]').getAttribute('open')).toBeNull();
  expect(await page.getByText('diff --git').first().isVisible()).toBe(false);

  // A reworded title is a promise changed without a reason, which a release refuses (ledger/reworded-promise): the
  // title is written back as it was before releasing.
  await page.goto(`${origin}/dokument/measure/T-1`);
  await page.locator('#felt-title').fill(title);
  await page.getByRole('button', { name: 'Lagre' }).click();
  await page.getByText('Lagret. Hele arbeidsutkastet er sjekket.').waitFor({ timeout: 60_000 });

  // Release with a confirmation, then undo it.
  await page.getByRole('link', { name: 'Frigi og forhåndsvis', exact: true }).click();
  await page.waitForURL(`${origin}/frigi`);
  await page.locator('#versjon-id').fill('2026-horing');
  await page.locator('#versjon-status').selectOption('høring');
  await page.locator('#versjon-navn').fill('Høringsutkast desember 2026');
  await page.locator('#versjon-dato').fill('2026-12-01');
  await page.locator('#versjon-endring').selectOption('vesentlig');
  await page.locator('#versjon-endringsnotat').fill('Nytt tiltak om felles innlogging.');
  await page.getByRole('button', { name: 'Gå videre' }).click();
  await page.getByRole('heading', { name: 'Bekreft frigivelsen' }).waitFor({ timeout: 60_000 });
  expect(existsSync(path.join(session.repository.content, 'versjoner', '2026-horing'))).toBe(false);
  await axeClean();
  await page.getByRole('button', { name: 'Frigi versjonen' }).click();
  await page.getByText(/Versjonen «2026-horing» er frigitt med \d+ filer\./).waitFor({ timeout: 120_000 });
  expect(existsSync(path.join(session.repository.content, 'versjoner', '2026-horing', 'versjon.md'))).toBe(true);
  await axeClean();
  await page.getByRole('button', { name: 'Angre frigivelsen av «2026-horing»' }).click();
  await page.getByText('Frigivelsen av «2026-horing» er angret. Arbeidsutkastet er som før.').waitFor({ timeout: 60_000 });
  expect(existsSync(path.join(session.repository.content, 'versjoner', '2026-horing'))).toBe(false);
  await axeClean();

  // Build the preview and open it, inside the editor.
  await page.getByRole('button', { name: 'Bygg forhåndsvisningen' }).click();
  // Asked from Node, not through the browser, every two seconds: each answer reads and checks the whole draft.
  await expect
    .poll(async () => (await fetch(`${origin}/frigi`)).text(), { timeout: 840_000, interval: 2_000 })
    .toMatch(/Forhåndsvisningen er bygget\.|Forhåndsvisningen ble ikke bygget/);
  await page.goto(`${origin}/frigi`);
  await axeClean();
  await page.getByRole('link', { name: 'Åpne forhåndsvisningen' }).click();
  await page.waitForURL(`${origin}/forhandsvisning/`);
  await page.goto(`${origin}/forhandsvisning/versjoner/utkast/tiltak/${newId}/`);
  expect(await page.locator('main').textContent()).toContain('Felles innlogging for alle elever');
  expect(await page.locator('main table td').allTextContents()).toEqual(['Bodø', '12', 'Hamar', '9']);
  // The link written as a path to the other measure's file leads to that measure's page in the built site.
  expect(await page.locator('main a', { hasText: 'felles støttetjenester' }).getAttribute('href')).toMatch(/\/tiltak\/T-9\/?$/);
});
