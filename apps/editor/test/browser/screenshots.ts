/**
 * Screenshots of the editor for people to look at (not a test): the form for a new measure, the live preview, a
 * conflict, «Endringer» and the reviewers' comments on the edit page, at 1,280 px and (conflict, changes, comments)
 * 320 px, written to /tmp/screens/editor-*.png. Run with `node test/browser/screenshots.ts`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReviewStore } from '@strategi/review';
import { chromiumArgs, chromiumPath } from '@strategi/testing/chromium';
import { chromium, type Page } from 'playwright-core';
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

const reviewData = path.join(scratch, 'review');
const editor = await startEditorProcess({ STRATEGI_CONTENT: content, STRATEGI_REVIEW_DATA: reviewData });

/** The whole page at 1,280 px and, when asked, at 320 px too (`name-320.png`). */
async function shoot(page: Page, name: string, narrow = false): Promise<void> {
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
  if (!narrow) return;
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: path.join(out, `${name}-320.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs] });
try {
  // Without motion: a <details> opened just before the picture is shown open, not half-way.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
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
  await shoot(page, 'editor-conflict', true);
  await page.getByLabel('Behold verdien i skjemaet (det du skrev, eller det du fletter inn)').check();
  await page.getByRole('button', { name: 'Lagre' }).click();
  await page.getByText('Lagret. Hele arbeidsutkastet er sjekket.').waitFor({ timeout: 60_000 });

  // «Endringer» with this editor's change and another program's, both opened.
  const other = path.join(content, 'tiltak', 'T-1.md');
  writeFileSync(
    other,
    readFileSync(other, 'utf8').replace(/^title: .*$/m, 'title: Kompetanseutviklingsprogrammet for digitaliseringsarbeidet i kommunesektoren'),
  );
  await page.goto(`${editor.origin}/endringer`);
  for (const summary of await page.locator('details[data-document] > summary').all()) await summary.click();
  await shoot(page, 'editor-changes', true);

  // A reviewer's comment with a suggestion under a measure's form.
  const store = await ReviewStore.open({ sqliteFile: path.join(reviewData, 'kommentarer.sqlite') });
  try {
    const link = await store.createLink({ name: 'KS', role: 'reviewer', expiresAt: new Date(Date.now() + 86_400_000) });
    const comment = { linkId: link.id, author: 'Kari i KS', document: 'T-2', edition: 'utkast', format: 'text' } as const;
    await store.createComment({
      ...comment,
      quote: { exact: 'Oversikta skal vere open for alle.', prefix: '', suffix: '' },
      text: 'Skal den vere gratis?',
      suggestion: 'Oversikta skal vere gratis og open for alle.',
    });
  } finally {
    await store.close();
  }
  await page.goto(`${editor.origin}/dokument/measure/T-2`);
  await page.locator('.kommentarer').scrollIntoViewIfNeeded();
  await page.locator('.kommentarer').screenshot({ path: path.join(out, 'editor-comments.png') });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.locator('.kommentarer').screenshot({ path: path.join(out, 'editor-comments-320.png') });
} finally {
  await browser.close();
  await editor.stop();
  rmSync(scratch, { recursive: true, force: true });
}
