/** Starts the consultation service: opens the store, loads the key, and listens until it is closed. */
import { ConsultationStore } from '@strategi/consultation';
import { hostedOrigins, localOrigins, type RunningServer, startServer } from '@strategi/hosting';
import { createMailer } from '@strategi/mail';
import { createConsultationApp } from './app.ts';
import type { ServiceConfig } from './config.ts';
import { consultationSource } from './consultations.ts';
import { contentSource } from './content-source.ts';
import { reviewEditorLinks } from './editor-links.ts';
import { startOutcomeMail } from './outcome-mail.ts';
import { loadSecret } from './secret.ts';

export type ConsultationServer = RunningServer & { store: ConsultationStore };

export async function startConsultationServer(config: ServiceConfig, env: NodeJS.ProcessEnv): Promise<ConsultationServer> {
  const secret = await loadSecret(env, config.dataDir);
  const store = await ConsultationStore.open(config.store);
  const mailer = config.smtp ? createMailer(config.smtp) : undefined;
  // One read of the content for the forms and the published responses alike.
  const content = contentSource(config.contentDir, config.reloadMs);
  const consultations = consultationSource(content);
  // Editors moderate with the review server's editor links.
  const editors = reviewEditorLinks(env, env['INIT_CWD'] ?? process.cwd());
  let stopOutcomeMail: (() => Promise<void>) | undefined;
  try {
    const server = await startServer({
      hostname: config.host,
      port: config.port,
      app: ({ port, origin }) =>
        createConsultationApp({
          store,
          secret,
          consultations,
          content,
          allowed: config.publicUrl ? hostedOrigins(config.publicUrl) : localOrigins(port),
          publicOrigin: config.publicUrl ?? origin,
          mailer,
          trustProxy: config.trustProxy,
          limits: config.limits,
          minFillMs: config.minFillMs,
          editors: editors.source,
          contentDir: config.contentDir,
          secureCookie: config.publicUrl?.startsWith('https:') ?? false,
        }),
      onClose: async () => {
        await stopOutcomeMail?.();
        mailer?.close();
        await store.close();
        await editors.close();
      },
    });
    // Responders are told once when their published response shows what became of it.
    stopOutcomeMail = mailer ? startOutcomeMail(config.contentDir, { store, mailer, publicOrigin: config.publicUrl ?? server.origin }) : undefined;
    return { ...server, close: server.close, store };
  } catch (error) {
    mailer?.close();
    await store.close();
    await editors.close();
    throw error;
  }
}
