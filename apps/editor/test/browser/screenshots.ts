/**
 * Screenshots of the editor for people to look at (not a test): the form for a new measure, a conflict, «Endringer»
 * and the live preview, at 1,280 px, written to /tmp/screens/editor-*.png. Run with `node test/browser/screenshots.ts`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, chromiumPath } from '@strategi/testing/chromium';
import { chromium } from 'playwright-core';
import { demoCorpus } from '../corpus-template.ts';
import { startEditorProcess } from './editor-process.ts';

const out = '/tmp/screens';
const scratch = mkdtempSync(path.join(tmpdir(), 'strategi-editor-screens-'));
const root = path.join(scratch, 'repo');
const content = path.join(root, 'content');
cpSync(demoCorpus, content, { recursive: true });
const identity = {
  GIT_AUTHOR_NAME: 'Skjermbilder',
  GIT_AUTHOR_EMAIL: 's@example.org',
  GIT_COMMITTER_NAME: 'Skjermbilder',
  GIT_COMMITTER_EMAIL: 's@example.org',
};
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: { ...process.env, ...identity } });
git('init', '--quiet', '--initial-branch=main');
git('add', '--all');
git('commit', '--quiet', '-m', 'Innhold');
mkdirSync(out, { recursive: true });

const editor = await startEditorProcess({ STRATEGI_CONTENT: content, STRATEGI_REVIEW_DATA: path.join(scratch, 'review') });
const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));

  await page.goto(`${editor.origin}/ny/measure`);
  await page.screenshot({ path: path.join(out, 'editor-new-measure.png'), fullPage: true });

  // The live preview beside a document's text, as the editor types.
  await page.goto(`${editor.origin}/dokument/measure/T-3`);
  const body = page.locator('#felt-body');
  await body.fill(`${await body.inputValue()}\n\n| Kommune | Skoler |\n| --- | --- |\n| Bodø | 12 |\n`);
  await page.locator('.forhandsvisning-ramme table').waitFor({ timeout: 60_000 });
  await page.locator('.forhandsvisning').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(out, 'editor-preview.png') });

  // A conflict: the title typed here and changed by another program before the save.
  await page.goto(`${editor.origin}/dokument/measure/T-3`);
  await page.locator('#felt-title').fill('Tittelen slik redaktøren skrev den');
  const file = path.join(content, 'tiltak', 'T-3.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Tittelen slik et annet program skrev den'));
  await page.getByRole('button', { name: 'Lagre' }).click();
  await page.getByRole('heading', { name: 'Det du skrev, ved siden av filen slik den er nå' }).waitFor({ timeout: 60_000 });
  await page.screenshot({ path: path.join(out, 'editor-conflict.png'), fullPage: true });

  // «Endringer» with a changed measure opened.
  await page.goto(`${editor.origin}/endringer`);
  await page.locator('details:not([data-raw-diff]) summary').first().click();
  await page.screenshot({ path: path.join(out, 'editor-changes.png'), fullPage: true });
} finally {
  await browser.close();
  await editor.stop();
  rmSync(scratch, { recursive: true, force: true });
}
