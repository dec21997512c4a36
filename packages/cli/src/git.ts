import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * True when git's last commit holds any file under `folder`. Outside a repository, or without git, nothing is
 * committed. Staged files do not count: they were never in a build of the main branch.
 */
export async function isCommitted(folder: string): Promise<boolean> {
  try {
    const { stdout } = await run('git', ['ls-tree', '-r', '--name-only', 'HEAD', '--', '.'], { cwd: folder, timeout: 10_000 });
    return stdout.trim() !== '';
  } catch {
    return false;
  }
}
