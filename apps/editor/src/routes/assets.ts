/** The editor's stylesheet (Designsystemet in its layers, then the editor's layout) and its script. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { contentTypeOf } from '@strategi/hosting';
import { Hono } from 'hono';

const require = createRequire(import.meta.url);
const cssOf = (specifier: string) => readFileSync(require.resolve(specifier), 'utf8').replace(/^@charset[^;]*;/, '');
const publicFolder = new URL('../../public/', import.meta.url);

/** The Designsystemet files the editor uses, each in the layer the site puts it in. */
const baseFiles = ['base', 'heading', 'paragraph'];
const componentFiles = ['link', 'alert', 'button', 'field', 'input', 'label', 'fieldset', 'error-summary', 'details', 'tag', 'skip-link'];
const stylesheet = [
  '@layer ds.theme, ds.base, ds.components;',
  cssOf('@digdir/designsystemet-theme'),
  ...baseFiles.map((name) => `@layer ds.base {\n${cssOf(`@digdir/designsystemet-css/${name}.css`)}\n}`),
  ...componentFiles.map((name) => `@layer ds.components {\n${cssOf(`@digdir/designsystemet-css/${name}.css`)}\n}`),
  readFileSync(new URL('redigering.css', publicFolder), 'utf8'),
].join('\n');
const script = readFileSync(new URL('redigering.js', publicFolder), 'utf8');

export const assetRoutes = new Hono()
  .get('/ressurser/redigering.css', (c) => c.body(stylesheet, 200, { 'Content-Type': contentTypeOf('redigering.css') }))
  .get('/ressurser/redigering.js', (c) => c.body(script, 200, { 'Content-Type': contentTypeOf('redigering.js') }));
