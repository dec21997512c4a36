import { link, lstat, mkdir, mkdtemp, readdir, readFile, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import { processIsAlive, writeNewFile } from '@strategi/model';
import type { CommandIO } from '../io.ts';
import { InterruptedError } from '../signals.ts';

/**
 * Files of an import go in all at once or not at all, also when the process is stopped half-way. They are first
 * written to a hidden staging folder inside the content folder (hidden, so no reader takes them for documents; on
 * the same file system, so a hard link moves them), then a journal names them, then each is hard-linked to its
 * place (a link never replaces a file), and a last marker says the import is whole. SIGINT and SIGTERM are
 * answered between two files by taking back what was linked; after SIGKILL the next import finds the folder and
 * does the same (or, with the marker, only clears the folder away).
 */
const STAGING_PREFIX = '.strategi-import-';
const FILES = 'filer';
const JOURNAL = 'journal.json';
const DONE = 'ferdig';

export interface StagedFile {
  /** Inside the content folder, as `resolveDocumentPath` gives it (`innspill/INN-12.md`). */
  relative: string;
  text: string;
}

export type Interrupted = () => 'SIGINT' | 'SIGTERM' | undefined;

/** Writes every file or none; throws `InterruptedError` (after taking everything back) when `interrupted()` says so. */
export async function writeAllOrNone(contentFolder: string, files: readonly StagedFile[], interrupted: Interrupted): Promise<void> {
  const root = path.resolve(contentFolder);
  const staging = await mkdtemp(path.join(root, `${STAGING_PREFIX}${process.pid}-`));
  const checkpoint = () => {
    const signal = interrupted();
    if (signal) throw new InterruptedError(signal);
  };
  try {
    for (const file of files) {
      checkpoint();
      await writeNewFile(path.join(staging, FILES, file.relative), file.text);
    }
    await writeNewFile(path.join(staging, JOURNAL), JSON.stringify(files.map((file) => file.relative)));
    for (const file of files) {
      checkpoint();
      const target = path.join(root, file.relative);
      await mkdir(path.dirname(target), { recursive: true });
      await link(path.join(staging, FILES, file.relative), target).catch((error: NodeJS.ErrnoException) => {
        error.path = target;
        throw error;
      });
    }
    await writeNewFile(path.join(staging, DONE), '');
  } catch (error) {
    await rollBack(root, staging);
    throw error;
  }
  await rm(staging, { recursive: true, force: true });
}

/** What was found of an import stopped before it finished, and what was done about it. */
interface Leftover {
  /** The staging folder, relative to the content folder. */
  folder: string;
  /** True when every file had been put in place (only the staging folder was left). */
  complete: boolean;
  /** How many files it had put in place and were taken out again. */
  removed: number;
}

/**
 * Clears away what imports killed part-way (SIGKILL, a power cut) left: an unfinished one is rolled back, so the
 * content is as before it and the same spreadsheet can be imported again; a finished one only loses its staging
 * folder. The folder of an import still running (its process is alive) is left alone.
 */
async function recoverInterruptedImports(contentFolder: string): Promise<Leftover[]> {
  const root = path.resolve(contentFolder);
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const leftovers: Leftover[] = [];
  for (const entry of entries) {
    if (!entry.name.startsWith(STAGING_PREFIX) || !entry.isDirectory()) continue;
    const pid = Number(/^\.strategi-import-(\d+)-/.exec(entry.name)?.[1]);
    if (pid !== process.pid && processIsAlive(pid)) continue;
    const staging = path.join(root, entry.name);
    const complete = await lstat(path.join(staging, DONE)).then(
      () => true,
      () => false,
    );
    const removed = complete ? 0 : await rollBack(root, staging);
    await rm(staging, { recursive: true, force: true });
    leftovers.push({ folder: entry.name, complete, removed });
  }
  return leftovers;
}

/**
 * Takes out every file of the journal that is still the import's own (the same inode as its staged copy: a file
 * someone else has put there since is left alone), then the staging folder. Returns how many were taken out.
 */
async function rollBack(root: string, staging: string): Promise<number> {
  const journal: unknown = await readFile(path.join(staging, JOURNAL), 'utf8')
    .then((text) => JSON.parse(text))
    .catch(() => []);
  let removed = 0;
  for (const relative of Array.isArray(journal) ? journal : []) {
    if (typeof relative !== 'string' || !isInside(relative)) continue;
    const target = path.join(root, relative);
    const [staged, placed] = await Promise.all([lstat(path.join(staging, FILES, relative)).catch(() => undefined), lstat(target).catch(() => undefined)]);
    if (staged && placed && staged.ino === placed.ino && staged.dev === placed.dev) {
      await unlink(target);
      removed++;
    }
  }
  await rm(staging, { recursive: true, force: true });
  return removed;
}

/** A journal entry is a plain relative path below the content folder; anything else is not the import's. */
function isInside(relative: string): boolean {
  const normal = path.normalize(relative);
  return normal !== '' && !path.isAbsolute(normal) && normal.split(path.sep)[0] !== '..';
}

/** Rolls back what an import killed part-way left, and says so: the editor may wonder where those files went. */
export async function reportLeftovers(contentFolder: string, io: CommandIO): Promise<void> {
  for (const leftover of await recoverInterruptedImports(contentFolder)) {
    io.stderr.write(
      leftover.complete
        ? `En tidligere import ble fullført, men avbrutt før den ryddet opp; ${leftover.folder} er fjernet.\n`
        : `En tidligere import ble avbrutt før den var ferdig; ${leftover.removed} ${leftover.removed === 1 ? 'fil' : 'filer'} den hadde lagt inn, er fjernet igjen, så innholdet er som før den.\n`,
    );
  }
}
