import { describe, expect, test } from 'vitest';
import { createProblem, formatGithubAnnotation } from '../src/index.ts';

describe('GitHub annotations', () => {
  test('a problem becomes a workflow command with file, line, column, title with the rule, and the hint', () => {
    const problem = createProblem('language/hard-to-read', { lix: 62, threshold: 55 }, 'content/tiltak/T-1.md', { line: 4, column: 10 });
    expect(formatGithubAnnotation(problem)).toBe(
      '::warning file=content/tiltak/T-1.md,line=4,col=10,title=Tung tekst (LIX) [language/hard-to-read]::Teksten har lesbarhetsindeks LIX 62, over grensen på 55.%0ASkriv kortere setninger og bytt lange ord med kortere der det går. Se veiledningen om klarspråk.',
    );
  });

  test('an error with an end on the same line; commas, colons, percent signs and newlines escaped as the runner reads them', () => {
    const problem = {
      ...createProblem('version/tampered', { version: 'v1' }, 'a,b:c.md', { line: 2, column: 3, endLine: 2, endColumn: 9 }),
      message: '50 % ferdig\nneste',
    };
    expect(formatGithubAnnotation(problem)).toMatch(
      /^::error file=a%2Cb%3Ac\.md,line=2,col=3,endLine=2,endColumn=9,title=Frigitt versjon endret \[version\/tampered\]::50 %25 ferdig%0Aneste%0A/,
    );
  });
});
