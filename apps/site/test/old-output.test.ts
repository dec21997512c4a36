/**
 * The last build's output moved out of Astro's way (src/plan/old-output.ts): gone from its place at once, removed
 * by the time the removal resolves, with what a killed build left beside it; a folder holding `.git` (which Astro
 * keeps) is left where it is. The site's integration moves it when the build starts, not at setup: a setup run
 * alone (the tests' plan checks) leaves the output as it was.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { moveOutputAside } from '../src/plan/old-output.ts';
import { fixtureContent } from './helpers.ts';
import { previewSetup } from './site-build.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'strategi-old-output-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An output folder with pages in it, under a parent of its own. */
function output(name: string): string {
  const out = path.join(scratch, name, 'dist');
  for (let i = 0; i < 50; i++) {
    mkdirSync(path.join(out, 'tiltak', `T-${i}`), { recursive: true });
    writeFileSync(path.join(out, 'tiltak', `T-${i}`, 'index.html'), `<p>T-${i}</p>`);
  }
  return out;
}

test('moves the output folder aside at once and removes it, with what a killed build left beside it', async () => {
  const out = output('moved');
  const parent = path.dirname(out);
  mkdirSync(path.join(parent, '.dist.old-1-2', 'tiltak'), { recursive: true });
  writeFileSync(path.join(parent, 'beside.txt'), 'not the output');
  const { removed } = await moveOutputAside(out);
  expect(existsSync(out)).toBe(false);
  expect(await removed).toBeUndefined();
  expect(readdirSync(parent)).toEqual(['beside.txt']);
});

test('leaves an output folder that holds .git to Astro, which keeps it', async () => {
  const out = output('git');
  mkdirSync(path.join(out, '.git'));
  const { removed } = await moveOutputAside(out);
  expect(await removed).toBeUndefined();
  expect(existsSync(path.join(out, 'tiltak', 'T-1', 'index.html'))).toBe(true);
  expect(readdirSync(path.dirname(out))).toEqual(['dist']);
});

test('does nothing when there is no output yet', async () => {
  const out = path.join(scratch, 'fresh', 'dist');
  const { removed } = await moveOutputAside(out);
  expect(await removed).toBeUndefined();
  expect(existsSync(path.dirname(out))).toBe(false);
});

test('the site’s setup run alone leaves the output folder where it is', async () => {
  const out = output('setup');
  await previewSetup(fixtureContent, out, { STRATEGI_PDF: '0', STRATEGI_CACHE_DIR: path.join(scratch, 'setup', 'cache') });
  expect(existsSync(path.join(out, 'tiltak', 'T-1', 'index.html'))).toBe(true);
  expect(readdirSync(path.dirname(out)).sort()).toEqual(['cache', 'dist']);
});
