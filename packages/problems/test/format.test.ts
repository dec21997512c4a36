// One problem is one line, whatever its file is called: control characters (a newline, an escape sequence) and
// the characters that turn text around are written as escapes in the printed line, and kept as they are in JSON.
import { describe, expect, test } from 'vitest';
import { createProblem, formatProblem, formatProblemLine, problemsToJson } from '../src/index.ts';

const bom = (file: string) => createProblem('file/bom', {}, file, { line: 1, column: 1 });

describe('formatProblemLine', () => {
  test('a newline in a file name is written as \\n, so the problem stays on one line', () => {
    const line = formatProblemLine(bom('content/tiltak/T-1\n.md'));
    expect(line).toBe('content/tiltak/T-1\\n.md:1:1  warning  Filen begynner med et byte order mark (BOM).  [file/bom]');
    expect(line.split('\n')).toHaveLength(1);
  });

  test('a CR, a tab, an escape sequence and a C1 control are written as escapes', () => {
    expect(formatProblemLine(bom('a\rb\tc\u001b[31md\u0085e.md'))).toBe(
      'a\\rb\\tc\\x1b[31md\\x85e.md:1:1  warning  Filen begynner med et byte order mark (BOM).  [file/bom]',
    );
  });

  test('line and paragraph separators and bidirectional controls in a name are written as escapes', () => {
    expect(formatProblemLine(bom('a\u2028b\u202Ec\u2066d.md'))).toBe(
      'a\\u2028b\\u202ec\\u2066d.md:1:1  warning  Filen begynner med et byte order mark (BOM).  [file/bom]',
    );
  });

  test('a value with a newline in a message is written as an escape too', () => {
    const problem = createProblem('schema/unknown-key', { key: 'a\nb' }, 'x.md', { line: 2, column: 1 });
    expect(formatProblemLine(problem)).toBe('x.md:2:1  error  Ukjent felt «a\\nb».  [schema/unknown-key]');
  });

  test('ordinary names, Norwegian letters and spaces included, are written as they are', () => {
    expect(formatProblemLine(bom('content/aktorer/Språkrådet og KD.md'))).toBe(
      'content/aktorer/Språkrådet og KD.md:1:1  warning  Filen begynner med et byte order mark (BOM).  [file/bom]',
    );
  });

  test('the hint line is escaped the same way, and the two lines stay two', () => {
    const text = formatProblem(bom('T-1\n.md'));
    expect(text.split('\n')).toEqual([
      'T-1\\n.md:1:1  warning  Filen begynner med et byte order mark (BOM).  [file/bom]',
      '  → Lagre filen som «UTF-8» uten BOM. Innholdet leses likevel riktig.',
    ]);
  });
});

test('JSON keeps the real file name', () => {
  const json = JSON.parse(problemsToJson([bom('T-1\n\u202E.md')])) as { file: string }[];
  expect(json[0]!.file).toBe('T-1\n\u202E.md');
});
