/**
 * In Debian's Chromium, as an editor works: create a measure under a goal with a responsible actor, add a status
 * history entry, insert a link to another measure at the cursor, save; the files validate. An impossible date is
 * shown on its field. axe finds nothing on the editor's pages at 1,280 and 320 px. (Building the preview from the editor,
 * and a link to another measure in the built page, are in walkthrough.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allocateIds, loadCorpus } from '@strategi/model';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type TestRepository, testParseCache } from '../helpers.ts';
import { axeViolations as axeOf, type BrowserSession, fillMeasureDetails, openBrowserSession } from './browser-session.ts';
import type { EditorProcess } from './editor-process.ts';

let session: BrowserSession;
let repository: TestRepository;
let editor: EditorProcess;
let page: Page;
let newId: string;

beforeAll(async () => {
  session = await openBrowserSession();
  ({ repository, editor, page } = session);
  newId = (await allocateIds('measure', await loadCorpus(repository.content, { cache: await testParseCache })))![0]!;
});

afterAll(async () => {
  await session?.close();
});

const file = (relative: string) => readFileSync(path.join(repository.content, relative), 'utf8');

const axeViolations = (url: string) => axeOf(page, url ? `${editor.origin}${url}` : undefined);

describe('an editor in the browser', () => {
  test('creates a measure under a goal with a responsible actor', async () => {
    await page.goto(`${editor.origin}/`);
    await page.getByRole('link', { name: 'Lag et tiltak' }).click();
    await page.waitForURL(`${editor.origin}/ny/measure`);
    await page.locator('#felt-title').fill('Prøve ut felles innlogging for elever');
    await page
      .getByRole('group', { name: /^Mål/ })
      .getByLabel(/\(M-6\)$/)
      .check();
    await fillMeasureDetails(page);
    await page.getByLabel('Tekst', { exact: true }).fill('Tiltaket skal prøve ut felles innlogging for elever i grunnskolen.');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.waitForURL(`${editor.origin}/dokument/measure/${newId}?opprettet=1`, { timeout: 60_000 });
    await expect.poll(async () => page.getByRole('status').first().textContent(), { timeout: 60_000 }).toContain(`Opprettet content/tiltak/${newId}.md`);
    expect(file(`tiltak/${newId}.md`)).toContain('goals: [M-6]\nresponsible: [Udir]\n');
  });

  test('adds a status history entry, inserts a link to another measure at the cursor, and saves', async () => {
    const entry = page.getByRole('group', { name: 'Ny oppføring (fyll ut for å legge til)' });
    await entry.getByLabel(/^Dato/).fill('2026-12-01');
    await entry.getByLabel(/^Status/).selectOption('startet');
    await page.locator('#felt-status').selectOption('startet');
    const text = page.getByLabel('Tekst', { exact: true });
    await text.click();
    // The saved text ends with a line break: go to the very end and take it away, as a person would.
    await text.press('Control+End');
    await text.press('Backspace');
    await text.pressSequentially(' Se også ');
    await page.getByLabel('Dokument', { exact: true }).selectOption('measure:T-9');
    await page.getByLabel('Lenketekst').fill('felles støttetjenester');
    await page.getByRole('button', { name: 'Sett inn lenke' }).click();
    await text.pressSequentially('.');
    expect(await text.inputValue()).toBe(
      'Tiltaket skal prøve ut felles innlogging for elever i grunnskolen. Se også [felles støttetjenester](../tiltak/T-9.md).',
    );
    await page.getByRole('button', { name: 'Lagre' }).click();
    await expect.poll(async () => page.getByRole('status').first().textContent(), { timeout: 60_000 }).toContain('Lagret. Hele arbeidsutkastet er sjekket.');
    const saved = file(`tiltak/${newId}.md`);
    expect(saved).toContain('status: startet\nhistory:\n  - date: 2026-12-01\n    status: startet\n');
    expect(saved).toMatch(/Se også \[felles støttetjenester\]\(\.\.\/tiltak\/T-9\.md\)\.\n$/);
    const corpus = await loadCorpus(repository.content, { cache: await testParseCache });
    expect(corpus.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(corpus.working.index.linkedFrom(corpus.working.byId.get('T-9')!).map((doc) => doc.id)).toContain(newId);
  });

  test('an impossible date is refused and shown on its field', async () => {
    const before = file(`tiltak/${newId}.md`);
    await page.locator('#felt-deadline').fill('2027-02-30');
    await page.getByRole('button', { name: 'Lagre' }).click();
    const deadline = page.getByLabel(/^Frist/);
    await expect.poll(async () => deadline.getAttribute('aria-invalid'), { timeout: 60_000 }).toBe('true');
    const described = (await deadline.getAttribute('aria-describedby'))!.split(' ');
    const message = await page.locator(`[id="${described.at(-1)}"]`).textContent();
    expect(message).toContain('2027-02-30 finnes ikke: februar 2027 har 28 dager.');
    // The summary at the top links to the field and has the focus (given by the page's script, which may run a
    // moment after the field's markup is there).
    await expect.poll(async () => page.evaluate(() => document.activeElement?.id)).toBe('feiloversikt');
    expect(await page.locator('#feiloversikt a[href="#felt-deadline"]').textContent()).toContain('2027-02-30 finnes ikke');
    expect(file(`tiltak/${newId}.md`)).toBe(before);
    expect(await axeViolations('')).toEqual([]);
  });

  test.each(['/', '/dokument/measure/T-1', '/ny/goal', '/endringer', '/frigi', '/dokument/measure/T-1?utgave=2023-vedtatt'])(
    'axe finds nothing on %s at 1,280 and 320 px',
    async (url) => {
      expect(await axeViolations(url)).toEqual([]);
    },
  );
});
