import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a bare Astro site that renders every Markdown file of `contentFolders` to a page with Astro's own
 * Markdown pipeline and nothing else: the baseline this project's site is compared with.
 */
export async function writeBareSite(folder: string, contentFolders: string[]): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(folder, 'src', 'pages'), { recursive: true });
  await writeFile(path.join(folder, 'package.json'), JSON.stringify({ name: 'bare-site', private: true, type: 'module' }));
  await writeFile(
    path.join(folder, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', devToolbar: { enabled: false }, markdown: { syntaxHighlight: false } });\n`,
  );
  const collections = contentFolders.map((base, i) => `  c${i}: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(base)} }) }),`);
  await writeFile(
    path.join(folder, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = {\n${collections.join('\n')}\n};\n`,
  );
  await writeFile(
    path.join(folder, 'src', 'pages', '[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const names = ${JSON.stringify(contentFolders.map((_, i) => `c${i}`))};
  const paths = [];
  for (const name of names) for (const entry of await getCollection(name)) paths.push({ params: { slug: name + '/' + entry.id }, props: { entry } });
  return paths;
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="nb"><head><meta charset="utf-8"><title>{entry.data.title ?? entry.id}</title></head><body><main><h1>{entry.data.title ?? entry.id}</h1><Content /></main></body></html>
`,
  );
}
