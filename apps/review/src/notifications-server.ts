/** The running server's notifications: none when SMTP is off, else a mailer and a delivery every half minute. */
import { createMailer } from '@strategi/mail';
import type { ReviewStore } from '@strategi/review';
import type { ServerConfig } from './config.ts';
import { Notifications } from './notifications.ts';

/** How often the queue is looked at; the interval between two mails to one address is the config's. */
const TICK_MS = 30_000;

export function startNotifications(config: ServerConfig, store: ReviewStore, secret: Uint8Array) {
  const { smtp, editors, intervalMs } = config.mail;
  if (!smtp) return undefined;
  const mailer = createMailer(smtp);
  const notifications = new Notifications({ store, mailer, editors, intervalMs, publicUrl: config.places.publicUrl, secret });
  notifications.start(TICK_MS);
  return {
    notifications,
    async stop() {
      await notifications.stop();
      mailer.close();
    },
  };
}
