import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { remark } from 'remark';
import { engine } from 'unified-engine';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentRootOf } from '../src/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const fixture = path.join(repoRoot, 'packages/model/test/fixtures/valid-minimal');

/**
 * Runs remark over one file the way the editor extension does: unified-engine finds the nearest `.remarkrc.mjs`
 * above the file and uses its plugins. The file's text is given as the editor's unsaved buffer.
 */
async function lintAsEditor(cwd: string, filePath: string, text: string) {
  const file = new VFile({ path: filePath, cwd, value: text });
  const linted = await new Promise<VFile>((resolve, reject) =>
    engine(
      {
        processor: remark(),
        files: [file],
        cwd,
        rcName: '.remarkrc',
        packageField: 'remarkConfig',
        pluginPrefix: 'remark',
        ignoreName: '.remarkignore',
        out: false,
        silent: true,
        quiet: true,
        color: false,
      },
      (error) => (error ? reject(error) : resolve(file)),
    ),
  );
  // A configuration that cannot load is a fatal message of the engine, not an exception: fail on it.
  expect(linted.messages.filter((message) => message.fatal).map(String)).toEqual([]);
  return linted.messages.filter((message) => message.source === 'strategi');
}

let workspace: string;
const measure = () => path.join(workspace, 'content/tiltak/T-1.md');

beforeAll(async () => {
  // Inside the repository, so that the configuration's imports resolve from its node_modules as they do in a clone.
  const scratch = path.join(repoRoot, 'node_modules/.cache');
  await mkdir(scratch, { recursive: true });
  workspace = await mkdtemp(path.join(scratch, 'strategi-remark-lint-'));
  await cp(fixture, path.join(workspace, 'content'), { recursive: true });
  // The same configuration the repository ships, pointed at this package.
  const config = (await readFile(path.join(repoRoot, '.remarkrc.mjs'), 'utf8')).replace(
    './packages/remark-lint/src/index.ts',
    pathToFileURL(path.join(repoRoot, 'packages/remark-lint/src/index.ts')).href,
  );
  await writeFile(path.join(workspace, '.remarkrc.mjs'), config);
});
afterAll(() => rm(workspace, { recursive: true, force: true }));

describe('problems while typing', () => {
  test('a valid file gets no message', async () => {
    expect(await lintAsEditor(workspace, measure(), await readFile(measure(), 'utf8'))).toEqual([]);
  });

  test('an unknown goal in the unsaved text is reported on its line with the catalogue message and hint', async () => {
    const text = (await readFile(measure(), 'utf8')).replace('goals: [M-1, M-2]', 'goals: [M-1, M-9]');
    const [message, ...rest] = await lintAsEditor(workspace, measure(), text);
    expect(rest).toEqual([]);
    expect(message?.line).toBe(4);
    expect(message?.reason).toMatch(/^Feil: .*M-9.*\[link\/unknown-goal\]$/);
    expect(message?.note).toBeTruthy();
  });

  test('a body link to a missing heading is reported where the link is', async () => {
    const text = (await readFile(measure(), 'utf8')).replace('(../mal/M-1.md)', '(../mal/M-1.md#finnes-ikke)');
    const messages = await lintAsEditor(workspace, measure(), text);
    expect(messages.map((message) => [message.line, message.reason.match(/\[(.+)\]$/)?.[1]])).toEqual([[16, 'link/unknown-heading']]);
  });

  test('a file outside any content folder is left alone', async () => {
    expect(await lintAsEditor(workspace, path.join(workspace, 'README.md'), '[x](tiltak:T-99)\n')).toEqual([]);
  });
});

describe('contentRootOf', () => {
  test('is the folder with strategi.md, also for files of a released version', () => {
    const content = path.join(repoRoot, 'content');
    expect(contentRootOf(path.join(content, 'tiltak/T-1.md'))).toBe(content);
    expect(contentRootOf(path.join(content, 'versjoner/2023-vedtatt/tiltak/T-1.md'))).toBe(content);
    expect(contentRootOf(path.join(repoRoot, 'README.md'))).toBeUndefined();
  });
});
