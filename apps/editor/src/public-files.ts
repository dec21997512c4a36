/**
 * The editor's stylesheets and scripts, read once at start, each served at an address that names its content
 * (`?v=` and the start of its hash): a browser keeps them from page to page instead of fetching and parsing them
 * again at every page, and a new editor's files have new addresses.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { contentTypeOf } from '@strategi/hosting';

interface PublicFile {
  /** Where it is served. */
  path: string;
  /** The address pages link to: the path with the content's version. */
  url: string;
  body: string;
  type: string;
}

const require = createRequire(import.meta.url);
const cssOf = (specifier: string) => readFileSync(require.resolve(specifier), 'utf8').replace(/^@charset[^;]*;/, '');
const fromPublic = (name: string) => readFileSync(new URL(`../public/${name}`, import.meta.url), 'utf8');

const publicFile = (name: string, body: string): PublicFile => {
  const path = `/ressurser/${name}`;
  return { path, url: `${path}?v=${createHash('sha256').update(body).digest('hex').slice(0, 16)}`, body, type: contentTypeOf(name) };
};

/** The Designsystemet files the editor uses, each in the layer the site puts it in. */
const baseFiles = ['base', 'heading', 'paragraph'];
const componentFiles = ['link', 'alert', 'button', 'field', 'input', 'label', 'fieldset', 'error-summary', 'details', 'tag', 'skip-link'];

/** Designsystemet in its layers, then the editor's layout. */
export const stylesheet = publicFile(
  'redigering.css',
  [
    '@layer ds.theme, ds.base, ds.components;',
    cssOf('@digdir/designsystemet-theme'),
    ...baseFiles.map((name) => `@layer ds.base {\n${cssOf(`@digdir/designsystemet-css/${name}.css`)}\n}`),
    ...componentFiles.map((name) => `@layer ds.components {\n${cssOf(`@digdir/designsystemet-css/${name}.css`)}\n}`),
    fromPublic('redigering.css'),
  ].join('\n'),
);
export const script = publicFile('redigering.js', fromPublic('redigering.js'));
/** The live preview pane's. */
export const previewScript = publicFile('preview.js', fromPublic('preview.js'));
export const previewStyles = publicFile('preview.css', fromPublic('preview.css'));
/** The reviewers' comments' («Gå til stedet»). */
export const commentsScript = publicFile('kommentarer.js', fromPublic('kommentarer.js'));

export const publicFiles = [stylesheet, script, previewScript, previewStyles, commentsScript];
