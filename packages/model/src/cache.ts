import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ParsedFile } from './parse/parse-file.ts';

/** Bump whenever parsing changes what it returns for the same bytes (any change under parse/ or read/decode.ts), so that old entries are not used. */
const CACHE_FORMAT = 11;
/** Entries are spread over this many files, so that one changed document rewrites a small file, not all. */
const SHARDS = 64;

const shardOf = (hash: string) => parseInt(hash.slice(-2), 16) % SHARDS;

/**
 * Parsed files keyed by the hash of their bytes. Parsing Markdown is the slow step; a file whose bytes
 * did not change is never parsed twice, across runs. A shard that gets a new entry is rewritten on save
 * with only the entries used in this run, so entries of deleted or edited files do not pile up.
 */
export class ParseCache {
  readonly #folder: string | undefined;
  readonly #shards: Map<string, ParsedFile>[] = Array.from({ length: SHARDS }, () => new Map());
  readonly #used = new Set<string>();
  readonly #dirty = new Set<number>();

  private constructor(folder: string | undefined) {
    this.#folder = folder;
  }

  /** A cache kept in `folder`, or only in memory when `folder` is undefined. */
  static async open(folder: string | undefined): Promise<ParseCache> {
    const cache = new ParseCache(folder ? path.join(folder, `parse-v${CACHE_FORMAT}`) : undefined);
    if (cache.#folder) {
      await Promise.all(
        cache.#shards.map(async (_, i) => {
          try {
            const stored = deserialize(await readFile(cache.#shardFile(i))) as Map<string, ParsedFile>;
            if (stored instanceof Map) cache.#shards[i] = stored;
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
    const entry = this.#shards[shardOf(hash)]!.get(hash);
    if (entry) this.#used.add(hash);
    return entry;
  }

  set(hash: string, parsed: ParsedFile): void {
    const shard = shardOf(hash);
    this.#shards[shard]!.set(hash, parsed);
    this.#used.add(hash);
    this.#dirty.add(shard);
  }

  /** Writes the shards that changed, each atomically (temporary file, then rename). */
  async save(): Promise<void> {
    if (!this.#folder || this.#dirty.size === 0) return;
    await mkdir(this.#folder, { recursive: true });
    await Promise.all(
      [...this.#dirty].map(async (i) => {
        const kept = new Map([...this.#shards[i]!].filter(([hash]) => this.#used.has(hash)));
        const file = this.#shardFile(i);
        const temporary = `${file}.${process.pid}.tmp`;
        await writeFile(temporary, serialize(kept));
        await rename(temporary, file);
        this.#shards[i] = kept;
      }),
    );
    this.#dirty.clear();
  }
}

/** The default cache folder: `node_modules/.cache/strategi` of the nearest project above `start`. */
export async function defaultCacheFolder(start: string): Promise<string | undefined> {
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
