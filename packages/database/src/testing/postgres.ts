/**
 * A throwaway PostgreSQL server for tests: `initdb` and `pg_ctl` from Debian's `postgresql` package in a
 * temporary folder, listening on 127.0.0.1 and a free port, with trust authentication for one user. As root
 * (CI), the server runs as the `postgres` user, since `initdb` refuses to run as root.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A test server is thrown away with its data: no flushing to disk, which tests never check and pay for on every commit. */
const NO_DURABILITY = '-c fsync=off -c synchronous_commit=off -c full_page_writes=off';
export interface TestPostgres {
  /** `postgres://app@127.0.0.1:<port>/postgres` */
  url: string;
  /** The server's folder (its data, log and socket), removed after `stop()`. */
  folder: string;
  /** Stops the server at once; its folder is removed in the background. */
  stop(): void;
}

/** The newest installed server's binaries, e.g. /usr/lib/postgresql/15/bin. */
export function postgresBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((entry) => existsSync(path.join(root, entry, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : path.join(root, versions[0], 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = postgresBinaries();
  if (!bin) throw new Error("No PostgreSQL server found under /usr/lib/postgresql. Install Debian's: apt-get install -y postgresql");
  const asRoot = process.getuid?.() === 0;
  const folder = mkdtempSync(path.join(tmpdir(), 'strategi-pg-'));
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args]] : [path.join(bin, command), args];
    return execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  };
  if (asRoot) {
    chmodSync(folder, 0o755);
    execFileSync('chown', ['postgres', folder]);
  }
  const data = path.join(folder, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'app', '--no-sync']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    path.join(folder, 'log'),
    '-w',
    '-t',
    '60',
    'start',
    '-o',
    `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 ${NO_DURABILITY}`,
  ]);
  const url = `postgres://app@127.0.0.1:${port}/postgres`;
  // A run killed from outside (a timeout, Ctrl-C twice) never reaches stop(): a watchdog of its own stops the server
  // and removes its folder once the process that started it is gone.
  const stopCommand = asRoot ? `runuser -u postgres -- '${path.join(bin, 'pg_ctl')}'` : `'${path.join(bin, 'pg_ctl')}'`;
  const watchdog = spawn(
    'sh',
    ['-c', `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; ${stopCommand} -D '${data}' -m immediate stop; rm -rf '${folder}'`],
    { detached: true, stdio: 'ignore' },
  );
  watchdog.unref();
  let stopped = false;
  return {
    url,
    folder,
    stop() {
      if (stopped) return;
      stopped = true;
      watchdog.kill();
      try {
        run('pg_ctl', ['-D', data, '-w', '-t', '30', '-m', 'immediate', 'stop']);
      } finally {
        // The folder holds every database the run made (hundreds of megabytes): removed in the background, so the
        // test run ends without waiting for the disk.
        spawn('rm', ['-rf', folder], { detached: true, stdio: 'ignore' }).unref();
      }
    },
  };
}

let databases = 0;

/** A fresh, empty database on a test server (`url` from `startTestPostgres`); returns its URL. */
export async function freshDatabase(serverUrl: string, prefix = 'test'): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${databases++}`.replace(/[^a-z0-9_]/g, '_');
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.href;
}
