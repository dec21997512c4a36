/**
 * Whether a process still runs: what tells a release or an import left behind by a process that was killed from one
 * that another process is making right now. A process we may not signal (EPERM) is alive all the same.
 */
export function processIsAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
