import { expect, test } from 'vitest';
import { rootGlob } from '../src/integrations/pagefind.ts';

test('the root index reads every top-level page and folder but the versions and its own index', () => {
  expect(rootGlob(['versjoner', 'tiltak', 'index.html', 'pagefind', '404.html', 'endringer'])).toBe(
    '{404.html,endringer/**/*.html,index.html,tiltak/**/*.html}',
  );
});
