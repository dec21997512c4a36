import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ParsedFile } from './parse/parse-file.ts';

/** Bump when what `parseFile` returns changes, so that old entries are not used. */
const CACHE_FORMAT = 3;

/**
 * Parsed files keyed by the hash of their bytes. Parsing Markdown is the slow step; a file whose bytes
 * did not change is never parsed twice, across runs. Entries not used in a run are dropped on save.
 */
export class ParseCache {
  readonly #file: string | undefined;
  #entries = new Map<string, ParsedFile>();
  readonly #used = new Map<string, ParsedFile>();
  #dirty = false;

  private constructor(file: string | undefined) {
    this.#file = file;
  }

  /** A cache kept in `folder`, or only in memory when `folder` is undefined. */
  static async open(folder: string | undefined): Promise<ParseCache> {
    const cache = new ParseCache(folder ? path.join(folder, `parse-v${CACHE_FORMAT}.bin`) : undefined);
    if (cache.#file) {
      try {
        const stored = deserialize(await readFile(cache.#file)) as Map<string, ParsedFile>;
        if (stored instanceof Map) cache.#entries = stored;
      } catch {
        // No cache yet, or an unreadable one: start empty.
      }
    }
    return cache;
  }

  get(hash: string): ParsedFile | undefined {
    const entry = this.#entries.get(hash);
    if (entry) this.#used.set(hash, entry);
    return entry;
  }

  set(hash: string, parsed: ParsedFile): void {
    this.#entries.set(hash, parsed);
    this.#used.set(hash, parsed);
    this.#dirty = true;
  }

  /** Writes the entries used in this run, atomically. */
  async save(): Promise<void> {
    if (!this.#file || (!this.#dirty && this.#used.size === this.#entries.size)) return;
    await mkdir(path.dirname(this.#file), { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    await writeFile(temporary, serialize(this.#used));
    await rename(temporary, this.#file);
    this.#entries = new Map(this.#used);
    this.#dirty = false;
  }
}

/** The default cache folder: `node_modules/.cache/strategi` of the nearest project above `start`. */
export async function defaultCacheFolder(start: string): Promise<string | undefined> {
  const { access } = await import('node:fs/promises');
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
