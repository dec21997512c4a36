import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { countBySeverity, type Problem } from '@strategi/problems';
import { VERSION_FILE, VERSIONS_FOLDER, type Version, type VersionInput, versionSchema } from '@strategi/schema';
import { stringify } from 'yaml';
import { type LoadOptions, loadCorpus } from './corpus.ts';
import { mapLimited } from './edition.ts';
import { hashBytes } from './read/load-document.ts';
import { walk } from './read/walk.ts';

export type ReleaseResult =
  | { ok: true; version: Version; folder: string; files: number }
  | { ok: false; reason: 'invalid-content'; problems: Problem[] }
  | { ok: false; reason: 'version-exists'; folder: string }
  | { ok: false; reason: 'invalid-version'; message: string };

export interface ReleaseOptions extends LoadOptions {
  /** Called with (done, total) while files are copied. */
  onProgress?: (done: number, total: number) => void;
  /** Release notes, written as the body of `versjon.md`. */
  notes?: string;
}

/**
 * Freezes the working draft as a released version: every file of the set copied at once into
 * `versjoner/<id>/`, with a content hash per file in `versjon.md`. The copy is built in a hidden temporary
 * folder and renamed into place in one step, so an interrupted release leaves the whole version or none of it.
 * Refuses content with errors and an id that exists.
 */
export async function releaseVersion(contentFolder: string, input: Omit<VersionInput, 'hashes'>, options: ReleaseOptions = {}): Promise<ReleaseResult> {
  const parsed = versionSchema.safeParse({ ...input, hashes: {} });
  if (!parsed.success)
    return { ok: false, reason: 'invalid-version', message: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') };
  if (parsed.data.id === 'utkast') return { ok: false, reason: 'invalid-version', message: 'id «utkast» er reservert for arbeidsutkastet' };
  const root = path.resolve(contentFolder);
  const target = path.join(root, VERSIONS_FOLDER, parsed.data.id);
  if (await exists(target)) return { ok: false, reason: 'version-exists', folder: target };

  const corpus = await loadCorpus(root, options);
  const errors = corpus.working.problems.filter((problem) => problem.severity === 'error');
  if (countBySeverity(errors).errors > 0) return { ok: false, reason: 'invalid-content', problems: errors };

  const files = (await walk(root, [VERSIONS_FOLDER])).filter((entry) => !entry.isDirectory && entry.relative.endsWith('.md'));
  const temporary = path.join(root, VERSIONS_FOLDER, `.${parsed.data.id}.tmp-${process.pid}`);
  await rm(temporary, { recursive: true, force: true });
  try {
    const hashes: Record<string, string> = {};
    let done = 0;
    await mapLimited(files, 16, async (entry) => {
      const destination = path.join(temporary, entry.relative);
      await mkdir(path.dirname(destination), { recursive: true });
      await copyFile(entry.absolute, destination);
      hashes[entry.relative] = hashBytes(await readFile(destination));
      options.onProgress?.(++done, files.length);
    });
    const version: Version = { ...parsed.data, hashes: Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : 1))) };
    const notes = options.notes?.trim() ? `${options.notes.trim()}\n` : '';
    await writeFile(path.join(temporary, VERSION_FILE), `---\n${stringify(version, { lineWidth: 0 })}---\n${notes}`);
    if (await exists(target)) return { ok: false, reason: 'version-exists', folder: target };
    await rename(temporary, target);
    return { ok: true, version, folder: target, files: files.length };
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
