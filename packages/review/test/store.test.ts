import { connect, migrateTo } from '@strategi/database';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, test } from 'vitest';
import { ReviewStore, type StoreLocation } from '../src/index.ts';
import { reviewMigrations } from '../src/store/migrations.ts';
import type { Database } from '../src/store/schema.ts';
import { databaseKinds, emptyLocation, freshLocation } from '../src/testing/index.ts';

/** A database as an older release left it: migrated up to `name` and no further. */
async function oldDatabase(location: StoreLocation, name: string): Promise<Kysely<Database>> {
  const { db, kind } = await connect<Database>(location);
  await migrateTo(db as Kysely<unknown>, kind, reviewMigrations, name);
  return db;
}

describe.each(databaseKinds)('the review store on %s', (kind) => {
  let store: ReviewStore | undefined;
  let clock = new Date('2026-12-01T10:00:00.000Z');
  const open = async () => {
    store = await ReviewStore.open(await freshLocation(kind), () => clock);
    return store;
  };
  afterEach(async () => {
    await store?.close();
    store = undefined;
    clock = new Date('2026-12-01T10:00:00.000Z');
  });

  test('creates, lists and revokes share links', async () => {
    const store = await open();
    expect(store.kind).toBe(kind);
    const link = await store.createLink({ name: 'KS sekretariatet', role: 'reviewer', expiresAt: new Date('2026-12-15T10:00:00.000Z') });
    expect(link).toEqual({
      id: expect.stringMatching(/^[a-hjkmnp-z2-9]{10}$/),
      name: 'KS sekretariatet',
      role: 'reviewer',
      audience: 'review',
      internal: false,
      createdAt: '2026-12-01T10:00:00.000Z',
      expiresAt: '2026-12-15T10:00:00.000Z',
      revokedAt: null,
    });
    expect(await store.listLinks()).toEqual([link]);
    clock = new Date('2026-12-02T08:00:00.000Z');
    expect((await store.revokeLink(link.id))?.revokedAt).toBe('2026-12-02T08:00:00.000Z');
    clock = new Date('2026-12-03T08:00:00.000Z');
    expect((await store.revokeLink(link.id))?.revokedAt).toBe('2026-12-02T08:00:00.000Z');
    expect(await store.revokeLink('finnesikke')).toBeUndefined();
  });

  test('stores comments with their selectors, threads, edits, resolves and deletes them', async () => {
    const store = await open();
    const link = await store.createLink({ name: 'Udir', role: 'reviewer', expiresAt: new Date('2027-01-01T00:00:00.000Z') });
    const { comment, created } = await store.createComment({
      linkId: link.id,
      author: link.name,
      document: 'T-1',
      edition: 'utkast',
      quote: { exact: 'digital kompetanse', prefix: 'styrke ', suffix: ' i skolen' },
      position: { start: 12, end: 30 },
      text: 'Hva betyr dette?',
      format: 'text',
    });
    expect(created).toBe(true);
    expect(comment).toEqual({
      id: expect.any(Number),
      linkId: link.id,
      author: 'Udir',
      document: 'T-1',
      edition: 'utkast',
      parentId: null,
      quote: { exact: 'digital kompetanse', prefix: 'styrke ', suffix: ' i skolen' },
      position: { start: 12, end: 30 },
      text: 'Hva betyr dette?',
      format: 'text',
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
      resolvedAt: null,
      resolvedBy: null,
    });
    clock = new Date('2026-12-01T11:00:00.000Z');
    const reply = (
      await store.createComment({ linkId: link.id, author: 'Udir', document: 'T-1', edition: 'utkast', parentId: comment.id, text: 'Svar', format: 'markdown' })
    ).comment;
    await store.createComment({ linkId: link.id, author: 'Udir', document: 'T-2', edition: 'utkast', text: 'Annet dokument', format: 'text' });
    expect((await store.listComments({ document: 'T-1', edition: 'utkast' })).map((c) => [c.id, c.parentId, c.text])).toEqual([
      [comment.id, null, 'Hva betyr dette?'],
      [reply.id, comment.id, 'Svar'],
    ]);
    expect((await store.updateText(comment.id, 'Hva *betyr* dette?', 'markdown'))?.updatedAt).toBe('2026-12-01T11:00:00.000Z');
    expect((await store.setResolved(comment.id, 'Redaksjonen'))?.resolvedBy).toBe('Redaksjonen');
    expect((await store.listComments({ open: true })).map((c) => c.text)).toEqual(['Svar', 'Annet dokument']);
    expect((await store.setResolved(comment.id, undefined))?.resolvedAt).toBeNull();
    expect(await store.deleteComment(comment.id)).toBe(true);
    expect(await store.deleteComment(comment.id)).toBe(false);
    expect(await store.getComment(comment.id)).toBeUndefined();
    expect((await store.listComments({ document: 'T-1' })).map((c) => c.text)).toEqual(['Svar']);
  });

  test('a comment sent twice with the same key is stored once', async () => {
    const store = await open();
    const link = await store.createLink({ name: 'KS', role: 'reviewer', expiresAt: new Date('2027-01-01T00:00:00.000Z') });
    const input = { linkId: link.id, author: 'KS', document: 'M-1', edition: 'utkast', text: 'Én gang', format: 'text' as const, clientKey: 'nøkkel-1' };
    const first = await store.createComment(input);
    const second = await store.createComment({ ...input, text: 'To ganger' });
    expect([first.created, second.created]).toEqual([true, false]);
    expect(second.comment).toEqual(first.comment);
    expect(await store.listComments()).toHaveLength(1);
  });

  test('a link opens one server: review unless made for the editor', async () => {
    const store = await open();
    const editor = await store.createLink({ name: 'Redaksjonen', role: 'editor', audience: 'editor', expiresAt: new Date('2027-01-01T00:00:00.000Z') });
    expect((await store.getLink(editor.id))?.audience).toBe('editor');
    expect((await store.listLinks()).map((link) => link.audience)).toEqual(['editor']);
  });

  test("pages and counts comments, and counts a link's comments since a time, deleted ones too", async () => {
    const store = await open();
    const link = await store.createLink({ name: 'KS', role: 'reviewer', expiresAt: new Date('2027-01-01T00:00:00.000Z') });
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) {
      clock = new Date(Date.UTC(2026, 11, 1, 10, i));
      const { comment } = await store.createComment({ linkId: link.id, author: 'KS', document: 'T-1', edition: 'utkast', text: `nr ${i}`, format: 'text' });
      ids.push(comment.id);
    }
    expect((await store.listComments({ document: 'T-1' }, { limit: 2, offset: 1 })).map((comment) => comment.text)).toEqual(['nr 1', 'nr 2']);
    expect(await store.countComments({ document: 'T-1' })).toBe(5);
    expect(await store.countComments({ documents: [] })).toBe(0);
    await store.deleteComment(ids[0]!);
    expect(await store.countComments({ document: 'T-1' })).toBe(4);
    expect(await store.countCommentsByLink(link.id, new Date(Date.UTC(2026, 11, 1, 10, 1)))).toBe(4);
    expect(await store.countCommentsByLink(link.id, new Date(Date.UTC(2026, 11, 1, 0, 0)))).toBe(5);
  });

  test('a database opened again keeps what was written, and migrating twice changes nothing', async () => {
    const location = await emptyLocation(kind);
    const first = await ReviewStore.open(location);
    const link = await first.createLink({ name: 'KD', role: 'editor', expiresAt: new Date('2027-01-01T00:00:00.000Z') });
    await first.close();
    store = await ReviewStore.open(location);
    expect(await store.getLink(link.id)).toEqual(link);
  });

  test('a link made with internal content keeps the flag; only review links may have it', async () => {
    const store = await open();
    const internal = await store.createLink({ name: 'Redaksjonen', role: 'editor', internal: true, expiresAt: new Date('2026-12-15T10:00:00.000Z') });
    const outside = await store.createLink({ name: 'KS', role: 'reviewer', internal: false, expiresAt: new Date('2026-12-15T10:00:00.000Z') });
    expect([internal.internal, outside.internal]).toEqual([true, false]);
    expect((await store.getLink(internal.id))?.internal).toBe(true);
    expect((await store.getLink(outside.id))?.internal).toBe(false);
    expect(Object.fromEntries((await store.listLinks()).map((link) => [link.name, link.internal]))).toEqual({ Redaksjonen: true, KS: false });
    await expect(
      store.createLink({ name: 'Skribent', role: 'editor', audience: 'editor', internal: true, expiresAt: new Date('2026-12-15T10:00:00.000Z') }),
    ).rejects.toThrow();
    await expect(store.db.updateTable('share_links').set({ internal: 2 }).where('id', '=', outside.id).execute()).rejects.toThrow();
  });

  test('links made before the internal flag existed are migrated as outside links', async () => {
    const location = await emptyLocation(kind);
    const old = await oldDatabase(location, '2026-12-05-link-audience');
    await old
      .insertInto('share_links')
      .values({
        id: 'gammellenk',
        name: 'KD',
        role: 'editor',
        audience: 'review',
        created_at: '2026-12-01T10:00:00.000Z',
        expires_at: '2027-01-01T00:00:00.000Z',
        revoked_at: null,
      })
      .execute();
    await old.destroy();
    store = await ReviewStore.open(location);
    expect(await store.getLink('gammellenk')).toMatchObject({ id: 'gammellenk', role: 'editor', audience: 'review', internal: false });
  });
});
