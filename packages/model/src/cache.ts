import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { type CacheSecret, cacheSecret } from './cache-secret.ts';
import type { ParsedFile } from './parse/parse-file.ts';

/** Bump whenever parsing changes what it returns for the same bytes (any change under parse/ or read/decode.ts), so that old entries are not used. */
const CACHE_FORMAT = 15;
/** Entries are spread over this many files, so that one changed document rewrites a small file, not all. */
const SHARDS = 64;

/** How long an entry no run has used is kept: another corpus sharing the folder, or an edit that may be undone. */
const KEEP_UNUSED_MS = 7 * 24 * 60 * 60 * 1000;

const shardOf = (hash: string) => parseInt(hash.slice(-2), 16) % SHARDS;

/** An entry as stored: the seal, the serialised parse, and when a run last used it (not sealed: it only decides what is kept). */
interface StoredEntry {
  seal: string;
  parsed: Uint8Array;
  usedAt: number;
}

/** A shard as stored: the id of the key its entries are sealed with, and the entries by source hash. */
interface StoredShard {
  key: string;
  entries: Map<string, StoredEntry>;
}

export interface ParseCacheOptions {
  /** What seals the entries; default: the machine's cache secret (`cacheSecret`). */
  secret?: CacheSecret;
  /** Told, once per cache, that an entry did not verify; default: a line on stderr. */
  warn?: (message: string) => void;
  /** The clock that dates each use of an entry; default: `Date.now`. */
  now?: () => number;
}

/**
 * Parsed files keyed by the hash of their bytes. Parsing Markdown is the slow step; a file whose bytes
 * did not change is never parsed twice, across runs. A shard that gets a new entry is rewritten on save with the
 * entries used in this run and those another run used in the last seven days (another corpus read with the same
 * folder, a text an edit may come back to), so entries of deleted or edited files do not pile up.
 *
 * The folder is untrusted (CI restores it from a shared store): each entry is the serialised parse with an HMAC
 * over the source's hash and those exact bytes, under a key kept outside the folder (`cache-secret.ts`). An entry
 * is used only when its seal verifies; one that does not is parsed again and dropped, with a warning, so a changed
 * entry costs time and never puts wrong text on a page.
 */
export class ParseCache {
  readonly #folder: string | undefined;
  readonly #secret: CacheSecret | undefined;
  readonly #warn: (message: string) => void;
  readonly #now: () => number;
  /** Entries as read from disk, not yet verified. */
  readonly #stored: Map<string, StoredEntry>[] = Array.from({ length: SHARDS }, () => new Map());
  /** Entries verified or parsed in this run. */
  readonly #shards: Map<string, ParsedFile>[] = Array.from({ length: SHARDS }, () => new Map());
  readonly #used = new Set<string>();
  readonly #dirty = new Set<number>();
  #warned = false;

  private constructor(folder: string | undefined, secret: CacheSecret | undefined, warn: (message: string) => void, now: () => number) {
    this.#folder = folder;
    this.#secret = secret;
    this.#warn = warn;
    this.#now = now;
  }

  /** A cache kept in `folder`, or only in memory when `folder` is undefined. */
  static async open(folder: string | undefined, options: ParseCacheOptions = {}): Promise<ParseCache> {
    const secret = folder ? (options.secret ?? (await cacheSecret())) : undefined;
    const warn = options.warn ?? ((message: string) => process.stderr.write(`${message}\n`));
    const cache = new ParseCache(folder ? path.join(folder, `parse-v${CACHE_FORMAT}`) : undefined, secret, warn, options.now ?? Date.now);
    if (cache.#folder) {
      await Promise.all(
        cache.#stored.map(async (_, i) => {
          try {
            const stored = deserialize(await readFile(cache.#shardFile(i))) as StoredShard;
            // Entries sealed under another key (another machine, a CI job without the secret) are stale, not wrong.
            if (stored?.key === secret!.id && stored.entries instanceof Map) cache.#stored[i] = stored.entries;
          } catch {
            // No shard yet, or an unreadable one: start it empty.
          }
        }),
      );
    }
    return cache;
  }

  #shardFile(i: number): string {
    return path.join(this.#folder!, `${String(i).padStart(2, '0')}.bin`);
  }

  get(hash: string): ParsedFile | undefined {
    const shard = shardOf(hash);
    let entry = this.#shards[shard]!.get(hash);
    if (!entry) {
      const stored = this.#stored[shard]!.get(hash);
      if (!stored) return undefined;
      this.#stored[shard]!.delete(hash);
      entry = this.#verified(hash, stored);
      if (!entry) {
        // Rewritten on save without the bad entry.
        this.#dirty.add(shard);
        return undefined;
      }
      this.#shards[shard]!.set(hash, entry);
    }
    this.#used.add(hash);
    return entry;
  }

  /** The parse an entry holds when its seal is that of the source's hash and its bytes; undefined (and a warning) otherwise. */
  #verified(hash: string, stored: StoredEntry): ParsedFile | undefined {
    try {
      if (typeof stored.seal === 'string' && stored.parsed instanceof Uint8Array && this.#secret!.verify(stored.seal, hash, stored.parsed)) {
        return deserialize(stored.parsed) as ParsedFile;
      }
    } catch {
      // Sealed but not readable: treated like a bad seal.
    }
    if (!this.#warned) {
      this.#warned = true;
      this.#warn(
        `Hurtiglageret for tolkede filer i ${this.#folder} har en oppføring som ikke stemmer med kontrollsummen sin (endret eller skadet). ` +
          'Filen er tolket på nytt og oppføringen kastet; slett mappen hvis dette gjentar seg.',
      );
    }
    return undefined;
  }

  set(hash: string, parsed: ParsedFile): void {
    const shard = shardOf(hash);
    this.#shards[shard]!.set(hash, parsed);
    this.#stored[shard]!.delete(hash);
    this.#used.add(hash);
    this.#dirty.add(shard);
  }

  /** Writes the shards that changed, each atomically (temporary file, then rename). */
  async save(): Promise<void> {
    if (!this.#folder || this.#dirty.size === 0) return;
    await mkdir(this.#folder, { recursive: true });
    const now = this.#now();
    await Promise.all(
      [...this.#dirty].map(async (i) => {
        const entries: StoredShard['entries'] = new Map();
        for (const [hash, parsed] of this.#shards[i]!) {
          if (!this.#used.has(hash)) continue;
          const bytes = serialize(parsed);
          entries.set(hash, { seal: this.#secret!.seal(hash, bytes), parsed: bytes, usedAt: now });
        }
        // Entries this run did not look at are kept as they were read, still sealed, until a week without use.
        const kept = new Map([...this.#stored[i]!].filter(([, stored]) => typeof stored.usedAt === 'number' && now - stored.usedAt < KEEP_UNUSED_MS));
        for (const [hash, stored] of kept) entries.set(hash, stored);
        const file = this.#shardFile(i);
        const temporary = `${file}.${process.pid}.tmp`;
        await writeFile(temporary, serialize({ key: this.#secret!.id, entries } satisfies StoredShard));
        await rename(temporary, file);
        this.#shards[i] = new Map([...this.#shards[i]!].filter(([hash]) => this.#used.has(hash)));
        this.#stored[i] = kept;
      }),
    );
    this.#dirty.clear();
  }
}

/** The default cache folder: `node_modules/.cache/strategi` of the nearest project above `start`. */
async function defaultCacheFolder(start: string): Promise<string | undefined> {
  let folder = path.resolve(start);
  for (;;) {
    try {
      await access(path.join(folder, 'node_modules'));
      return path.join(folder, 'node_modules', '.cache', 'strategi');
    } catch {
      const parent = path.dirname(folder);
      if (parent === folder) return undefined;
      folder = parent;
    }
  }
}

/** The parse cache for a content folder: in `folder`, else `$STRATEGI_CACHE_DIR`, else the default folder, else memory. */
export async function openParseCache(contentFolder: string, folder?: string): Promise<ParseCache> {
  return ParseCache.open(folder ?? process.env['STRATEGI_CACHE_DIR'] ?? (await defaultCacheFolder(contentFolder)));
}
