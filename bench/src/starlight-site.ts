import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a Starlight site with its defaults (sidebar of every page, Pagefind search, table of contents) over every
 * Markdown file of `contentFolder`: the documentation site a user would pick instead of this project's site.
 */
export async function writeStarlightSite(folder: string, contentFolder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(folder, 'src'), { recursive: true });
  // Astro bundles the integrations its package.json names (found there, resolved from bench/node_modules).
  const dependencies = { '@astrojs/starlight': '*', astro: '*' };
  await writeFile(path.join(folder, 'package.json'), JSON.stringify({ name: 'starlight-site', private: true, type: 'module', dependencies }));
  await writeFile(
    path.join(folder, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  devToolbar: { enabled: false },
  integrations: [starlight({ title: 'Syntetisk strategi', locales: { root: { label: 'Bokmål', lang: 'nb' } } })],
});
`,
  );
  // The same files as the bare site: Starlight asks for a title, which an actor has as its name.
  await writeFile(
    path.join(folder, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
const titled = (data) => (data && typeof data === 'object' && !('title' in data) ? { ...data, title: data.name ?? data.id } : data);
export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(contentFolder)} }),
    schema: (context) => z.preprocess(titled, docsSchema()(context)),
  }),
};
`,
  );
}
