/**
 * The parse cache is untrusted input: an entry changed on disk — its text edited, the file's bytes and key kept, its
 * checksum recomputed as well as an attacker can — is never used. The file is parsed again and a warning says so,
 * once. And the key that seals the entries lives outside the cache folder.
 */
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, test } from 'vitest';
import { ParseCache } from '../src/cache.ts';
import { cacheSecret, cacheSecretFile } from '../src/cache-secret.ts';
import type { ParsedFile } from '../src/index.ts';
import { load, scratch } from './helpers.ts';

const folders: string[] = [];
const temporary = async (name: string) => {
  const folder = await mkdtemp(path.join(tmpdir(), `strategi-${name}-`));
  folders.push(folder);
  return folder;
};
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

const secret = (value: string) => cacheSecret({ STRATEGI_CACHE_SECRET: value });
const TRUE_TEXT = 'Tiltaket støtter';
const FORGED_TEXT = 'Tiltaket er avlyst';

type Shard = { key: string; entries: Map<string, { seal: string; parsed: Uint8Array }> };

/** Rewrites every cached parse whose body holds `TRUE_TEXT`, with `reseal` giving the seal the forged entry gets. */
async function forgeEntries(cacheFolder: string, reseal: (hash: string, bytes: Uint8Array, old: string) => string): Promise<number> {
  let forged = 0;
  for (const folder of await readdir(cacheFolder)) {
    for (const name of await readdir(path.join(cacheFolder, folder))) {
      const file = path.join(cacheFolder, folder, name);
      const shard = deserialize(await readFile(file)) as Shard;
      for (const [hash, entry] of shard.entries) {
        const parsed = deserialize(entry.parsed) as ParsedFile;
        if (!parsed.body.includes(TRUE_TEXT)) continue;
        const bytes = serialize({ ...parsed, body: parsed.body.replace(TRUE_TEXT, FORGED_TEXT) });
        shard.entries.set(hash, { seal: reseal(hash, bytes, entry.seal), parsed: bytes });
        forged++;
      }
      await writeFile(file, serialize(shard));
    }
  }
  return forged;
}

describe('the parse cache', () => {
  async function cachedCopy() {
    const copy = await scratch('valid-minimal');
    const cacheFolder = await temporary('parse-cache');
    const own = await secret('the build machine’s secret');
    const first = await load(copy.dir, { cache: await ParseCache.open(cacheFolder, { secret: own }) });
    expect(first.working.byId.get('T-1')?.body).toContain(TRUE_TEXT);
    return { copy, cacheFolder, own };
  }

  async function reload(dir: string, cacheFolder: string, own: Awaited<ReturnType<typeof secret>>) {
    const warnings: string[] = [];
    const cache = await ParseCache.open(cacheFolder, { secret: own, warn: (message) => warnings.push(message) });
    const corpus = await load(dir, { cache });
    return { body: corpus.working.byId.get('T-1')?.body, warnings, problems: corpus.problems };
  }

  test('an entry whose text was changed, its seal kept or recomputed with a guessed key, is parsed again with one warning', async () => {
    const guess = await secret('a guess');
    // The seal left as it was, and the attacker's best try: the same construction under a key of their own.
    const reseals = [(_hash: string, _bytes: Uint8Array, old: string) => old, (hash: string, bytes: Uint8Array) => guess.seal(hash, bytes)];
    for (const reseal of reseals) {
      const { copy, cacheFolder, own } = await cachedCopy();
      expect(await forgeEntries(cacheFolder, reseal)).toBeGreaterThan(0);
      const { body, warnings } = await reload(copy.dir, cacheFolder, own);
      expect(body).toContain(TRUE_TEXT);
      expect(body).not.toContain(FORGED_TEXT);
      expect(warnings).toEqual([
        `Hurtiglageret for tolkede filer i ${path.join(cacheFolder, 'parse-v15')} har en oppføring som ikke stemmer med kontrollsummen sin (endret eller skadet). ` +
          'Filen er tolket på nytt og oppføringen kastet; slett mappen hvis dette gjentar seg.',
      ]);
      // The bad entry was dropped and replaced: the next run takes the true parse from the cache, with no warning.
      const again = await reload(copy.dir, cacheFolder, own);
      expect(again.body).toContain(TRUE_TEXT);
      expect(again.warnings).toEqual([]);
    }
  });

  test('an entry moved under another file’s hash does not verify', async () => {
    const { copy, cacheFolder, own } = await cachedCopy();
    // Every entry's bytes swapped with the T-1 entry's: each seal now belongs to another hash.
    const shards = new Map<string, Shard>();
    let t1: { seal: string; parsed: Uint8Array } | undefined;
    for (const folder of await readdir(cacheFolder)) {
      for (const name of await readdir(path.join(cacheFolder, folder))) {
        const file = path.join(cacheFolder, folder, name);
        const shard = deserialize(await readFile(file)) as Shard;
        shards.set(file, shard);
        for (const entry of shard.entries.values()) if ((deserialize(entry.parsed) as ParsedFile).body.includes(TRUE_TEXT)) t1 = entry;
      }
    }
    for (const [file, shard] of shards) {
      for (const [hash, entry] of shard.entries) if (entry !== t1) shard.entries.set(hash, t1!);
      await writeFile(file, serialize(shard));
    }
    const { warnings, problems } = await reload(copy.dir, cacheFolder, own);
    expect(warnings).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  test('entries sealed under another key are not used, and are not reported as tampered with', async () => {
    const { copy, cacheFolder } = await cachedCopy();
    await forgeEntries(cacheFolder, (_hash, _bytes, old) => old);
    const { body, warnings } = await reload(copy.dir, cacheFolder, await secret('another machine'));
    expect(body).toContain(TRUE_TEXT);
    expect(warnings).toEqual([]);
  });
});

describe('what the parse cache keeps', () => {
  // Three hashes in one shard (the shard is read from the last two hex digits), as files of two corpora can be.
  const [a, b, c] = ['aa00', 'bb00', 'cc00'].map((start) => start.padEnd(64, '0'));
  const parsed = (body: string) => ({ body }) as unknown as ParsedFile;
  const DAY = 24 * 60 * 60 * 1000;
  const open = async (folder: string, at: number) => ParseCache.open(folder, { secret: await secret('keeping'), now: () => at });

  test('another corpus’s entries in a shard this run rewrites stay, also through a second save of a long-running cache', async () => {
    const folder = await temporary('parse-keep');
    const first = await open(folder, 0);
    first.set(a!, parsed('corpus A'));
    await first.save();
    const second = await open(folder, DAY);
    second.set(b!, parsed('corpus B'));
    await second.save();
    second.set(c!, parsed('corpus B, later'));
    await second.save();
    const third = await open(folder, 2 * DAY);
    expect([a, b, c].map((hash) => third.get(hash!)?.body)).toEqual(['corpus A', 'corpus B', 'corpus B, later']);
  });

  test('an entry no run has used for seven days goes when its shard is next rewritten', async () => {
    const folder = await temporary('parse-expire');
    const first = await open(folder, 0);
    first.set(a!, parsed('old'));
    await first.save();
    const later = await open(folder, 8 * DAY);
    later.set(b!, parsed('new'));
    await later.save();
    const after = await open(folder, 8 * DAY);
    expect(after.get(a!)).toBeUndefined();
    expect(after.get(b!)?.body).toBe('new');
  });
});

describe('the cache secret', () => {
  test('is STRATEGI_CACHE_SECRET when set; seals differ by key and by every part', async () => {
    const a = await secret('a');
    expect(a.source).toBe('STRATEGI_CACHE_SECRET');
    expect(a.verify(a.seal('x', 'y'), 'x', 'y')).toBe(true);
    expect(a.verify(a.seal('x', 'y'), 'xy')).toBe(false);
    expect(a.verify(a.seal('x', 'y'), 'x', 'z')).toBe(false);
    expect(a.verify((await secret('b')).seal('x', 'y'), 'x', 'y')).toBe(false);
    expect(a.verify('not hex', 'x', 'y')).toBe(false);
    expect(a.id).not.toBe((await secret('b')).id);
  });

  test('a data folder that was already there, open to others, is closed before the key is written into it', async () => {
    const data = await temporary('open-data');
    const folder = path.dirname(cacheSecretFile({ XDG_DATA_HOME: data }));
    await mkdir(folder, { recursive: true, mode: 0o755 });
    await chmod(folder, 0o755);
    await cacheSecret({ XDG_DATA_HOME: data });
    expect((await stat(folder)).mode & 0o077).toBe(0);
  });

  test('else is a key generated once into the user’s data folder, outside any cache folder, readable by the user alone', async () => {
    const data = await temporary('data');
    const env = { XDG_DATA_HOME: data };
    const file = cacheSecretFile(env);
    expect(file).toBe(path.join(data, 'strategi', 'cache-secret'));
    const first = await cacheSecret(env);
    expect(first.source).toBe(file);
    expect((await stat(path.dirname(file))).mode & 0o077).toBe(0);
    expect((await stat(file)).mode & 0o077).toBe(0);
    const key = await readFile(file, 'utf8');
    expect(key).toMatch(/^[0-9a-f]{64}\n$/);
    // Another process reading the same file agrees on the key.
    const other = await cacheSecret({ XDG_DATA_HOME: data, HOME: '/elsewhere' });
    expect(other.seal('x')).toBe(first.seal('x'));
    expect(await readFile(file, 'utf8')).toBe(key);
    expect(cacheSecretFile({ HOME: '/home/a' })).toBe('/home/a/.local/share/strategi/cache-secret');
  });
});
