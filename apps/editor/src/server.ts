/** Starts the editor: the workspace, the repository, hosted access when asked for, and the HTTP server. */
import path from 'node:path';
import { hostedOrigins, localOrigins, startServer } from '@strategi/hosting';
import { readSettings } from '@strategi/model';
import { loadSecret, ReviewStore, reviewPlaces } from '@strategi/review';
import type { HostedAccess } from './access.ts';
import { createEditorApp } from './app.ts';
import { type EditorSettings, repositoryRoot } from './config.ts';
import { editorConfig } from './form-config.ts';
import { ContentRepository } from './git.ts';
import { Workspace } from './workspace.ts';

export interface RunningEditor {
  origin: string;
  close(): Promise<void>;
}

export async function startEditor(settings: EditorSettings, env: NodeJS.ProcessEnv, cwd: string): Promise<RunningEditor> {
  const workspace = new Workspace(settings.contentFolder);
  const repository = await ContentRepository.find(settings.contentFolder, settings.branch);
  // The pickers offer the sectors, actor kinds and sender kinds the strategy declares; a broken settings file is
  // reported by the whole-edition validation on save, and the forms fall back to the tool's lists meanwhile.
  const { settings: strategySettings } = await readSettings(settings.contentFolder);
  // The reviewers' comments are listed on the edit pages locally too; hosted, the store also holds the share links.
  const places = reviewPlaces(env, cwd);
  const store = await ReviewStore.open(places.store);
  const hosted: HostedAccess | undefined = settings.hosted
    ? { store, secret: loadSecret(env, places.dataDir), secureCookie: settings.secureCookie }
    : undefined;
  const server = await startServer({
    hostname: settings.host,
    port: settings.port,
    onClose: async () => {
      repository?.objects.close();
      await store.close();
    },
    app: ({ port }) =>
      createEditorApp({
        allowed: settings.publicUrl ? hostedOrigins(settings.publicUrl) : localOrigins(port),
        trustProxy: settings.trustProxy,
        workspace,
        config: editorConfig(strategySettings),
        repository,
        reviews: store,
        ...(hosted ? { hosted } : {}),
        preview: {
          command: 'pnpm',
          args: ['--filter', '@strategi/site', 'run', 'build:preview'],
          cwd: repositoryRoot,
          // The folder the build writes is the one served: STRATEGI_DIST when set, as the site's build reads it.
          env: { STRATEGI_CONTENT: settings.contentFolder, ...(env['STRATEGI_DIST'] ? { STRATEGI_DIST: path.resolve(cwd, env['STRATEGI_DIST']) } : {}) },
        },
      }),
  });
  return { origin: server.origin, close: () => server.close() };
}
