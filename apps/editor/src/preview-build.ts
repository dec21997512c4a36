/**
 * The preview build started from the editor: one at a time, its state, last lines and duration kept for the page,
 * and the folder it writes, which the editor serves read-only once a build has finished (routes/built-preview.ts).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { PreviewState } from './views/publish.ts';

/** The command that builds the preview (the site's `build:preview`), run without a shell. */
export interface PreviewCommand {
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
  /**
   * The folder the build writes. Defaults to `STRATEGI_DIST` in `env`, else the site's own `dist-preview/` under
   * `cwd` (the repository root, where the site's `build:preview` writes when no folder is given).
   */
  output?: string;
}

/** Where a preview command writes its pages. */
const outputOf = (command: PreviewCommand): string =>
  path.resolve(command.cwd, command.output ?? command.env?.['STRATEGI_DIST'] ?? path.join('apps', 'site', 'dist-preview'));

export class PreviewBuild implements PreviewState {
  state: PreviewState['state'] = 'idle';
  output = '';
  /** How long the last finished build took, in milliseconds. */
  durationMs: number | undefined;
  /** The folder of the last build that succeeded; undefined until one has, and while the next one runs. */
  folder: string | undefined;
  readonly #now: () => number;

  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
  }

  /** Starts the build unless one is running. */
  start(preview: PreviewCommand): void {
    if (this.state === 'running') return;
    const { command, args, cwd, env } = preview;
    this.state = 'running';
    this.output = '';
    this.durationMs = undefined;
    // The folder is rewritten while the build runs: nothing is served from it until the build has finished.
    this.folder = undefined;
    const started = this.#now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      this.output = `${this.output}${chunk.toString('utf8')}`.slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => {
      this.state = 'failed';
      this.output = error.message;
      this.durationMs = this.#now() - started;
    });
    child.on('close', (code) => {
      if (this.state === 'failed') return;
      this.durationMs = this.#now() - started;
      this.state = code === 0 ? 'done' : 'failed';
      if (code === 0) this.folder = outputOf(preview);
      this.output = this.output.split('\n').slice(-20).join('\n');
    });
  }
}
