/**
 * One way to start and stop a server: listen on a host and port (0 for a free one), build the app once the port
 * is known (its allowed origins depend on it), and close everything on `close()` or on SIGINT/SIGTERM — open
 * connections first, then what the server owns (its store).
 */
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';

export interface Listening {
  hostname: string;
  port: number;
  /** `http://<host>:<port>`, an IPv6 host in brackets. */
  origin: string;
}

type Fetch = (request: Request, env?: unknown) => Response | Promise<Response>;

export interface StartOptions {
  hostname: string;
  port: number;
  /** The app for the address the server got. */
  app(listening: Listening): { fetch: Fetch };
  /** Closes what the server owns, after its connections (e.g. the store). */
  onClose?: () => Promise<void>;
}

export interface RunningServer extends Listening {
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  let fetch: Fetch = () => new Response('Serveren starter.\n', { status: 503 });
  const server = createAdaptorServer({ fetch: (request, env) => fetch(request, env), hostname: options.hostname });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.hostname.includes(':') ? `[${options.hostname}]` : options.hostname;
  const listening: Listening = { hostname: options.hostname, port, origin: `http://${host}:${port}` };
  fetch = options.app(listening).fetch;
  let closing: Promise<void> | undefined;
  return {
    ...listening,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        await options.onClose?.();
      })();
      return closing;
    },
  };
}

/** Closes the server on SIGINT or SIGTERM, then exits with 0 (1 when closing failed). */
export function closeOnSignals(server: { close(): Promise<void> }, exit: (code: number) => void = process.exit): void {
  const stop = () => {
    server.close().then(
      () => exit(0),
      (error: unknown) => {
        process.stderr.write(`Serveren stoppet ikke rent: ${(error as Error).message}\n`);
        exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
