/** The committed texts and commits a page asks for, looked up by one git kept running while lookups come. */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, expect, test } from 'vitest';
import { ContentRepository } from '../src/git.ts';
import { readReply } from '../src/git-objects.ts';
import { contentRepository } from './helpers.ts';

const repository = contentRepository('draft');
afterAll(() => repository.remove());
beforeEach(() => repository.reset());

const T1 = path.join(repository.content, 'tiltak', 'T-1.md');
const T2 = path.join(repository.content, 'tiltak', 'T-2.md');

/** How many gits `work` starts, counted by a `git` first on PATH that notes each start and runs the real one. */
async function gitsStartedBy(work: () => Promise<void>): Promise<string[]> {
  const bin = mkdtempSync(path.join(tmpdir(), 'strategi-editor-git-'));
  const log = path.join(bin, 'log');
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$1" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(path.join(bin, 'git'), 0o755);
  const before = process.env['PATH'];
  process.env['PATH'] = `${bin}${path.delimiter}${before}`;
  try {
    await work();
    return readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
  } finally {
    process.env['PATH'] = before;
    rmSync(bin, { recursive: true, force: true });
  }
}

test('lookups one after another and at the same time are answered by one git, which sees a commit made meanwhile', async () => {
  const repo = (await ContentRepository.find(repository.content, 'redigering'))!;
  const onMain = readFileSync(T2, 'utf8');
  const started = await gitsStartedBy(async () => {
    expect(await repo.committedText(T1)).toBe(readFileSync(T1, 'utf8'));
    expect(await repo.committedText(T2)).toBe(onMain);
    const [t1, t2, committed] = await Promise.all([repo.committedText(T1), repo.committedText(T2), repo.isCommitted(path.dirname(T1))]);
    expect([t1, t2, committed]).toEqual([readFileSync(T1, 'utf8'), onMain, true]);
    // Another program commits to the editor's branch: the next lookup reads the refs again.
    repository.git('switch', '--quiet', '--create', 'redigering');
    writeFileSync(T2, onMain.replace(/^title: .*$/m, 'title: På grenen'));
    repository.git('commit', '--quiet', '--all', '-m', 'Grenen');
    repository.git('switch', '--quiet', 'main');
    expect(await repo.committedText(T2)).toBe(onMain.replace(/^title: .*$/m, 'title: På grenen'));
  });
  // The test's own gits (switch, commit, switch) and one cat-file for every lookup.
  expect(started.filter((command) => command === 'cat-file')).toEqual(['cat-file']);
});

test('a git that has ended is replaced at the next lookup', async () => {
  const repo = (await ContentRepository.find(repository.content, 'redigering'))!;
  expect(await repo.committedText(T1)).toBe(readFileSync(T1, 'utf8'));
  repo.objects.close();
  expect(await repo.committedText(T1)).toBe(readFileSync(T1, 'utf8'));
  expect(repo.objects.started).toBe(2);
});

test('a reply is read only once it is whole, however git splits it', () => {
  const names = ['HEAD^{commit}', 'HEAD:content/tiltak/T-1.md', 'HEAD:content/to\nlinjer.md', 'HEAD:content/tiltak'];
  const reply = execFileSync('git', ['cat-file', '-z', '--batch-command=%(objectname) %(objecttype) %(objectsize)'], {
    cwd: repository.root,
    input: names.map((name) => `contents ${name}\0`).join(''),
  });
  const whole = readReply(reply, names, true);
  expect(whole?.used).toBe(reply.length);
  expect(whole?.found.map((object) => object?.type)).toEqual(['commit', 'blob', undefined, 'tree']);
  expect(whole?.found[1]?.data.toString('utf8')).toBe(readFileSync(T1, 'utf8'));
  for (let length = 0; length < reply.length; length++) expect(readReply(reply.subarray(0, length), names, true)).toBeUndefined();
  // A reply to the next lookup after it is left unread.
  expect(readReply(Buffer.concat([reply, Buffer.from('HEAD:x missing\n')]), names, true)?.used).toBe(reply.length);
});
