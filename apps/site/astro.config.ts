import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ViteUserConfig } from 'astro';
import { defineConfig } from 'astro/config';
import { archiveIntegrations } from './src/integrations/archive.ts';
import { contentWatchIntegration } from './src/integrations/content-watch.ts';
import { siteUrlFromEnv, siteUrlIntegration } from './src/integrations/site-url.ts';
import { pdfEnabled } from './src/lib/pdf-links.ts';
import { pdfIntegration } from './src/pdf/integration.ts';

const siteUrl = siteUrlFromEnv();
const siteRoot = path.dirname(fileURLToPath(import.meta.url));
const mode = process.env['STRATEGI_BUILD'] === 'preview' ? 'preview' : 'public';
/** STRATEGI_CONTENT (relative to where the command was started) or the repository's content/ folder. */
const contentDir = process.env['STRATEGI_CONTENT']
  ? path.resolve(process.env['INIT_CWD'] ?? process.cwd(), process.env['STRATEGI_CONTENT'])
  : path.resolve(siteRoot, '../../content');
/** STRATEGI_CACHE_DIR: where the archived output of unchanged versions is kept between builds (public builds only). */
const cacheDir = process.env['STRATEGI_CACHE_DIR'] ? path.resolve(process.env['INIT_CWD'] ?? process.cwd(), process.env['STRATEGI_CACHE_DIR']) : undefined;
const outDir = process.env['STRATEGI_DIST']
  ? path.resolve(process.env['INIT_CWD'] ?? process.cwd(), process.env['STRATEGI_DIST'])
  : path.join(siteRoot, mode === 'preview' ? 'dist-preview' : 'dist');

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

// A version built without PDFs has no PDF and no link to one: whether PDFs are made is part of what its output depends on.
const archive = archiveIntegrations({ siteRoot, contentDir, mode, cacheDir, settings: { siteUrl, mode, pdf: pdfEnabled() ? 'yes' : 'no' } });

export default defineConfig({
  // No placeholder host: without STRATEGI_SITE_URL the outputs that need one say nothing about the host.
  ...(siteUrl === undefined ? {} : { site: siteUrl }),
  outDir,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // The PDF step writes sizes into the pages, so the archive (search index, manifests, cache) comes after it; what
  // comes from the cache is copied in while the PDF step prints, into folders the step leaves alone.
  integrations: [siteUrlIntegration(mode, siteUrl), archive.cache, pdfIntegration(mode), archive.publish, contentWatchIntegration(contentDir)],
  vite: {
    define: {
      'import.meta.env.STRATEGI_BUILD_MODE': JSON.stringify(mode),
      'import.meta.env.STRATEGI_CONTENT_DIR': JSON.stringify(contentDir),
    },
    // Every script is an external file: the site runs under a CSP without 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
    plugins: [workspacePackagesUnbundled()],
  },
});
