/** The running server's notifications: none when SMTP is off, else a mailer and a delivery every so often. */
import { createMailer } from '@strategi/mail';
import type { ReviewStore } from '@strategi/review';
import type { ServerConfig } from './config.ts';
import { previewLanguage } from './language.ts';
import { Notifications } from './notifications.ts';

/** `publicUrl`: the address the mails link to (`linkOrigin` in `server.ts`). */
export function startNotifications(config: ServerConfig, store: ReviewStore, secret: Uint8Array, publicUrl: string) {
  const { smtp, editors, intervalMs, tickMs } = config.mail;
  if (!smtp) return undefined;
  const mailer = createMailer(smtp);
  const lang = previewLanguage(config.dist);
  const notifications = new Notifications({ store, mailer, editors, intervalMs, publicUrl, secret, lang });
  notifications.start(tickMs);
  return {
    notifications,
    async stop() {
      await notifications.stop();
      mailer.close();
    },
  };
}
