import { describe, expect, test } from 'vitest';
import { catalogue, createProblem, formatProblem, formatProblemLine, formatSummary, type Problem, sortProblems, suggest } from '../src/index.ts';

describe('catalogue', () => {
  const entries = Object.entries(catalogue);

  test.each(entries.map(([id]) => id))('%s is «area/name» in kebab case', (id) => {
    expect(id).toMatch(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('the areas are the ones the tools report under', () => {
    expect([...new Set(entries.map(([id]) => id.split('/')[0]))].sort()).toEqual([
      'csv',
      'date',
      'example',
      'file',
      'frontmatter',
      'id',
      'indicator',
      'jsonstat',
      'language',
      'ledger',
      'link',
      'milestone',
      'report',
      'schema',
      'version',
    ]);
  });

  // These rules take a whole sentence as their reason (a translated parser error, a zod message, a format rule).
  const sentenceReason = new Set(['frontmatter/yaml-syntax', 'schema/invalid', 'schema/invalid-format']);

  test.each(entries)('%s has a title, and a message and a hint that read as sentences', (id, definition) => {
    expect(definition.title).toMatch(/^\p{Lu}/u);
    const args = {
      reason: sentenceReason.has(id) ? 'Slik er det.' : 'grunn',
      offset: 0,
      size: 2_000_000,
      limit: 1_048_576,
      length: 30_000,
      name: 'x.png',
      folder: 'mappe',
      folders: ['tiltak'],
      found: 'en liste',
      key: 'titel',
      field: 'title',
      expected: 'tekst',
      received: 'tallet 1',
      value: 'x',
      options: ['a'],
      id: 'T-1',
      other: 'tiltak/T-1.md',
      alias: 'T-7',
      scheme: 'tilak',
      link: '../tiltak/T-1.md',
      schemes: ['tiltak'],
      actual: 'et tiltak',
      measure: 'T-1',
      plan: 'H-1',
      side: 'plan',
      cycle: ['M-1', 'M-2', 'M-1'],
      period: '2023–2030',
      start: '2024',
      deadline: '2023',
      date: '2024-01-01',
      previous: '2024-02-01',
      status: 'started',
      latest: 'done',
      version: 'v1',
      file: 'x.md',
      lix: 60,
      threshold: 55,
      seconds: 5,
      megabytes: 256,
      listed: ['T-1'],
      missing: ['T-2'],
      url: 'tiltak:T-1?x=1',
      protocol: 'ftp',
      target: 'bilde.png',
      fragment: 'bakgrunn',
      published: '2026-06-05',
      today: '2026-06-10',
      days: 30,
      draft: '2025-horing',
      wordPercent: 35,
      documents: 4,
      total: 12,
      first: 'rad 3',
      report: '2026-06-01',
      kind: 'et tiltak',
      fields: ['status', 'body'],
      headings: ['formal'],
      from: 'utkast',
      to: 'erstattet',
      allowed: ['vedtatt'],
      recorded: 'utkast',
      schemaVersion: 3,
      supported: 2,
      otherId: 'T-1',
      example: 'T-7',
      what: 'en mappe',
      format: 'en arbeidsbok (.xlsx eller .ods)',
      byte: 0xf8,
      column: 2,
      heading: 'tittel',
      known: ['tittel'],
      otherColumn: 1,
      names: ['tittel', 'title'],
      outside: true,
      fence: ':::',
      whole: true,
      count: 2,
      label: 'Tenkt eksempel',
      kept: 82,
      dimension: 'Region',
      code: '0',
      attributes: ['class'],
      title: 'Kartlegge utstyr',
      earlier: '2023-vedtatt',
      later: 'utkast',
      fate: 'slått-sammen',
      successor: 'T-9',
      evidence: 'F-9',
      before: 'Lage en veileder',
      after: 'Vurdere en veileder',
    };
    const message = (definition.message as (a: typeof args) => string)(args);
    const hint = (definition.hint as (a: typeof args) => string)(args);
    for (const text of [message, hint]) {
      expect(text).toMatch(/^[\p{Lu}«]/u);
      expect(text).toMatch(/[.?]$/);
      expect(text).not.toMatch(/^(error|feil)\b/i);
      expect(text).not.toContain('undefined');
    }
  });

  test('messages are built from their arguments, with a did-you-mean only when there is a suggestion', () => {
    expect(catalogue['link/unknown-goal'].message({ id: 'M-9', field: 'goals', suggestion: 'M-2' })).toBe('Finner ikke målet «M-9». Mente du «M-2»?');
    expect(catalogue['link/unknown-goal'].message({ id: 'M-9', field: 'goals' })).toBe('Finner ikke målet «M-9».');
    expect(catalogue['link/unknown-scheme'].message({ scheme: 'tilak', schemes: [], suggestion: 'tiltak' })).toBe(
      'Ukjent lenketype «tilak:». Mente du «tiltak:»?',
    );
    expect(catalogue['example/unknown-block'].message({ name: 'eksemple', suggestion: 'eksempel' })).toBe(
      'Teksten har ingen blokk som heter «:::eksemple». Mente du «:::eksempel»?',
    );
    expect(catalogue['example/unknown-block'].message({ name: 'note' })).toBe('Teksten har ingen blokk som heter «:::note».');
    expect(catalogue['example/marked-twice'].message({ whole: false, count: 3 })).toBe(
      '«example» merker hele teksten («body»), og i tillegg er 3 avsnitt merket med «:::eksempel».',
    );
    expect(catalogue['file/too-large'].message({ size: 1_153_434, limit: 1_048_576 })).toBe('Filen er 1.1 MB, mer enn grensen på 1.0 MB.');
    expect(catalogue['file/too-large'].message({ size: 4096, limit: 2000 })).toBe('Filen er 4 kB, mer enn grensen på 2 kB.');
    expect(catalogue['file/too-large'].message({ size: 500, limit: 400 })).toBe('Filen er 500 byte, mer enn grensen på 400 byte.');
  });
});

describe('suggest', () => {
  test('gives the nearest candidate for a typo', () => {
    expect(suggest('titel', ['id', 'title', 'goals', 'status'])).toBe('title');
    expect(suggest('planed', ['planned', 'started', 'done'])).toBe('planned');
    expect(suggest('tilak', ['tiltak', 'mal', 'aktor'])).toBe('tiltak');
  });

  test('gives nothing for a far-off word, an empty list, or the value itself', () => {
    expect(suggest('budsjett', ['id', 'title', 'goals', 'status'])).toBeUndefined();
    expect(suggest('titel', [])).toBeUndefined();
    expect(suggest('title', ['title'])).toBeUndefined();
  });

  test('prefers a match that differs only in case or Unicode form', () => {
    expect(suggest('udir', ['KD', 'Udir'])).toBe('Udir');
    expect(suggest('Språkrådet'.normalize('NFD'), ['Språkrådet', 'Språk'])).toBe('Språkrådet');
  });
});

describe('problems', () => {
  const at = (file: string, line: number, column: number, ruleId: 'file/empty' | 'file/bom' = 'file/empty'): Problem =>
    createProblem(ruleId, {}, file, { line, column });

  test('sortProblems orders by file, then line, then column', () => {
    const problems = [at('b.md', 1, 1), at('a.md', 10, 1), at('a.md', 2, 7), at('a.md', 2, 3), at('a.md', 2, 3, 'file/bom')];
    expect(sortProblems(problems).map((p) => `${p.file}:${p.line}:${p.column} ${p.ruleId}`)).toEqual([
      'a.md:2:3 file/bom',
      'a.md:2:3 file/empty',
      'a.md:2:7 file/empty',
      'a.md:10:1 file/empty',
      'b.md:1:1 file/empty',
    ]);
  });

  test('sortProblems does not change the list it is given', () => {
    const problems = [at('b.md', 1, 1), at('a.md', 1, 1)];
    sortProblems(problems);
    expect(problems.map((p) => p.file)).toEqual(['b.md', 'a.md']);
  });

  test('createProblem takes severity, message and hint from the catalogue', () => {
    expect(createProblem('link/goal-without-measure', { id: 'M-3' }, 'content/mal/M-3.md', { line: 2, column: 5, endLine: 2, endColumn: 8 })).toEqual({
      ruleId: 'link/goal-without-measure',
      severity: 'warning',
      file: 'content/mal/M-3.md',
      line: 2,
      column: 5,
      endLine: 2,
      endColumn: 8,
      message: 'Ingen tiltak bidrar til målet «M-3».',
      hint: 'Legg «M-3» til under «goals» i et tiltak, eller lag et nytt tiltak med «strategi new measure --goal M-3».',
    });
  });

  test('the formatted line and the line with its hint', () => {
    const problem = createProblem('link/unknown-goal', { id: 'M-9', field: 'goals', suggestion: 'M-2' }, 'content/tiltak/T-12.md', { line: 4, column: 10 });
    expect(formatProblemLine(problem)).toBe('content/tiltak/T-12.md:4:10  error  Finner ikke målet «M-9». Mente du «M-2»?  [link/unknown-goal]');
    expect(formatProblem(problem)).toBe(
      'content/tiltak/T-12.md:4:10  error  Finner ikke målet «M-9». Mente du «M-2»?  [link/unknown-goal]\n  → Rett id-en i «goals», eller opprett dokumentet i mappen «mal» (for eksempel med «strategi new goal»).',
    );
    expect(formatProblemLine(problem, { color: true })).toBe(
      'content/tiltak/T-12.md:4:10  \u001b[31merror\u001b[0m  Finner ikke målet «M-9». Mente du «M-2»?  [link/unknown-goal]',
    );
  });

  test('the summary counts files, errors and warnings', () => {
    expect(formatSummary([at('a.md', 1, 1), at('a.md', 1, 1, 'file/bom')], 1, 12.4)).toBe('1 fil sjekket: 1 feil, 1 advarsel (12 ms)');
    expect(formatSummary([], 3, 0)).toBe('3 filer sjekket: 0 feil, 0 advarsler (0 ms)');
  });
});
