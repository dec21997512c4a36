/** Content copies with versions released or changed by the real commands, and byte-level reads of built sites. */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixtureContent, siteRoot } from './helpers.ts';

const repoRoot = path.resolve(siteRoot, '../..');

/** A copy of the fixture content in `folder`/content. */
export function copyFixtureContent(folder: string): string {
  const content = path.join(folder, 'content');
  cpSync(fixtureContent, content, { recursive: true });
  return content;
}

/** The CLI's entry point, which `pnpm strategi` runs with Node. */
const cli = path.join(repoRoot, 'packages/cli/src/bin.ts');

/** Runs `strategi <args>` on `content`; throws with its output when it fails. */
export function strategi(content: string, ...args: string[]): void {
  // With this Node, as `pnpm strategi` would: without pnpm's own start-up before each command.
  const result = spawnSync(process.execPath, [cli, ...args, '--dir', content], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`strategi ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
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
