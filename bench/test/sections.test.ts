import { expect, test } from 'vitest';
import { replaceSection } from '../src/site-memory.ts';

const file = '# Benchmarks\n\n## Validation\n\nv\n\n## Peak memory of a large build\n\nold\n\n## PDF\n\np\n';

test('a section is replaced in place, the sections around it kept', () => {
  expect(replaceSection(file, 'Peak memory of a large build', '## Peak memory of a large build\n\nnew\n')).toBe(
    '# Benchmarks\n\n## Validation\n\nv\n\n## Peak memory of a large build\n\nnew\n\n## PDF\n\np\n',
  );
});

test('a section not yet in the file is added at its end', () => {
  expect(replaceSection('# Benchmarks\n\n## PDF\n\np\n', 'Peak memory of a large build', '## Peak memory of a large build\n\nnew\n')).toBe(
    '# Benchmarks\n\n## PDF\n\np\n\n## Peak memory of a large build\n\nnew\n',
  );
});
