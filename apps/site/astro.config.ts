import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ViteUserConfig } from 'astro';
import { defineConfig } from 'astro/config';
import { strategiSite } from './src/plan/integration.ts';

const siteRoot = path.dirname(fileURLToPath(import.meta.url));

/**
 * The project's own packages run as Node runs them for the CLI and the tests, not bundled: bundled, their
 * dependencies were looked up again from the bundle's folder, and rehype-raw got the site's parse5 instead of the
 * model's (a crash on valid content). Kept out of the server bundle, `@strategi/model` loads its own dependencies
 * from its own folder. Imported by file URL, so the bundle finds them wherever Astro writes it.
 */
type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

function workspacePackagesUnbundled(): VitePlugin {
  return {
    name: 'strategi:workspace-packages-unbundled',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (this.environment.name === 'client' || !source.startsWith('@strategi/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved ? { id: pathToFileURL(resolved.id).href, external: true } : null;
    },
  };
}

// Everything taken from the environment (content folder, mode, output folder, site URL, days, PDFs, archive) is
// the build plan, which `strategiSite` reads once and hands to the pages as `virtual:strategi/plan`.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [strategiSite({ siteRoot })],
  vite: {
    // Every script is an external file: the site runs under a CSP without 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
    plugins: [workspacePackagesUnbundled()],
  },
});
