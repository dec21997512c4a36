// `strategi comments accept|reject`: a reviewer's suggested edit applied to the file, validated, committed alone
// with the reviewer as co-author, and the comment resolved; or refused with the reason and nothing changed.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freshDatabase } from '@strategi/database/testing';
import { ReviewStore, type StoreLocation } from '@strategi/review';
import { beforeEach, describe, expect, inject, test } from 'vitest';
import { run, workspace } from './helpers.ts';

// The run's one PostgreSQL server (vitest.config.ts).
const postgresUrl = inject('postgresUrl');

const T4 = 'content/tiltak/T-4.md';

describe.each(['sqlite', 'postgres'] as const)('strategi comments accept and reject on %s', (kind) => {
  let cwd: string;
  let env: NodeJS.ProcessEnv;
  let location: StoreLocation;
  let git: (...args: string[]) => string;
  let suggest: (exact: string, replacement: string) => Promise<number>;

  beforeEach(async () => {
    cwd = await workspace();
    git = (...args) => execFileSync('git', args, { cwd, encoding: 'utf8' });
    git('init', '-q');
    git('config', 'user.name', 'Redaktør');
    git('config', 'user.email', 'redaksjonen@example.no');
    git('add', '-A');
    git('commit', '-qm', 'innhold');
    const data = await mkdtemp(path.join(tmpdir(), 'strategi-suggestions-'));
    location = kind === 'postgres' ? { databaseUrl: await freshDatabase(postgresUrl) } : { sqliteFile: path.join(data, 'kommentarer.sqlite') };
    env = { STRATEGI_REVIEW_DATA: data, STRATEGI_REVIEW_SECRET: 'x'.repeat(40), ...(location.databaseUrl ? { DATABASE_URL: location.databaseUrl } : {}) };
    const store = await ReviewStore.open(location);
    const link = await store.createLink({ name: 'Udir', role: 'reviewer', expiresAt: new Date('2027-01-01T00:00:00.000Z') });
    await store.close();
    suggest = async (exact, replacement) => {
      const store = await ReviewStore.open(location);
      try {
        const base = { linkId: link.id, author: 'Kari <Udir>', document: 'T-4', edition: 'utkast', text: 'Forslag.', format: 'text' as const };
        return (await store.createComment({ ...base, quote: { exact, prefix: '', suffix: '' }, suggestion: replacement })).comment.id;
      } finally {
        await store.close();
      }
    };
  });

  const stored = async (id: number) => {
    const store = await ReviewStore.open(location);
    try {
      return await store.getComment(id);
    } finally {
      await store.close();
    }
  };

  test('accept applies the suggestion, commits only that file with the reviewer as co-author, and resolves the comment', async () => {
    const id = await suggest('et bilde av utstyret', 'et samlet bilde av utstyret');
    await writeFile(path.join(cwd, 'content/tiltak/T-1.md'), `${await readFile(path.join(cwd, 'content/tiltak/T-1.md'), 'utf8')}\nEn annen endring.\n`);
    const result = await run(['comments', 'accept', String(id), '--name', 'Redaksjonen'], cwd, { env });
    const commit = git('rev-parse', '--short', 'HEAD').trim();
    expect(result).toEqual({
      code: 0,
      stdout: `Forslaget i kommentar #${id} er tatt inn i ${T4} (commit ${commit}), og kommentaren er merket som løst.\n`,
      stderr: '',
    });
    expect(await readFile(path.join(cwd, T4), 'utf8')).toContain('Kartleggingen gir et samlet bilde av utstyret i skolene.');
    expect(git('log', '-1', '--format=%an%n%B')).toBe(
      `Redaktør\nT-4: forslaget fra Kari Udir i kommentar #${id}\n\nCo-authored-by: Kari Udir <leser-${(await stored(id))!.linkId}@noreply.invalid>\n\n`,
    );
    expect(git('show', '--name-only', '--format=', 'HEAD').trim()).toBe('content/tiltak/T-4.md');
    expect(git('status', '--porcelain')).toBe(' M content/tiltak/T-1.md\n');
    expect((await run(['validate'], cwd)).code).toBe(0);
    const comment = await stored(id);
    expect(comment?.suggestion).toMatchObject({ state: 'accepted', decidedBy: 'Redaksjonen', commit });
    expect(comment?.resolvedBy).toBe('Redaksjonen');
    expect((await run(['comments', 'accept', String(id)], cwd, { env })).stderr).toBe(`Forslaget i kommentar #${id} er allerede godtatt av Redaksjonen.\n`);
  });

  test('accept refuses a passage changed since and changes nothing', async () => {
    const before = await readFile(path.join(cwd, T4), 'utf8');
    const moved = await suggest('et bilde av alt utstyret', 'et bilde av utstyret');
    expect(await run(['comments', 'accept', String(moved)], cwd, { env })).toEqual({
      code: 1,
      stdout: '',
      stderr: `Forslaget i kommentar #${moved} kan ikke brukes: Teksten er endret siden forslaget ble gitt.\n`,
    });
    expect(await readFile(path.join(cwd, T4), 'utf8')).toBe(before);
    expect((await stored(moved))?.suggestion?.state).toBe('open');
  });

  test('accept refuses a result that does not validate, with the problems, and changes nothing', async () => {
    const before = await readFile(path.join(cwd, T4), 'utf8');
    // A heading renamed under a link to it leaves the link pointing nowhere, an error `validate` reports.
    const linked = `${before}\n## Utstyr\n\nSe [utstyret](#utstyr).\n`;
    await writeFile(path.join(cwd, T4), linked);
    git('commit', '-qam', 'overskrift');
    const invalid = await suggest('Utstyr', 'Utstyret i skolene');
    const refused = await run(['comments', 'accept', String(invalid)], cwd, { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      new RegExp(
        `^Forslaget i kommentar #${invalid} kan ikke brukes: Med forslaget ville dokumentet få feil; se problemene under\\.\\ncontent/tiltak/T-4\\.md:\\d+:\\d+  error  `,
      ),
    );
    expect(refused.stderr).toContain('[link/unknown-heading]');
    expect(await readFile(path.join(cwd, T4), 'utf8')).toBe(linked);
    expect(git('rev-list', '--count', 'HEAD').trim()).toBe('2');
    expect((await stored(invalid))?.suggestion?.state).toBe('open');
  });

  test('accept changes a passage of the title in the frontmatter and keeps the other lines of the file', async () => {
    const before = await readFile(path.join(cwd, T4), 'utf8');
    const id = await suggest('Kartlegge utstyr', 'Kartlegge digitalt utstyr');
    expect((await run(['comments', 'accept', String(id)], cwd, { env })).code).toBe(0);
    expect(await readFile(path.join(cwd, T4), 'utf8')).toBe(before.replace('title: Kartlegge utstyr', 'title: Kartlegge digitalt utstyr'));
    expect(git('show', '--name-only', '--format=', 'HEAD').trim()).toBe('content/tiltak/T-4.md');
  });

  test('a commit git refuses (here a pre-commit hook) is a message, not a stack trace; the text is in the file', async () => {
    await writeFile(path.join(cwd, '.git/hooks/pre-commit'), '#!/bin/sh\necho "sjekken feilet" >&2\nexit 1\n', { mode: 0o755 });
    const id = await suggest('et bilde av utstyret', 'et samlet bilde av utstyret');
    expect(await run(['comments', 'accept', String(id)], cwd, { env })).toEqual({
      code: 1,
      stdout: '',
      stderr: `Forslaget i kommentar #${id} er tatt inn i ${T4}, men git laget ingen commit: sjekken feilet\n  → Legg inn filen selv med git commit; kommentaren er merket som løst.\n`,
    });
    expect(await readFile(path.join(cwd, T4), 'utf8')).toContain('et samlet bilde av utstyret');
    expect((await stored(id))?.suggestion).toMatchObject({ state: 'accepted', commit: null });
  });

  test('reject records the reason and resolves the comment; a reason is required', async () => {
    const id = await suggest('et bilde av utstyret', 'et bilde av alt');
    expect((await run(['comments', 'reject', String(id)], cwd, { env })).stderr).toBe(
      'Skriv hvorfor forslaget ikke tas inn, med --reason «…».\n  → Leseren ser begrunnelsen.\n',
    );
    expect(await run(['comments', 'reject', String(id), '--reason', 'Utstyret er nevnt før.'], cwd, { env })).toEqual({
      code: 0,
      stdout: `Forslaget i kommentar #${id} er avvist, og kommentaren er merket som løst.\n`,
      stderr: '',
    });
    expect((await stored(id))?.suggestion).toMatchObject({ state: 'rejected', reason: 'Utstyret er nevnt før.', decidedBy: 'Redaksjonen' });
    expect(git('rev-list', '--count', 'HEAD').trim()).toBe('1');
  });
});
