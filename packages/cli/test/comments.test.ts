import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freshDatabase } from '@strategi/database/testing';
import { ReviewStore, type StoreLocation } from '@strategi/review';
import { beforeEach, describe, expect, inject, test } from 'vitest';
import { run, workspace } from './helpers.ts';

const T3 =
  'Nettverket samler skoleeiere som vil dele erfaringer med hverandre om digitalisering i opplæringen, og det gjør det enklere å finne gode løsninger sammen';

// The run's one PostgreSQL server (vitest.config.ts).
const postgresUrl = inject('postgresUrl');

describe.each(['sqlite', 'postgres'] as const)('strategi comments on %s', (kind) => {
  let cwd: string;
  let env: NodeJS.ProcessEnv;
  let location: StoreLocation;
  let ids: Record<string, number>;

  beforeEach(async () => {
    cwd = await workspace();
    const data = await mkdtemp(path.join(tmpdir(), 'strategi-comments-'));
    location = kind === 'postgres' ? { databaseUrl: await freshDatabase(postgresUrl) } : { sqliteFile: path.join(data, 'kommentarer.sqlite') };
    env = { STRATEGI_REVIEW_DATA: data, STRATEGI_REVIEW_SECRET: 'x'.repeat(40), ...(location.databaseUrl ? { DATABASE_URL: location.databaseUrl } : {}) };
    const store = await ReviewStore.open(location, () => new Date('2026-12-01T10:00:00.000Z'));
    const ks = await store.createLink({ name: 'KS sekretariatet', role: 'reviewer', expiresAt: new Date('2027-01-01T00:00:00.000Z') });
    const udir = await store.createLink({ name: 'Udir', role: 'reviewer', expiresAt: new Date('2027-01-01T00:00:00.000Z') });
    const base = { linkId: ks.id, author: ks.name, edition: 'utkast', format: 'text' as const };
    const add = async (extra: Partial<Parameters<ReviewStore['createComment']>[0]> & { document: string; text: string }) =>
      (await store.createComment({ ...base, ...extra })).comment.id;
    ids = {
      exact: await add({ document: 'T-3', text: 'Hvem inviteres?', quote: { exact: 'dele erfaringer', prefix: 'som vil ', suffix: ' med' } }),
      fuzzy: await add({
        document: 'T-3',
        text: 'Gjelder det\nogså fylkene?',
        quote: { exact: 'på tvers av kommunegrensene og fylkene', prefix: '', suffix: '' },
      }),
      orphan: await add({ document: 'M-1', text: 'Strøket?', quote: { exact: 'Denne setningen står ikke lenger i målet.', prefix: '', suffix: '' } }),
      whole: await add({ document: 'M-1', text: 'Et godt mål.' }),
      title: await add({ document: 'T-3', text: 'Bedre tittel?', quote: { exact: 'nettverk for skoleeiere', prefix: 'Etablere ', suffix: '' } }),
      gone: await add({ document: 'T-99', text: 'Hvor ble det av?', quote: { exact: 'x y z', prefix: '', suffix: '' } }),
      resolved: await add({ document: 'T-3', text: 'Ferdig', quote: { exact: T3, prefix: '', suffix: '' } }),
    };
    ids['reply'] = (
      await store.createComment({ ...base, linkId: udir.id, author: 'Udir', document: 'T-3', text: 'Alle skoleeiere.', parentId: ids['exact']! })
    ).comment.id;
    await store.setResolved(ids['resolved']!, 'Redaksjonen');
    await store.close();
  });

  test('prints each comment at the place of its passage in the working draft, replies under it', async () => {
    const result = await run(['comments'], cwd, { env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        `content/mal/M-1.md:1:1  «Denne setningen står ikke lenger i målet.»  Strøket?  [KS sekretariatet, 2026-12-01]  #${ids['orphan']}  mistet stedet`,
        `content/mal/M-1.md:6:1  (hele teksten)  Et godt mål.  [KS sekretariatet, 2026-12-01]  #${ids['whole']}  på plass`,
        `content/tiltak/T-3.md:3:17  «nettverk for skoleeiere»  Bedre tittel?  [KS sekretariatet, 2026-12-01]  #${ids['title']}  på plass`,
        `content/tiltak/T-3.md:11:1  «${T3.slice(0, 79)}…»  Ferdig  [KS sekretariatet, 2026-12-01]  #${ids['resolved']}  på plass, løst`,
        `content/tiltak/T-3.md:11:38  «dele erfaringer»  Hvem inviteres?  [KS sekretariatet, 2026-12-01]  #${ids['exact']}  på plass`,
        `  ↳ Alle skoleeiere.  [Udir, 2026-12-01]  #${ids['reply']}`,
        `content/tiltak/T-3.md:11:156  «på tvers av kommunegrensene og fylkene»  Gjelder det også fylkene?  [KS sekretariatet, 2026-12-01]  #${ids['fuzzy']}  flyttet`,
        `T-99 (finnes ikke i arbeidsutkastet)  «x y z»  Hvor ble det av?  [KS sekretariatet, 2026-12-01]  #${ids['gone']}  mistet stedet`,
        '',
        '7 kommentarer, 1 flyttet, 2 har mistet stedet.',
        '',
      ].join('\n'),
    );
    // The VS Code task puts the comment lines, and only them, in the Problems panel.
    const tasks = JSON.parse(await readFile(path.join(import.meta.dirname, '..', '..', '..', '.vscode', 'tasks.json'), 'utf8'));
    const task = tasks.tasks.find((entry: { label: string }) => entry.label === 'strategi: kommentarer fra gjennomlesingen');
    expect(task.command).toBe('pnpm -s strategi comments --open --dir content');
    const matcher = new RegExp(task.problemMatcher.pattern.regexp);
    const matched = result.stdout.split('\n').map((line) => matcher.exec(line)?.slice(1, 5));
    expect(matched.filter(Boolean)[4]).toEqual([
      'content/tiltak/T-3.md',
      '11',
      '38',
      `«dele erfaringer»  Hvem inviteres?  [KS sekretariatet, 2026-12-01]  #${ids['exact']}  på plass`,
    ]);
    expect(matched.filter(Boolean)).toHaveLength(6);
    const source = await readFile(path.join(cwd, 'content/tiltak/T-3.md'), 'utf8');
    expect(source.split('\n')[10]!.slice(155).startsWith('på tvers av kommunegrensene og sektorene')).toBe(true);
  });

  test('--open leaves out resolved comments; JSON and CSV carry the same places', async () => {
    const open = await run(['comments', '--open', '--format', 'json'], cwd, { env });
    const items = JSON.parse(open.stdout);
    expect(items.map((item: { id: number }) => item.id)).not.toContain(ids['resolved']);
    expect(items.find((item: { id: number }) => item.id === ids['exact'])).toEqual({
      id: ids['exact'],
      file: 'content/tiltak/T-3.md',
      line: 11,
      column: 38,
      match: 'exact',
      anchor: 'på plass',
      document: 'T-3',
      edition: 'utkast',
      round: null,
      quote: 'dele erfaringer',
      comment: 'Hvem inviteres?',
      format: 'text',
      reviewer: 'KS sekretariatet',
      organisation: 'KS sekretariatet',
      created: '2026-12-01T10:00:00.000Z',
      resolved: null,
      disposition: null,
      suggestion: null,
      replies: [{ id: ids['reply'], comment: 'Alle skoleeiere.', reviewer: 'Udir', created: '2026-12-01T10:00:00.000Z' }],
    });
    const csv = (await run(['comments', '--format', 'csv'], cwd, { env })).stdout.split('\n');
    expect(csv[0]).toBe('id,file,line,column,match,document,edition,quote,comment,reviewer,created,resolved,reply_to,anchor,round,disposition');
    expect(csv).toContain(
      `${ids['fuzzy']},content/tiltak/T-3.md,11,156,fuzzy,T-3,utkast,på tvers av kommunegrensene og fylkene,"Gjelder det\nogså fylkene?",KS sekretariatet,2026-12-01T10:00:00.000Z,,,flyttet,,`.split(
        '\n',
      )[0],
    );
    expect(csv).toContain(
      `${ids['reply']},content/tiltak/T-3.md,11,38,exact,T-3,utkast,,Alle skoleeiere.,Udir,2026-12-01T10:00:00.000Z,,${ids['exact']},på plass,,`,
    );
  });

  test('resolve marks a comment as resolved, once', async () => {
    const result = await run(['comments', 'resolve', String(ids['exact'])], cwd, { env });
    expect([result.code, result.stdout]).toEqual([0, `Kommentar #${ids['exact']} er merket som løst.\n`]);
    const again = await run(['comments', 'resolve', `#${ids['exact']}`], cwd, { env });
    expect(again.stdout).toMatch(new RegExp(`^Kommentar #${ids['exact']} var allerede merket som løst \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\.\\n$`));
    const store = await ReviewStore.open(location);
    expect((await store.getComment(ids['exact']!))?.resolvedBy).toBe('Redaksjonen');
    await store.close();
  });

  test('export writes every link and comment as JSON, and never over an existing file', async () => {
    const result = await run(['comments', 'export', '--output', 'sikkerhetskopi.json'], cwd, { env });
    expect([result.code, result.stderr]).toEqual([0, 'Skrev kommentarene og lenkene til sikkerhetskopi.json.\n']);
    const data = JSON.parse(await readFile(path.join(cwd, 'sikkerhetskopi.json'), 'utf8'));
    expect(data.links.map((link: { name: string }) => link.name).sort()).toEqual(['KS sekretariatet', 'Udir']);
    expect(data.comments).toHaveLength(8);
    expect(JSON.stringify(data)).not.toContain('token');
    const again = await run(['comments', 'export', '--output', 'sikkerhetskopi.json'], cwd, { env });
    expect([again.code, again.stderr]).toEqual([
      1,
      `Kunne ikke skrive: filen finnes allerede (${path.join(cwd, 'sikkerhetskopi.json')}). Ingenting ble endret.\n`,
    ]);
  });
});

describe('strategi comments refuses', () => {
  test.each([
    [['comments', 'resolve'], 'Oppgi nummeret til kommentaren som er løst.\n  → Nummeret står etter # i «strategi comments».\n'],
    [['comments', 'resolve', 'abc'], '«abc» er ikke et kommentarnummer.\n  → Nummeret står etter # i «strategi comments».\n'],
    [['comments', 'resolve', '999'], 'Fant ingen kommentar med nummer 999.\n  → Se kommentarene med «strategi comments».\n'],
    [['comments', '--format', 'xml'], 'Ukjent format «xml».\n  → Bruk --format text, json eller csv.\n'],
    [
      ['comments', 'slett'],
      'Ukjent underkommando «slett».\n  → Bruk strategi comments, comments resolve, attach, round eller export (se strategi comments --help).\n',
    ],
  ])('%j with a message and a hint', async (args, stderr) => {
    const cwd = await workspace();
    const env = { STRATEGI_REVIEW_DATA: await mkdtemp(path.join(tmpdir(), 'strategi-comments-')), STRATEGI_REVIEW_SECRET: 'x'.repeat(40) };
    const result = await run(args, cwd, { env });
    expect([result.code, result.stderr]).toEqual([1, stderr]);
  });

  test('with no comments it says so', async () => {
    const cwd = await workspace();
    const env = { STRATEGI_REVIEW_DATA: await mkdtemp(path.join(tmpdir(), 'strategi-comments-')) };
    expect((await run(['comments'], cwd, { env })).stdout).toBe('Ingen kommentarer.\n');
  });
});
