/**
 * Content copies with versions released or changed as the real commands do it, and byte-level reads of built sites.
 * `strategi release` and `strategi version status` are the model's `releaseVersion` and `changeVersionStatus` behind
 * their options (the CLI's own tests cover those); called here in the test's process, not in a Node of their own.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { changeVersionStatus, type ReleaseInput, releaseVersion } from '@strategi/model';
import type { VersionStatus } from '@strategi/schema';
import { fixtureContent } from './helpers.ts';

/** A copy of the fixture content in `folder`/content. */
export function copyFixtureContent(folder: string): string {
  const content = path.join(folder, 'content');
  cpSync(fixtureContent, content, { recursive: true });
  return content;
}

/**
 * Releases the draft of `content` as `strategi release <id> … --notes <notes> --yes` does (the label is the id
 * unless given); throws with what refused it.
 */
export async function release(content: string, input: Omit<ReleaseInput, 'label'> & { label?: string }, notes: string): Promise<void> {
  const result = await releaseVersion(content, { ...input, label: input.label ?? input.id }, { notes, cacheFolder: false });
  if (!result.ok) throw new Error(`strategi release ${input.id} failed: ${JSON.stringify(result, null, 2)}`);
}

/** Changes a released version's status as `strategi version status <id> <status> --date <date>` does; throws when refused. */
export async function changeStatus(content: string, id: string, to: VersionStatus, date: string): Promise<void> {
  const result = await changeVersionStatus(content, id, { to, date });
  if (!result.ok) throw new Error(`strategi version status ${id} ${to} failed: ${JSON.stringify(result.problems, null, 2)}`);
}

/** Every file under `root`/`folder`, by path relative to `root`, with its bytes. */
export function filesUnder(root: string, folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const base = path.join(root, folder);
  for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, file).split(path.sep).join('/'), readFileSync(file));
  }
  return files;
}

/** The paths whose bytes differ between two reads (or that only one has). */
export function differing(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name)).sort();
}

/** The log line of a build with the archive cache saying which versions came from the cache and which were rendered. */
export const versionsPlan = (log: string) => /Versions from the cache: .*/.exec(log)?.[0];
