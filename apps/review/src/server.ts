/** Starts the review server: opens the store, loads the key, and listens until it is closed. */
import { hostedOrigins, localOrigins, type RunningServer, startServer } from '@strategi/hosting';
import { loadSecret, ReviewStore } from '@strategi/review';
import { createReviewApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import { startNotifications } from './notifications-server.ts';

export type ReviewServer = RunningServer & { store: ReviewStore };

/**
 * The address the mails link to: `STRATEGI_REVIEW_URL` when set, else where the server really listens (PORT=0 or
 * another port than 4322 included); a server listening on every address is reached on 127.0.0.1.
 */
export function linkOrigin(publicUrl: string | undefined, listening: { hostname: string; port: number; origin: string }): string {
  if (publicUrl) return publicUrl;
  return ['0.0.0.0', '::', ''].includes(listening.hostname) ? `http://127.0.0.1:${listening.port}` : listening.origin;
}

export async function startReviewServer(config: ServerConfig, env: NodeJS.ProcessEnv): Promise<ReviewServer> {
  const secret = loadSecret(env, config.places.dataDir);
  const store = await ReviewStore.open(config.places.store);
  let notifications: ReturnType<typeof startNotifications>;
  try {
    const server = await startServer({
      hostname: config.host,
      port: config.port,
      app: (listening) => {
        notifications = startNotifications(config, store, secret, linkOrigin(config.publicUrl, listening));
        return createReviewApp({
          store,
          secret,
          dist: config.dist,
          internalDist: config.internalDist,
          allowed: config.publicUrl ? hostedOrigins(config.publicUrl) : localOrigins(listening.port),
          secureCookie: config.secureCookie,
          trustProxy: config.trustProxy,
          limits: { commentsPerDay: config.commentsPerDay },
          notifications: notifications?.notifications,
        });
      },
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
