import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { describe, expect, test } from 'vitest';
import {
  linkState,
  loadSecret,
  parseDuration,
  ReviewStore,
  type ShareLink,
  shareLinkSource,
  shareUrl,
  signShareToken,
  verifyShareToken,
} from '../src/index.ts';

const secret = new TextEncoder().encode('a'.repeat(40));
const link: ShareLink = {
  id: 'abcdefghjk',
  name: 'KS sekretariatet',
  role: 'reviewer',
  audience: 'review',
  internal: false,
  createdAt: '2026-12-01T10:00:00.000Z',
  expiresAt: '2026-12-15T10:00:00.000Z',
  revokedAt: null,
};

describe('share tokens', () => {
  test('a signed token gives back the link it was made for', async () => {
    const token = await signShareToken(link, secret);
    expect(await verifyShareToken(token, secret, new Date('2026-12-10T00:00:00.000Z'))).toEqual({
      linkId: 'abcdefghjk',
      name: 'KS sekretariatet',
      role: 'reviewer',
      audience: 'review',
      expiresAt: new Date('2026-12-15T10:00:00.000Z'),
    });
  });

  test('an expired token, a token signed with another key and a tampered token are refused', async () => {
    const token = await signShareToken(link, secret);
    await expect(verifyShareToken(token, secret, new Date('2026-12-16T00:00:00.000Z'))).rejects.toMatchObject({ reason: 'expired' });
    await expect(verifyShareToken(token, new TextEncoder().encode('b'.repeat(40)), new Date('2026-12-10T00:00:00.000Z'))).rejects.toMatchObject({
      reason: 'invalid',
    });
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), role: 'editor' })).toString('base64url');
    await expect(verifyShareToken(`${header}.${forged}.${signature}`, secret, new Date('2026-12-10T00:00:00.000Z'))).rejects.toMatchObject({
      reason: 'invalid',
    });
    await expect(verifyShareToken('ikke-et-token', secret)).rejects.toMatchObject({ reason: 'invalid' });
  });

  test('a token of another algorithm or audience is refused', async () => {
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ jti: 'x', name: 'x', role: 'editor' })).toString('base64url')}.`;
    await expect(verifyShareToken(none, secret)).rejects.toMatchObject({ reason: 'invalid' });
    const otherAudience = await new SignJWT({ name: 'x', role: 'editor' })
      .setProtectedHeader({ alg: 'HS256' })
      .setJti('x')
      .setIssuer('strategi')
      .setAudience('noe-annet')
      .setExpirationTime('1h')
      .sign(secret);
    await expect(verifyShareToken(otherAudience, secret)).rejects.toMatchObject({ reason: 'invalid' });
  });

  test('the share URL carries the token to the sign-in path of its server', () => {
    expect(shareUrl('https://gjennomlesing.example.no/', 'a.b.c')).toBe('https://gjennomlesing.example.no/_review/tilgang?token=a.b.c');
    expect(shareUrl('https://redigering.example.no', 'a.b.c', 'editor')).toBe('https://redigering.example.no/tilgang?token=a.b.c');
  });

  test('a server accepts only links of its own audience; links from before audiences are review links', async () => {
    const at = new Date('2026-12-10T00:00:00.000Z');
    const reviewEditor = await signShareToken({ ...link, role: 'editor' }, secret);
    await expect(verifyShareToken(reviewEditor, secret, at, 'editor')).rejects.toMatchObject({ reason: 'invalid' });
    expect(await verifyShareToken(reviewEditor, secret, at, 'review')).toMatchObject({ role: 'editor', audience: 'review' });
    const editorLink = await signShareToken({ ...link, role: 'editor', audience: 'editor' }, secret);
    await expect(verifyShareToken(editorLink, secret, at)).rejects.toMatchObject({ reason: 'invalid' });
    expect(await verifyShareToken(editorLink, secret, at, 'editor')).toMatchObject({ role: 'editor', audience: 'editor' });
    // A token as links were signed before audiences existed.
    const before = await new SignJWT({ name: 'KS', role: 'reviewer' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setJti('abcdefghjk')
      .setIssuer('strategi')
      .setAudience('strategi-review')
      .setExpirationTime(Math.floor(Date.parse(link.expiresAt) / 1000))
      .sign(secret);
    expect(await verifyShareToken(before, secret, at)).toMatchObject({ linkId: 'abcdefghjk', audience: 'review' });
  });

  test('as a session source, a link is checked against its row: same audience, not revoked', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'strategi-kilde-'));
    const store = await ReviewStore.open({ sqliteFile: path.join(folder, 'k.sqlite') });
    try {
      const now = () => new Date('2026-12-10T00:00:00.000Z');
      const review = shareLinkSource({ store, secret, audience: 'review', now });
      const editor = shareLinkSource({ store, secret, audience: 'editor', now });
      const made = await store.createLink({ name: 'KS', role: 'editor', expiresAt: new Date('2026-12-15T10:00:00.000Z') });
      const token = await signShareToken(made, secret);
      expect(await editor.verify(token)).toEqual({ ok: false, reason: 'invalid' });
      const claims = await review.verify(token);
      expect(claims).toMatchObject({ ok: true, value: { linkId: made.id } });
      if (!claims.ok) throw new Error('unreachable');
      expect(await review.load(claims.value)).toMatchObject({ ok: true, value: { session: { id: made.id, audience: 'review' } } });
      expect(await editor.load({ ...claims.value, audience: 'editor' })).toEqual({ ok: false, reason: 'invalid' });
      await store.revokeLink(made.id);
      expect(await review.load(claims.value)).toEqual({ ok: false, reason: 'revoked' });
      expect(await review.verify('a.b.c')).toEqual({ ok: false, reason: 'invalid' });
    } finally {
      await store.close();
    }
  });

  test('a link is active, expired or revoked', () => {
    const now = new Date('2026-12-10T00:00:00.000Z');
    expect(linkState(link, now)).toBe('active');
    expect(linkState(link, new Date('2026-12-15T10:00:00.000Z'))).toBe('expired');
    expect(linkState({ ...link, revokedAt: '2026-12-02T00:00:00.000Z' }, now)).toBe('revoked');
  });
});

describe('parseDuration', () => {
  test.each([
    ['14d', 14 * 86_400_000],
    ['12t', 12 * 3_600_000],
    ['12h', 12 * 3_600_000],
    ['2u', 14 * 86_400_000],
    ['30m', 30 * 60_000],
    ['365d', 365 * 86_400_000],
  ])('%s', (text, ms) => expect(parseDuration(text)).toBe(ms));

  test.each(['', '14', 'd', '0d', '366d', '2 uker', '-1d', '1.5d'])('refuses «%s»', (text) => expect(parseDuration(text)).toBeUndefined());
});

describe('loadSecret', () => {
  test('takes STRATEGI_REVIEW_SECRET when it is long enough', () => {
    expect(new TextDecoder().decode(loadSecret({ STRATEGI_REVIEW_SECRET: 'x'.repeat(32) }, '/finnes-ikke'))).toBe('x'.repeat(32));
    expect(() => loadSecret({ STRATEGI_REVIEW_SECRET: 'kort' }, '/finnes-ikke')).toThrow('STRATEGI_REVIEW_SECRET er for kort: den må ha minst 32 tegn.');
  });

  test('otherwise generates one key into the data folder, readable by its owner only, and reuses it', () => {
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'strategi-secret-')), 'data');
    const first = loadSecret({}, folder);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadSecret({}, folder)).toEqual(first);
    const file = path.join(folder, 'hemmelig-nokkel');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(new TextDecoder().decode(first));
  });
});
