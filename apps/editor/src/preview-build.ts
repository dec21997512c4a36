/** The preview build started from the editor: one at a time, its state and last lines kept for the page. */
import { spawn } from 'node:child_process';
import type { PreviewState } from './views/publish.ts';

/** The command that builds the preview (the site's `build:preview`, as `pnpm build:preview` runs it), run without a shell. */
export interface PreviewCommand {
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
}

export class PreviewBuild implements PreviewState {
  state: PreviewState['state'] = 'idle';
  output = '';

  /** Starts the build unless one is running. */
  start({ command, args, cwd, env }: PreviewCommand): void {
    if (this.state === 'running') return;
    this.state = 'running';
    this.output = '';
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      this.output = `${this.output}${chunk.toString('utf8')}`.slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => {
      this.state = 'failed';
      this.output = error.message;
    });
    child.on('close', (code) => {
      if (this.state === 'failed') return;
      this.state = code === 0 ? 'done' : 'failed';
      this.output = this.output.split('\n').slice(-20).join('\n');
    });
  }
}
