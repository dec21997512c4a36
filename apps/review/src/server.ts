/** Starts the review server: opens the store, loads the key, and listens until it is closed. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { loadSecret, ReviewStore } from '@strategi/review';
import { createReviewApp } from './app.ts';
import type { ServerConfig } from './config.ts';

export interface RunningServer {
  /** `http://<host>:<port>` */
  origin: string;
  store: ReviewStore;
  close(): Promise<void>;
}

export async function startReviewServer(config: ServerConfig, env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const secret = loadSecret(env, config.places.dataDir);
  const store = await ReviewStore.open(config.places.store);
  const app = createReviewApp({ store, secret, dist: config.dist, secureCookie: config.secureCookie, trustProxy: config.trustProxy });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => resolve(started));
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    store,
    close: async () => {
      await new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      });
      await store.close();
    },
  };
}
