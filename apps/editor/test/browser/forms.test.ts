/**
 * In Debian's Chromium: the new-measure form fits in three screens at 1,280 px with the optional fields folded, a
 * picker filters as one types and shows the chosen as chips, the toolbar formats the text by button and by
 * shortcut, and an image uploaded lands at the cursor with its text; axe finds nothing at 1,280 and 320 px.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PNG } from '../upload-form.ts';
import { axeViolations as axeOf, type BrowserSession, openBrowserSession } from './browser-session.ts';
import type { EditorProcess } from './editor-process.ts';

let session: BrowserSession;
let editor: EditorProcess;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession();
  ({ editor, page } = session);
  // Leaving a form with unsaved changes asks first; these tests leave on purpose.
  page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
});

afterAll(async () => {
  await session?.close();
});

/** What axe finds on the page as it is now, at 1,280 and 320 px. */
const axeViolations = () => axeOf(page);

describe('the new-measure form', () => {
  test('fits in three screens at 1,280 px with the optional fields folded', async () => {
    await page.goto(`${editor.origin}/ny/measure`);
    expect(await page.locator('details.feltgruppe').getAttribute('open')).toBeNull();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // Three screens of a laptop's 800 px.
    expect(height).toBeLessThanOrEqual(3 * 800);
  });

  test('a picker filters as one types, announces the matches, and shows the chosen as chips that remove them', async () => {
    await page.goto(`${editor.origin}/ny/measure`);
    const goals = page.getByRole('group', { name: /^Mål/ });
    const search = goals.getByRole('searchbox', { name: 'Søk etter mål' });
    await search.fill('barnehage');
    await expect.poll(() => goals.getByRole('status').textContent()).toBe('2 treff.');
    expect(await goals.getByRole('checkbox').evaluateAll((boxes) => boxes.filter((box) => box.checkVisibility()).length)).toBe(2);
    // Enter goes to the first match, Space picks it.
    await search.press('Enter');
    await page.keyboard.press('Space');
    const chips = goals.getByRole('list', { name: 'Valgt mål' });
    expect(await chips.getByRole('listitem').allTextContents()).toEqual(['Ansatte i barnehagen har god digital kompetanse. (M-1)×']);
    await chips.getByRole('button', { name: 'Fjern Ansatte i barnehagen har god digital kompetanse. (M-1)' }).click();
    expect(await goals.getByRole('checkbox', { name: /\(M-1\)$/ }).isChecked()).toBe(false);
    expect(await chips.getByRole('listitem').count()).toBe(0);
    await goals.getByRole('checkbox', { name: /\(M-1\)$/ }).check();
    // axe on a picker with a search and a chip: walkthrough.test.ts, beside the live preview.
  });

  test('the toolbar formats the text by button and by shortcut, and is one tab stop with arrows inside', async () => {
    await page.goto(`${editor.origin}/ny/measure`);
    const text = page.getByLabel('Tekst', { exact: true });
    expect(await text.getAttribute('lang')).toBe('nb');
    await text.fill('Bakgrunn');
    await text.press('Alt+h');
    await text.press('End');
    await text.pressSequentially('\n\nEt viktig ord');
    await text.press('Shift+Control+ArrowLeft');
    await text.press('Control+b');
    await text.press('End');
    await text.pressSequentially('\n\n');
    const toolbar = page.getByRole('toolbar', { name: 'Formatering av teksten' });
    await toolbar.getByRole('button', { name: 'Mellomtittel' }).focus();
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tabell');
    await page.keyboard.press('Enter');
    expect(await text.inputValue()).toBe('## Bakgrunn\n\nEt viktig **ord**\n\n| Kolonne 1 | Kolonne 2 |\n| --- | --- |\n| Tekst | Tekst |\n\n');
    // The table's first heading is selected, to be typed over.
    await page.keyboard.type('År');
    expect(await text.inputValue()).toContain('| År | Kolonne 2 |');
  });
});

describe('an image in the text', () => {
  test('is uploaded with its text and put where the cursor was', async () => {
    await page.goto(`${editor.origin}/dokument/measure/T-2`);
    const text = page.getByLabel('Tekst', { exact: true });
    await text.click();
    await text.press('Control+Home');
    await page.getByText('Sett inn bilde', { exact: true }).click();
    await page.getByLabel('Bildefil').setInputFiles({ name: 'Kart over skoler.png', mimeType: 'image/png', buffer: Buffer.from(PNG) });
    await page.getByLabel('Hva viser bildet?').fill('Kart over skolene i fylket');
    await page.getByRole('button', { name: 'Last opp og sett inn' }).click();
    await expect.poll(() => page.locator('.bilde-status').textContent()).toBe('Bildet er satt inn i teksten. Lagre for å beholde det.');
    expect(await text.inputValue()).toMatch(/^!\[Kart over skolene i fylket\]\(\.\.\/bilder\/kart-over-skoler\.png\)\n\n/);
    expect(await axeViolations()).toEqual([]);
  });

  test('without JavaScript, the answer is a page with the line to paste and the way back; axe finds nothing there', async () => {
    // A context of its own in the session's browser: no script, no cookies or storage shared with the page.
    const withoutScript = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    try {
      const plain = await withoutScript.newPage();
      await plain.goto(`${editor.origin}/dokument/measure/T-3`);
      await plain.getByText('Sett inn bilde', { exact: true }).click();
      await plain.getByLabel('Bildefil').setInputFiles({ name: 'figur.png', mimeType: 'image/png', buffer: Buffer.from(PNG) });
      await plain.getByLabel('Hva viser bildet?').fill('En figur');
      await plain.getByRole('button', { name: 'Last opp og sett inn' }).click();
      await plain.waitForURL(`${editor.origin}/bilder`);
      expect(await plain.locator('pre code').textContent()).toBe('![En figur](../bilder/figur.png)');
      expect(await plain.getByRole('link', { name: 'Tilbake til dokumentet' }).getAttribute('href')).toBe('/dokument/measure/T-3');
      // axe runs as a script: the page the server answered is shown again, as it was, where scripts run.
      const answer = await plain.content();
      await page.route(`${editor.origin}/bilder-svar`, (route) => route.fulfill({ body: answer, contentType: 'text/html; charset=utf-8' }));
      await page.goto(`${editor.origin}/bilder-svar`);
      expect(await axeViolations()).toEqual([]);
    } finally {
      await withoutScript.close();
    }
  });
});
