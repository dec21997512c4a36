/** Starts the editor: the workspace, the repository, hosted access when asked for, and the HTTP server. */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { loadSecret, ReviewStore, reviewPlaces } from '@strategi/review';
import type { DocumentKind } from '@strategi/schema';
import type { HostedAccess } from './access.ts';
import { createEditorApp } from './app.ts';
import { type EditorSettings, repositoryRoot } from './config.ts';
import type { KindConfig } from './form-config.ts';
import { ContentRepository } from './git.ts';
import { Workspace } from './workspace.ts';

export interface RunningEditor {
  origin: string;
  close(): Promise<void>;
}

/** The generated form configuration the editor runs on (see form-config.ts and its drift test). */
export function loadEditorConfig(): Record<DocumentKind, KindConfig> {
  return JSON.parse(readFileSync(new URL('../editor-config.json', import.meta.url), 'utf8')) as Record<DocumentKind, KindConfig>;
}

export async function startEditor(settings: EditorSettings, env: NodeJS.ProcessEnv, cwd: string): Promise<RunningEditor> {
  const workspace = new Workspace(settings.contentFolder);
  const repository = await ContentRepository.find(settings.contentFolder, settings.branch);
  let store: ReviewStore | undefined;
  let hosted: HostedAccess | undefined;
  if (settings.hosted) {
    const places = reviewPlaces(env, cwd);
    store = await ReviewStore.open(places.store);
    hosted = { store, secret: loadSecret(env, places.dataDir), secureCookie: settings.secureCookie };
  }
  const app = createEditorApp({
    workspace,
    config: loadEditorConfig(),
    repository,
    ...(hosted ? { hosted } : {}),
    preview: {
      command: 'pnpm',
      args: ['--filter', '@strategi/site', 'run', 'build:preview'],
      cwd: repositoryRoot,
      env: { STRATEGI_CONTENT: settings.contentFolder },
    },
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, hostname: settings.host, port: settings.port }, () => resolve(started));
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      });
      await store?.close();
    },
  };
}
