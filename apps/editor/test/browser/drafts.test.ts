/**
 * In Debian's Chromium: typed work survives leaving the page. The form asks before it is left with unsaved changes
 * (the editor's own links and the browser's own question), never after a save; what was typed is kept in the
 * browser and offered back («Gjenopprett utkastet fra …» or «Forkast»), and a save clears it. axe finds nothing
 * on the new states at 1,280 and 320 px.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestRepository } from '../helpers.ts';
import { axeViolations as axeOf, type BrowserSession, openBrowserSession } from './browser-session.ts';
import type { EditorProcess } from './editor-process.ts';

let session: BrowserSession;
let repository: TestRepository;
let editor: EditorProcess;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession();
  ({ repository, editor, context, page } = session);
});

afterAll(async () => {
  await session?.close();
});

const T3 = path.join('tiltak', 'T-3.md');
const file = () => readFileSync(path.join(repository.content, T3), 'utf8');

/** Answers «leave anyway» to the next question (Playwright may already have answered a browser's own one on goto). */
const acceptNextQuestion = () => page.once('dialog', (dialog) => void dialog.accept().catch(() => undefined));

const axeViolations = () => axeOf(page);

describe('typed work in the browser', () => {
  test('leaving a changed form asks first, by the menu and by the browser; after a save it does not', async () => {
    await page.goto(`${editor.origin}/dokument/measure/T-3`);
    await page.locator('#felt-title').fill('Tittel som ikke er lagret');
    // The editor's own link: its question, and staying keeps the page.
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Endringer', exact: true }).click();
    expect(asked).toEqual(['confirm: Du har endringer som ikke er lagret. Vil du forlate siden likevel?']);
    expect(page.url()).toBe(`${editor.origin}/dokument/measure/T-3`);
    // The browser's own question, when the tab is closed.
    const other = await context.newPage();
    await other.goto(`${editor.origin}/dokument/measure/T-3`);
    await other.locator('#felt-title').fill('Enda en tittel');
    const beforeUnload = new Promise<string>((resolve) =>
      other.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      }),
    );
    await other.close({ runBeforeUnload: true });
    expect(await beforeUnload).toBe('beforeunload');
    // After a save, the page is left without a question.
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Lagret. Hele arbeidsutkastet er sjekket.').waitFor();
    expect(file()).toContain('title: Tittel som ikke er lagret\n');
    let unexpected = false;
    page.once('dialog', (dialog) => {
      unexpected = true;
      void dialog.accept();
    });
    await page.getByRole('link', { name: 'Endringer', exact: true }).click();
    await page.waitForURL(`${editor.origin}/endringer`);
    expect(unexpected).toBe(false);
  });

  test('a draft is offered back when the form is opened again, and restoring it fills the form', async () => {
    await page.goto(`${editor.origin}/dokument/measure/T-3`);
    await page.locator('#felt-title').fill('Utkast i nettleseren');
    await page.locator('#felt-body').fill('Teksten fra utkastet.');
    // Leaving without saving (the question accepted) keeps the draft in the browser.
    acceptNextQuestion();
    await page.getByRole('link', { name: 'Dokumenter', exact: true }).click();
    await page.waitForURL(`${editor.origin}/`);
    await page.goto(`${editor.origin}/dokument/measure/T-3`);
    const restore = page.getByRole('button', { name: /^Gjenopprett utkastet fra \d+\. \w+ \d{4}/ });
    await restore.waitFor();
    expect(await page.locator('.utkast-endret').isHidden()).toBe(true);
    expect(await axeViolations()).toEqual([]);
    await restore.click();
    expect(await page.locator('#felt-title').inputValue()).toBe('Utkast i nettleseren');
    expect(await page.locator('#felt-body').inputValue()).toBe('Teksten fra utkastet.');
    // A save clears the draft: nothing is offered next time.
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Lagret. Hele arbeidsutkastet er sjekket.').waitFor();
    await page.goto(`${editor.origin}/dokument/measure/T-3`);
    expect(await page.getByRole('button', { name: /^Gjenopprett utkastet/ }).count()).toBe(0);
  });

  test('«Forkast» throws the draft away', async () => {
    await page.goto(`${editor.origin}/dokument/measure/T-3`);
    await page.locator('#felt-title').fill('Et utkast som forkastes');
    acceptNextQuestion();
    await page.goto(`${editor.origin}/`);
    await page.goto(`${editor.origin}/dokument/measure/T-3`);
    await page.getByRole('button', { name: 'Forkast', exact: true }).click();
    expect(await page.locator('#felt-title').inputValue()).not.toBe('Et utkast som forkastes');
    await page.reload();
    expect(await page.getByRole('button', { name: /^Gjenopprett utkastet/ }).count()).toBe(0);
  });

  test('a draft over a file changed on disk says so, and saving it shows the conflict instead of overwriting', async () => {
    await page.goto(`${editor.origin}/dokument/measure/T-3`);
    await page.locator('#felt-title').fill('Utkastets tittel');
    acceptNextQuestion();
    await page.goto(`${editor.origin}/`);
    writeFileSync(path.join(repository.content, T3), file().replace(/^title: .*$/m, 'title: Tittel fra VS Code'));
    await page.goto(`${editor.origin}/dokument/measure/T-3`);
    await page.locator('.utkast-endret').waitFor();
    expect(await page.locator('.utkast-endret').isVisible()).toBe(true);
    expect(await axeViolations()).toEqual([]);
    await page.getByRole('button', { name: /^Gjenopprett utkastet fra/ }).click();
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('heading', { name: 'Det du skrev, ved siden av filen slik den er nå' }).waitFor();
    expect(file()).toContain('title: Tittel fra VS Code\n');
    // axe on a conflict: layout.test.ts.
    // Keyboard: the choice to take the file's value is reached and chosen without a mouse.
    await page.getByLabel('Bruk verdien som står i filen nå').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Lagre' }).press('Enter');
    // The title was the only change, so taking the file's value leaves nothing to write.
    await page.getByText('Ingen endringer å lagre. Filen er ikke rørt.').waitFor();
    expect(file()).toContain('title: Tittel fra VS Code\n');
  });

  test('the history and the discard question pass axe', async () => {
    await page.goto(`${editor.origin}/dokument/measure/T-3/historikk`);
    expect(await axeViolations()).toEqual([]);
    await page.goto(`${editor.origin}/dokument/measure/T-3/forkast`);
    expect(await axeViolations()).toEqual([]);
  });
});
