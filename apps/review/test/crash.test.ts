/**
 * Nothing acknowledged is lost when the server dies mid-write: a burst of posts, SIGKILL while they are in flight,
 * a restart, and every comment that was answered 201 is there, once, in a consistent database. The server that is
 * killed is a process of its own; the one started again after it runs in the test's worker (the same startReviewServer
 * its command runs, on the same data), which spares a second process start.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ReviewStore, signShareToken } from '@strategi/review';
import { databaseKinds, freshLocation } from '@strategi/review/testing';
import { describe, test } from 'vitest';
import { serverConfig, startReviewServer } from '../src/index.ts';
import { makeDist } from './helpers.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';

const SECRET = 'en-lang-nok-hemmelighet-for-kraesjtesten-0123456789';

// Sixteen posts are in flight at any moment; the kill comes once this many were answered.
const ACKNOWLEDGED_BEFORE_KILL = 64;

// The two databases' runs share nothing (a server, a database and a folder each), so they run side by side.
describe.concurrent.each(databaseKinds)('killed mid-burst on %s', (kind) => {
  test('every acknowledged comment survives SIGKILL and a restart, stored once', async ({ expect, onTestFinished }) => {
    let server: ServerProcess | undefined;
    onTestFinished(() => server?.stop(true));
    const location = await freshLocation(kind);
    const dataDir = mkdtempSync(path.join(tmpdir(), 'strategi-review-data-'));
    const env = {
      STRATEGI_PREVIEW_DIST: makeDist(),
      STRATEGI_REVIEW_DATA: dataDir,
      STRATEGI_REVIEW_SECRET: SECRET,
      // The burst is one link's; the daily limit per link is not what this test is about.
      STRATEGI_REVIEW_COMMENTS_PER_DAY: '100000',
      ...(location.databaseUrl ? { DATABASE_URL: location.databaseUrl } : { STRATEGI_REVIEW_DATA: path.dirname(location.sqliteFile!) }),
    };
    server = await startServerProcess(env);
    const store = await ReviewStore.open(location);
    const link = await store.createLink({ name: 'Lastprøve', role: 'reviewer', expiresAt: new Date(Date.now() + 86_400_000) });
    await store.close();
    const cookie = `strategi_gjennomlesing=${await signShareToken(link, new TextEncoder().encode(SECRET))}`;

    const acknowledged = new Map<number, string>();
    let sent = 0;
    let killed = false;
    const origin = server.origin;
    const worker = async () => {
      while (!killed && sent < 2000) {
        const text = `Kommentar ${sent++}`;
        try {
          const response = await fetch(`${origin}/api/kommentarer`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ document: 'T-1', edition: 'utkast', text, key: text }),
          });
          if (response.status === 201) acknowledged.set((await response.json()).number, text);
        } catch {
          // The connection died with the server: this post was never acknowledged.
        }
        if (acknowledged.size >= ACKNOWLEDGED_BEFORE_KILL && !killed) {
          killed = true;
          await server!.stop(true);
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(killed).toBe(true);
    expect(acknowledged.size).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);

    const restarted = await startReviewServer(serverConfig({ ...env, HOST: '127.0.0.1', PORT: '0' }, dataDir), env);
    onTestFinished(() => restarted.close());
    const list: { total: number; items: { number: number; body: { value: string } }[] } = { total: 0, items: [] };
    do {
      const page = await (await fetch(`${restarted.origin}/api/kommentarer?limit=200&offset=${list.items.length}`, { headers: { cookie } })).json();
      list.total = page.total;
      list.items.push(...page.items);
      if (page.items.length === 0) break;
    } while (list.items.length < list.total);
    const stored = new Map<number, string>(list.items.map((item: { number: number; body: { value: string } }) => [item.number, item.body.value]));
    for (const [number, text] of acknowledged) expect(stored.get(number), `comment ${number}`).toBe(text);
    const texts = list.items.map((item: { body: { value: string } }) => item.body.value);
    expect(new Set(texts).size).toBe(texts.length);
    expect(list.total).toBeLessThanOrEqual(sent);

    if (location.sqliteFile) {
      const database = new DatabaseSync(location.sqliteFile, { readOnly: true });
      expect(database.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
      database.close();
    } else {
      const check = await ReviewStore.open(location);
      const rows = await check.db
        .selectFrom('comments')
        .select((eb) => [eb.fn.countAll<number>().as('all'), eb.fn.count<number>('client_key').distinct().as('keys')])
        .executeTakeFirstOrThrow();
      expect(Number(rows.all)).toBe(Number(rows.keys));
      await check.close();
    }
  });
});
