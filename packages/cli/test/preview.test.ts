import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verifyShareToken } from '@strategi/review';
import { beforeEach, describe, expect, test } from 'vitest';
import { norwegianTime } from '../src/commands/preview.ts';
import { run, workspace } from './helpers.ts';

const SECRET = 'en-hemmelighet-som-er-lang-nok-for-testene';

describe('strategi preview', () => {
  let cwd: string;
  let env: NodeJS.ProcessEnv;
  beforeEach(async () => {
    cwd = await workspace();
    env = {
      STRATEGI_REVIEW_DATA: await mkdtemp(path.join(tmpdir(), 'strategi-review-cli-')),
      STRATEGI_REVIEW_SECRET: SECRET,
      STRATEGI_REVIEW_URL: 'https://gjennomlesing.example.no/',
    };
  });

  test('share prints a signed link for the reviewer, valid for the time asked', async () => {
    const before = Date.now();
    const result = await run(['preview', 'share', '--name', 'KS sekretariatet', '--expires', '14d'], cwd, { env });
    const after = Date.now();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const match =
      /^Lenke til «KS sekretariatet» \(leser, id ([a-z2-9]{10})\), gyldig til (\d{4}-\d\d-\d\d \d\d:\d\d):\nhttps:\/\/gjennomlesing\.example\.no\/_review\/tilgang\?token=([\w.-]+)\n$/.exec(
        result.stdout,
      );
    expect(match).not.toBeNull();
    const claims = await verifyShareToken(match![3]!, new TextEncoder().encode(SECRET));
    expect([claims.linkId, claims.name, claims.role]).toEqual([match![1], 'KS sekretariatet', 'reviewer']);
    const lifetime = claims.expiresAt.getTime() - before;
    expect(lifetime).toBeGreaterThan(14 * 86_400_000 - 5_000);
    // Counted from before the command: on a busy machine the link may be made a while after `before`.
    expect(lifetime).toBeLessThanOrEqual(14 * 86_400_000 + (after - before) + 1_000);
    expect(match![2]).toBe(norwegianTime(claims.expiresAt.toISOString()));
  });

  test('links lists every link with its role and state; revoke takes one back at once', async () => {
    const share = async (args: string[]) => /id ([a-z2-9]{10})/.exec((await run(['preview', 'share', ...args], cwd, { env })).stdout)![1]!;
    const ks = await share(['--name', 'KS sekretariatet']);
    const editors = await share(['--name', 'Redaksjonen', '--editor', '--expires', '2u']);
    const revoked = await run(['preview', 'revoke', ks], cwd, { env });
    expect([revoked.code, revoked.stdout]).toEqual([0, `Lenken ${ks} («KS sekretariatet») er trukket tilbake og virker ikke lenger.\n`]);
    const again = await run(['preview', 'revoke', ks], cwd, { env });
    expect(again.stdout).toMatch(new RegExp(`^Lenken ${ks} \\(«KS sekretariatet»\\) var allerede trukket tilbake \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\.\\n$`));
    const writer = await share(['--name', 'Skribenten', '--redigering']);
    const links = JSON.parse((await run(['preview', 'links', '--format', 'json'], cwd, { env })).stdout);
    expect(
      links.map((link: { id: string; name: string; role: string; audience: string; state: string }) => [
        link.id,
        link.name,
        link.role,
        link.audience,
        link.state,
      ]),
    ).toEqual([
      [ks, 'KS sekretariatet', 'reviewer', 'review', 'revoked'],
      [editors, 'Redaksjonen', 'editor', 'review', 'active'],
      [writer, 'Skribenten', 'editor', 'editor', 'active'],
    ]);
    const table = (await run(['preview', 'links'], cwd, { env })).stdout;
    expect(table).toBe(
      [
        'id          navn              rolle       utløper           status',
        `${ks}  KS sekretariatet  leser       ${norwegianTime(links[0].expiresAt)}  trukket tilbake`,
        `${editors}  Redaksjonen       redaksjon   ${norwegianTime(links[1].expiresAt)}  aktiv`,
        `${writer}  Skribenten        redigering  ${norwegianTime(links[2].expiresAt)}  aktiv`,
        '',
      ].join('\n'),
    );
  });

  test('--redigering makes a link for the web editor only; --editor stays a review link', async () => {
    const secret = new TextEncoder().encode(SECRET);
    const editorEnv = { ...env, STRATEGI_EDITOR_URL: 'https://redigering.example.no' };
    const writer = await run(['preview', 'share', '--name', 'Skribenten', '--redigering'], cwd, { env: editorEnv });
    const match =
      /^Lenke til «Skribenten» \(redigering, id [a-z2-9]{10}\), gyldig til [\d :-]+:\nhttps:\/\/redigering\.example\.no\/tilgang\?token=([\w.-]+)\n$/.exec(
        writer.stdout,
      );
    expect(match, writer.stdout).not.toBeNull();
    await expect(verifyShareToken(match![1]!, secret)).rejects.toMatchObject({ reason: 'invalid' });
    expect(await verifyShareToken(match![1]!, secret, new Date(), 'editor')).toMatchObject({ name: 'Skribenten', role: 'editor', audience: 'editor' });
    const resolver = await run(['preview', 'share', '--name', 'Redaksjonen', '--editor'], cwd, { env: editorEnv });
    const token = /token=([\w.-]+)/.exec(resolver.stdout)![1]!;
    await expect(verifyShareToken(token, secret, new Date(), 'editor')).rejects.toMatchObject({ reason: 'invalid' });
    expect(await verifyShareToken(token, secret)).toMatchObject({ role: 'editor', audience: 'review' });
    const reader = await run(['preview', 'share', '--name', 'Leseren', '--redigering', '--les'], cwd, { env: editorEnv });
    expect(reader.stdout).toMatch(/^Lenke til «Leseren» \(redigering, bare lese, id /);
    expect(await verifyShareToken(/token=([\w.-]+)/.exec(reader.stdout)![1]!, secret, new Date(), 'editor')).toMatchObject({
      role: 'reviewer',
      audience: 'editor',
    });
    const lesAlone = await run(['preview', 'share', '--name', 'X', '--les'], cwd, { env });
    expect([lesAlone.code, lesAlone.stderr]).toEqual([1, '--les gjelder bare lenker til nettredigeringen.\n  → Bruk --redigering --les.\n']);
    const both = await run(['preview', 'share', '--name', 'X', '--editor', '--redigering'], cwd, { env });
    expect([both.code, both.stderr]).toEqual([
      1,
      'Velg enten --editor (redaksjonen i gjennomlesingen) eller --redigering (nettredigeringen).\n  → En lenke virker bare på én server.\n',
    ]);
  });

  test('--intern makes a review link that shows internal content, stored with the link; refused with --redigering', async () => {
    const internal = await run(['preview', 'share', '--name', 'Redaksjonen', '--editor', '--intern'], cwd, { env });
    expect(internal.stderr).toBe('');
    const id = /^Lenke til «Redaksjonen» \(redaksjon, intern, id ([a-z2-9]{10})\)/.exec(internal.stdout)?.[1];
    expect(id, internal.stdout).toBeDefined();
    const reviewer = /id ([a-z2-9]{10})/.exec((await run(['preview', 'share', '--name', 'KS'], cwd, { env })).stdout)![1]!;
    const links = JSON.parse((await run(['preview', 'links', '--format', 'json'], cwd, { env })).stdout);
    expect(Object.fromEntries(links.map((link: { id: string; internal: boolean; audience: string }) => [link.id, [link.audience, link.internal]]))).toEqual({
      [id!]: ['review', true],
      [reviewer]: ['review', false],
    });
    expect((await run(['preview', 'links'], cwd, { env })).stdout).toMatch(new RegExp(`${id}\\s+Redaksjonen\\s+redaksjon, intern\\s`));
    const refused = await run(['preview', 'share', '--name', 'X', '--redigering', '--intern'], cwd, { env });
    expect([refused.code, refused.stderr]).toEqual([
      1,
      '--intern gjelder bare lenker til gjennomlesingen.\n  → Nettredigeringen viser ikke forhåndsvisningen; ta bort --intern.\n',
    ]);
    expect(JSON.parse((await run(['preview', 'links', '--format', 'json'], cwd, { env })).stdout)).toHaveLength(2);
    expect((await run(['preview', '--help'], cwd, { env })).stdout).toContain('--intern gir en lenke til gjennomlesingen');
  });

  test('with no links, links says how to make one', async () => {
    expect((await run(['preview', 'links'], cwd, { env })).stdout).toBe('Ingen lenker ennå. Lag en med «strategi preview share --name "…"».\n');
  });

  test.each([
    [['preview', 'share'], 'Lenken må ha et navn: det står ved kommentarene leseren skriver.\n  → Skriv for eksempel --name "KS sekretariatet".\n'],
    [
      ['preview', 'share', '--name', 'KS', '--expires', '2 uker'],
      'Ukjent varighet «2 uker».\n  → Skriv for eksempel --expires 14d (dager), 12t (timer) eller 2u (uker); høyst 365 dager.\n',
    ],
    [
      ['preview', 'share', '--name', 'KS', '--expires', '400d'],
      'Ukjent varighet «400d».\n  → Skriv for eksempel --expires 14d (dager), 12t (timer) eller 2u (uker); høyst 365 dager.\n',
    ],
    [['preview', 'del'], 'Ukjent underkommando «del».\n  → Bruk strategi preview share, preview links eller preview revoke <id>.\n'],
    [['preview', 'revoke'], 'Oppgi id-en til lenken som skal trekkes tilbake.\n  → Se id-ene med «strategi preview links».\n'],
    [['preview', 'revoke', 'finnesikke'], 'Fant ingen lenke med id «finnesikke».\n  → Se id-ene med «strategi preview links».\n'],
    [['preview', 'links', '--format', 'xml'], 'Ukjent format «xml».\n  → Bruk --format text eller json.\n'],
  ])('%j is refused with a message and a hint, not a stack trace', async (args, stderr) => {
    const result = await run(args, cwd, { env });
    expect([result.code, result.stderr, result.stdout]).toEqual([1, stderr, '']);
  });

  test('a short secret is refused', async () => {
    const result = await run(['preview', 'share', '--name', 'KS'], cwd, { env: { ...env, STRATEGI_REVIEW_SECRET: 'kort' } });
    expect([result.code, result.stderr]).toEqual([
      1,
      'STRATEGI_REVIEW_SECRET er for kort: den må ha minst 32 tegn.\n  → Sett en lengre nøkkel, for eksempel fra «openssl rand -base64 32».\n',
    ]);
  });

  test('an unreachable PostgreSQL is a message', async () => {
    const result = await run(['preview', 'links'], cwd, { env: { ...env, DATABASE_URL: 'postgres://app@127.0.0.1:1/postgres' } });
    expect([result.code, result.stderr]).toEqual([1, 'Fikk ikke kontakt med PostgreSQL (ECONNREFUSED).\n  → Sjekk DATABASE_URL og at databasen kjører.\n']);
  });

  test('help', async () => {
    const result = await run(['preview', '--help'], cwd, { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Bruk: strategi preview share /);
  });
});
