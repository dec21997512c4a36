/** Starts the review server: opens the store, loads the key, and listens until it is closed. */
import { hostedOrigins, localOrigins, type RunningServer, startServer } from '@strategi/hosting';
import { loadSecret, ReviewStore } from '@strategi/review';
import { createReviewApp } from './app.ts';
import type { ServerConfig } from './config.ts';

export type ReviewServer = RunningServer & { store: ReviewStore };

export async function startReviewServer(config: ServerConfig, env: NodeJS.ProcessEnv): Promise<ReviewServer> {
  const secret = loadSecret(env, config.places.dataDir);
  const store = await ReviewStore.open(config.places.store);
  try {
    const server = await startServer({
      hostname: config.host,
      port: config.port,
      app: ({ port }) =>
        createReviewApp({
          store,
          secret,
          dist: config.dist,
          internalDist: config.internalDist,
          allowed: config.publicUrl ? hostedOrigins(config.publicUrl) : localOrigins(port),
          secureCookie: config.secureCookie,
          trustProxy: config.trustProxy,
          limits: { commentsPerDay: config.commentsPerDay },
        }),
      onClose: () => store.close(),
    });
    return { ...server, close: server.close, store };
  } catch (error) {
    await store.close();
    throw error;
  }
}
