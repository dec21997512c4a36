/**
 * In Debian's Chromium: the editor's pages keep their shape at 320 and 1,280 px. Nothing is wider than the window;
 * a document's form takes the width it is given (the optional fields too), with the live preview beside it on a wide
 * screen and below the text in a conflict; a conflict page stays a few screens tall; «Endringer» wraps a long title
 * and marks which files «Send inn» takes; the reviewers' comments keep their buttons on one row. axe finds nothing
 * on the conflict, «Endringer» and the comments.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ReviewStore } from '@strategi/review';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { plantComment } from '../review-comment.ts';
import { axeViolations, type BrowserSession, openBrowserSession } from './browser-session.ts';

let session: BrowserSession;
let page: Page;
let origin: string;

beforeAll(async () => {
  session = await openBrowserSession();
  ({ page } = session);
  origin = session.editor.origin;
  // These tests leave changed forms on purpose.
  page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
});

afterAll(async () => {
  await session?.close();
});

const measureFile = (id: string) => path.join(session.repository.content, 'tiltak', `${id}.md`);
const setTitle = (id: string, title: string) => {
  const file = measureFile(id);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
};

/** The elements that reach past the window's right edge, unless a scrolling box of their own holds them. */
function overflowing(target: Page): Promise<string[]> {
  return target.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement)
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(parent).overflowX)) return true;
      return false;
    };
    const found = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !clipped(element))
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} «${element.textContent?.trim().slice(0, 40)}»`);
    return document.documentElement.scrollWidth > width ? [`the page is ${document.documentElement.scrollWidth} px wide`, ...found] : found;
  });
}

/**
 * The form's fields that are squeezed: a short one (a date, a number, a choice) narrower than 10rem, any other
 * narrower than most of the column `width`.
 */
const squeezedFields = (target: Page, width: number) =>
  target.evaluate(
    (column) =>
      [...document.querySelectorAll<HTMLElement>('.dokumentskjema > * [data-felt]:not([data-felt*="."])')]
        .map((field) => ({ field: field.dataset.felt, short: field.classList.contains('smalt'), width: Math.round(field.getBoundingClientRect().width) }))
        .filter((field) => field.width < (field.short ? 159 : 0.8 * column)),
    width,
  );

async function atWidths(check: (width: number) => Promise<void>): Promise<void> {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await check(width);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('a document’s form', () => {
  test('every field takes the form’s column, the preview sits beside the fields at 1,280 px, and nothing is wider than the window', async () => {
    await page.goto(`${origin}/dokument/measure/T-2`);
    const preview = page.locator('.forhandsvisning');
    await preview.waitFor();
    await atWidths(async (width) => {
      expect(await overflowing(page)).toEqual([]);
      const title = await page.locator('[data-felt="title"]').boundingBox();
      expect(await squeezedFields(page, title?.width ?? 0)).toEqual([]);
      const pane = await preview.boundingBox();
      if (width === 1280) {
        // Beside the fields, in the second column.
        expect(pane?.x).toBeGreaterThanOrEqual((title?.x ?? 0) + (title?.width ?? 0));
      } else {
        expect(pane?.width).toBe(title?.width);
      }
    });
    // axe on a document's form with its preview: editor.test.ts, in the same state.
  });
});

describe('a conflict', () => {
  test('shows the typed value beside the file’s at the form’s full width, the preview below the text, in a few screens', async () => {
    await page.goto(`${origin}/dokument/measure/T-3`);
    await page.locator('#felt-title').fill('Tittelen slik redaktøren skrev den');
    setTitle('T-3', 'Tittelen slik et annet program skrev den');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.locator('[data-konflikt="felt"]').waitFor({ timeout: 60_000 });
    // The preview filled in, at its full height.
    await page.locator('.forhandsvisning-ramme > *').first().waitFor({ timeout: 60_000 });
    await atWidths(async (width) => {
      expect(await overflowing(page)).toEqual([]);
      const main = await page.locator('main').boundingBox();
      const form = await page.locator('.dokumentskjema').boundingBox();
      const title = await page.locator('[data-felt="title"]').boundingBox();
      // The form's fields use the page's whole column: no preview column beside them.
      expect(title?.width).toBe(form?.width);
      expect(form?.width).toBeGreaterThanOrEqual((main?.width ?? 0) - 64);
      expect(await squeezedFields(page, form?.width ?? 0)).toEqual([]);
      // What was typed beside what the file says, where there is room for both.
      const [typed, onDisk] = await Promise.all(['skrevet', 'fil'].map((side) => page.locator(`[data-side="${side}"]`).first().boundingBox()));
      if (width === 1280) expect(onDisk?.y).toBe(typed?.y);
      // The preview below the text.
      const body = await page.locator('[data-felt="body"]').boundingBox();
      const pane = await page.locator('.forhandsvisning').boundingBox();
      expect(pane?.y).toBeGreaterThan((body?.y ?? 0) + (body?.height ?? 0) - 1);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      // A measure with every field filled in, one field under another at 320 px; 13,285 px at 1,280 px when the form
      // was squeezed beside the preview.
      expect(height).toBeLessThanOrEqual((width === 1280 ? 10 : 17) * 900);
    });
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('«Endringer»', () => {
  test('wraps a long title, fits 320 px, and marks the files «Send inn» takes apart from others’ changes', async () => {
    // This editor's change, through the form.
    await page.goto(`${origin}/dokument/measure/T-2`);
    await page.locator('#felt-title').fill('Kompetanseutviklingsprogrammet for digitaliseringsarbeidet i kommunesektoren og fylkeskommunene');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Lagret. Hele arbeidsutkastet er sjekket.').waitFor({ timeout: 60_000 });
    // Another program's, on the same machine.
    setTitle('T-1', 'Endret av et annet program');
    await page.goto(`${origin}/endringer`);
    for (const summary of await page.locator('details[data-document] > summary').all()) await summary.click();
    const mine = page.locator('details[data-document="T-2"]');
    const others = page.locator('details[data-document="T-1"]');
    expect(await mine.locator('[data-innsending]').getAttribute('data-innsending')).toBe('egen');
    expect(await mine.locator('[data-innsending]').textContent()).toBe('Sendes inn');
    expect(await others.locator('[data-innsending]').getAttribute('data-innsending')).toBe('andres');
    expect(await others.locator('[data-innsending]').textContent()).toBe('Andres endring, sendes ikke inn');
    await atWidths(async () => {
      expect(await overflowing(page)).toEqual([]);
    });
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the reviewers’ comments on the edit page', () => {
  test('keep a comment’s buttons on one row and fit 320 px', async () => {
    const store = await ReviewStore.open(session.reviewStore);
    try {
      await plantComment(store, {
        document: 'T-1',
        exact: 'felles støttetjenester for personvern',
        text: 'Hvilke tjenester?',
        suggestion: 'felles støttetjenester for personvern og informasjonssikkerhet',
      });
    } finally {
      await store.close();
    }
    await page.goto(`${origin}/dokument/measure/T-1`);
    const comment = page.locator('.kommentar').first();
    // «Gå til stedet» is shown by the panel's script.
    await comment.getByRole('button', { name: 'Gå til stedet' }).waitFor();
    // «Gå til stedet», «Godta», «Avvis» (folded with its reason) and «Merk som løst», side by side.
    const row = await comment.locator('.kommentar-knapper > *').all();
    expect(row.length).toBe(4);
    const middles = await Promise.all(
      row.map(async (item) => Math.round((({ y, height }) => y + height / 2)((await item.boundingBox()) ?? { y: 0, height: 0 }))),
    );
    expect(new Set(middles).size).toBe(1);
    await atWidths(async () => {
      expect(await overflowing(page)).toEqual([]);
    });
    expect(await axeViolations(page)).toEqual([]);
  });
});
