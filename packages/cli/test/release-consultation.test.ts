import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus } from '@strategi/model';
import { describe, expect, test } from 'vitest';
import { run, workspace } from './helpers.ts';

const PAGE = 'https://www.regjeringen.no/no/dokumenter/horing/id1/';

/** `strategi release 2025-horing` on 1 March 2025, confirmed, for a consultation until `deadline` answered at `url`. */
const args = (deadline: string, { url = PAGE, more = [] }: { url?: string; more?: string[] } = {}) => [
  'release',
  '2025-horing',
  '--status',
  'høring',
  '--date',
  '2025-03-01',
  '--consultation-deadline',
  deadline,
  '--consultation-url',
  url,
  '--change',
  'vesentlig',
  '--change-note',
  'Sendt på høring.',
  '--yes',
  ...more,
];

describe('strategi release with a consultation', () => {
  test('writes the deadline and the response page into the sealed versjon.md, and the version validates', async () => {
    const cwd = await workspace();
    const result = await run(args('2025-06-01'), cwd);
    expect(result.code).toBe(0);
    const description = await readFile(path.join(cwd, 'content/versjoner/2025-horing/versjon.md'), 'utf8');
    expect(description).toContain('consultation:\n  deadline: 2025-06-01\n  url: https://www.regjeringen.no/no/dokumenter/horing/id1/\n');
    const corpus = await loadCorpus(path.join(cwd, 'content'));
    expect(corpus.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(corpus.versions.find((edition) => edition.id === '2025-horing')?.version?.consultation).toEqual({
      deadline: '2025-06-01',
      url: 'https://www.regjeringen.no/no/dokumenter/horing/id1/',
    });
  });

  test('refuses a deadline without a response page, and a page that is not http(s)', async () => {
    const cwd = await workspace();
    expect(await run(['release', '2025-horing', '--status', 'høring', '--consultation-deadline', '2025-06-01'], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Oppgi både --consultation-deadline og --consultation-url, eller ingen av dem.\n  → En høring trenger en frist og en side der publikum svarer.\n',
    });
    const bad = await run(args('2025-06-01', { url: 'ftp://x' }), cwd);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^--consultation-url /);
  });
});

describe('strategi release: the consultation period (utredningsinstruksen 3-3)', () => {
  test('refuses a consultation of less than six weeks without --begrunnelse, and writes nothing', async () => {
    const cwd = await workspace();
    expect(await run(args('2025-04-01'), cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Høringsfristen «2025-04-01» er bare 31 dager etter frigivelsen, kortere enn seks uker, og ingen begrunnelse er gitt.\n  → Utredningsinstruksen 3-3 tillater en frist under seks uker bare når det er særlige grunner. Sett en senere frist, eller oppgi grunnen med --begrunnelse «…».\nIngen versjon ble laget.\n',
    });
    await expect(readFile(path.join(cwd, 'content/versjoner/2025-horing/versjon.md'), 'utf8')).rejects.toThrow();
  });

  test('releases it with --begrunnelse, warning that the period is shorter than three months', async () => {
    const cwd = await workspace();
    const result = await run(args('2025-04-01', { more: ['--begrunnelse', 'Fristen følger av direktivet.'] }), cwd);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'content/versjoner/2025-horing/versjon.md:1:1  warning  Høringsfristen «2025-04-01» er 31 dager etter frigivelsen, kortere enn tre måneder. Begrunnelse: «Fristen følger av direktivet.».  [version/consultation-short]\n',
    );
  });
});
