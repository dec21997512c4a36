import { defaultSchema, type Options } from 'rehype-sanitize';
import { PASSAGE_PLACEHOLDER } from './example-passage.ts';

/**
 * What raw HTML and Markdown may put on a page: GitHub's allow-list (no script, style, iframe, form,
 * event handlers or `javascript:`/`data:` URLs), narrowed to http, https and mailto links and to the
 * document link schemes, which are resolved before sanitising. A dropped element's text stays (a stray
 * `<title>` or `<textarea>` shows what follows it as text), except for script and style, whose content is
 * code and never text for a reader. An `img` keeps its source, alt text, size and lazy loading only, and no source
 * with a scheme (body-images.ts decides what one shows). A `div` keeps one class only, the placeholder of a
 * `:::eksempel` passage, which no body can write (see example-passage.ts).
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  clobberPrefix: 'innhold-',
  strip: ['script', 'style'],
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    // No address with a scheme: a body's images are files of its version (body-images.ts), never fetched from elsewhere.
    src: [],
  },
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr'],
  attributes: {
    ...defaultSchema.attributes,
    abbr: ['title'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
    a: [...(defaultSchema.attributes?.['a'] ?? []), ['className', 'dokumentlenke'], 'hrefLang'],
    div: [...(defaultSchema.attributes?.['div'] ?? []), ['className', PASSAGE_PLACEHOLDER]],
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'lang'],
  },
};
