/**
 * The site builds `pnpm test` makes before it runs the tests (`build`, `build:demo`, `build:second` and
 * `build:second-preview` of apps/site, each into its own folder), for the tests that need the same build: they read
 * it instead of building the same content again. Only when the run says it has just made them
 * (`STRATEGI_PREBUILT=1`, set by the root `test` script after the builds): a test file run on its own, after code
 * or content may have changed, builds its own.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const siteRoot = path.resolve(import.meta.dirname, '../../../apps/site');

/** The folders those scripts build into, by what they hold. */
const folders = {
  /** The second real strategy in corpora/, public, PDFs included. */
  secondPublic: 'dist-second',
  /** The second real strategy in corpora/, preview, PDFs included. */
  secondPreview: 'dist-second-preview',
} as const;

export type PrebuiltSite = keyof typeof folders;

/** The folder of the run's build of `site`, or undefined when the test must build its own. */
export function prebuiltSite(site: PrebuiltSite, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env['STRATEGI_PREBUILT'] !== '1') return undefined;
  const folder = path.join(siteRoot, folders[site]);
  // A build that stopped part-way has no front page: build again rather than test half a site.
  return existsSync(path.join(folder, 'index.html')) ? folder : undefined;
}
