// Unused files, exports, types and dependencies, checked by `pnpm knip` (no network: knip reads the files and the
// package.json of each workspace). Entry points come from each package's `exports` and `bin`, the scripts in its
// package.json, knip's Astro and Vitest plugins (pages, integrations, config, tests), and the few files below that are
// started in ways no import shows. Every ignore says why; a new one needs a reason as good.
import type { KnipConfig } from 'knip';

/** `@import "…"` in a stylesheet is a dependency as much as an `import` in a module. */
const cssImports = (text: string): string => [...text.matchAll(/@import\s+["']([^"']+)["']/g)].map(([, specifier]) => `import '${specifier}';`).join('\n');

const config: KnipConfig = {
  compilers: { css: cssImports },
  // Besides the default checks (files, dependencies, exports, types, enum members, duplicates, binaries …): members
  // of `import * as` namespaces nobody reads.
  include: ['nsExports', 'nsTypes'],
  // Debian's tools the tests call: installed by the system, not by npm.
  ignoreBinaries: ['sha256sum', 'pdftoppm', 'java'],
  workspaces: {
    '.': {
      // Loaded by the VS Code remark extension and by remark-lint's tests, never imported.
      entry: ['.remarkrc.mjs'],
      // The VS Code remark extension runs the workspace's own `remark` as its processor; the two apps are here for
      // their bins, which `pnpm editor` and `pnpm review` run (a bin, unlike a script, gets no pnpm lines after it).
      ignoreDependencies: ['remark', '@strategi/editor', '@strategi/review-server'],
    },
    'apps/editor': {
      // The page's script and stylesheet, and the live preview's and the comments panel's, read from disk and served
      // (src/routes/assets.ts, src/routes/preview-pane.ts, src/routes/review-comments.ts); the screenshot script, run
      // by hand.
      entry: ['public/redigering.{js,css}', 'public/preview.{js,css}', 'public/kommentarer.js', 'test/browser/screenshots.ts'],
      // Read as CSS through `require.resolve` with a computed name (src/routes/assets.ts).
      ignoreDependencies: ['@digdir/designsystemet-css', '@digdir/designsystemet-theme'],
    },
    'apps/consultation': {
      // The page's stylesheet and script, read from disk and served (src/routes/assets.ts).
      entry: ['public/horing.{js,css}'],
    },
    'apps/review': {
      // The page's script, bundled by esbuild when the server starts, and its stylesheet (src/routes/assets.ts).
      entry: ['public/kommentarer.{js,css}'],
    },
    'apps/site': {
      // Pinned for @astrojs/check's compiler, which leaves it to a peer range pnpm fills wrongly (README); the Nu
      // checker is a jar run with Java by its path (test/browser/nu-checker.test.ts), never imported.
      ignoreDependencies: ['@emnapi/runtime', 'vnu-jar'],
    },
    bench: {
      // Started as its own process by path (src/review-load.ts).
      entry: ['src/static-server.ts'],
      // The bare Astro and Starlight sites the benchmarks write under bench/out/ import `astro/config` and
      // `@astrojs/starlight` from here.
      ignoreDependencies: ['astro', '@astrojs/starlight'],
    },
    'packages/schema': {
      // Type tests, run by `vitest run --typecheck`.
      entry: ['test/**/*.test-d.ts'],
    },
  },
};

export default config;
