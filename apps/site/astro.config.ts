import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { contentWatchIntegration } from './src/integrations/content-watch.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

const siteRoot = path.dirname(fileURLToPath(import.meta.url));
const mode = process.env['STRATEGI_BUILD'] === 'preview' ? 'preview' : 'public';
/** STRATEGI_CONTENT (relative to where the command was started) or the repository's content/ folder. */
const contentDir = process.env['STRATEGI_CONTENT']
  ? path.resolve(process.env['INIT_CWD'] ?? process.cwd(), process.env['STRATEGI_CONTENT'])
  : path.resolve(siteRoot, '../../content');
const outDir = process.env['STRATEGI_DIST']
  ? path.resolve(process.env['INIT_CWD'] ?? process.cwd(), process.env['STRATEGI_DIST'])
  : path.join(siteRoot, mode === 'preview' ? 'dist-preview' : 'dist');

export default defineConfig({
  site: process.env['STRATEGI_SITE_URL'] ?? 'https://strategi.example.no',
  outDir,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [pagefindIntegration(), contentWatchIntegration(contentDir)],
  vite: {
    define: {
      'import.meta.env.STRATEGI_BUILD_MODE': JSON.stringify(mode),
      'import.meta.env.STRATEGI_CONTENT_DIR': JSON.stringify(contentDir),
    },
    // Every script is an external file: the site runs under a CSP without 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
    plugins: [{ name: 'model-external', enforce: 'pre', resolveId(id) { if (this.environment?.name !== 'client' && /^@strategi\//.test(id)) return { id, external: true }; return null; } }],
  },
});
