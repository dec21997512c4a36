/** The running server's notifications: none when SMTP is off, else a mailer and a delivery every so often. */
import { createMailer } from '@strategi/mail';
import type { ReviewStore } from '@strategi/review';
import type { ServerConfig } from './config.ts';
import { previewLanguage } from './language.ts';
import { Notifications } from './notifications.ts';

/**
 * How often the queue is looked at besides the batches this server queues, which it sends when they fall due: every
 * interval, but at least every 30 seconds (for retries, rows other servers queued or a restart left) and at most
 * every second.
 */
const tickMs = (intervalMs: number) => Math.min(30_000, Math.max(1_000, intervalMs));

/** `publicUrl`: the address the mails link to (`linkOrigin` in `server.ts`). */
export function startNotifications(config: ServerConfig, store: ReviewStore, secret: Uint8Array, publicUrl: string) {
  const { smtp, editors, intervalMs } = config.mail;
  if (!smtp) return undefined;
  const mailer = createMailer(smtp);
  const lang = previewLanguage(config.dist);
  const notifications = new Notifications({ store, mailer, editors, intervalMs, publicUrl, secret, lang });
  notifications.start(tickMs(intervalMs));
  return {
    notifications,
    async stop() {
      await notifications.stop();
      mailer.close();
    },
  };
}
