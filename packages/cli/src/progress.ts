import type { CommandIO } from './io.ts';

/**
 * Progress for long work: a line rewritten in place on a terminal, nothing at all in CI or a pipe.
 * Redraws at most every 100 ms so that printing never slows the work.
 */
export function progressReporter(io: CommandIO, label: string): ((done: number, total: number) => void) & { done: () => void } {
  const enabled = Boolean(io.stderr.isTTY) && !io.env['CI'];
  let last = 0;
  let shown = false;
  const report = (done: number, total: number) => {
    if (!enabled) return;
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    shown = true;
    io.stderr.write(`\r${label} ${done}/${total} (${Math.round((100 * done) / Math.max(total, 1))} %)`);
  };
  return Object.assign(report, {
    done: () => {
      if (shown) io.stderr.write('\r\u001b[K');
    },
  });
}
