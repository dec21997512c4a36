/** Starts the review server: opens the store, loads the key, and listens until it is closed. */
import { hostedOrigins, localOrigins, type RunningServer, startServer } from '@strategi/hosting';
import { loadSecret, ReviewStore } from '@strategi/review';
import { createReviewApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import { startNotifications } from './notifications-server.ts';

export type ReviewServer = RunningServer & { store: ReviewStore };

export async function startReviewServer(config: ServerConfig, env: NodeJS.ProcessEnv): Promise<ReviewServer> {
  const secret = loadSecret(env, config.places.dataDir);
  const store = await ReviewStore.open(config.places.store);
  const notifications = startNotifications(config, store, secret);
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
          notifications: notifications?.notifications,
        }),
      onClose: async () => {
        await notifications?.stop();
        await store.close();
      },
    });
    return { ...server, close: server.close, store };
  } catch (error) {
    await notifications?.stop();
    await store.close();
    throw error;
  }
}
