import { afterEach, describe, expect, test } from 'vitest';
import { ReviewStore } from '../src/index.ts';
import { databaseKinds, freshLocation } from '../src/testing/index.ts';

const MINUTE = 60_000;
const START = new Date('2026-12-01T10:00:00.000Z');
const later = (minutes: number) => new Date(START.getTime() + minutes * MINUTE);

describe.each(databaseKinds)('the notification queue on %s', (kind) => {
  const stores: ReviewStore[] = [];
  let clock = START;
  const open = async (location?: Awaited<ReturnType<typeof freshLocation>>) => {
    const where = location ?? (await freshLocation(kind));
    const store = await ReviewStore.open(where, () => clock);
    stores.push(store);
    return { store, where };
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    clock = START;
  });

  const comment = async (store: ReviewStore) => {
    const link = (await store.listLinks())[0] ?? (await store.createLink({ name: 'KS', role: 'reviewer', expiresAt: later(60 * 24) }));
    const { comment } = await store.createComment({ linkId: link.id, author: 'KS', document: 'T-1', edition: 'utkast', text: 'Hei', format: 'text' });
    return comment.id;
  };

  test('events for one address join the batch waiting for it; a new batch is due one interval after its first event', async () => {
    const { store } = await open();
    const [a, b, c] = [await comment(store), await comment(store), await comment(store)];
    const first = await store.enqueueMail({ address: 'Redaksjon@Example.no', event: 'comment', commentId: a }, 15 * MINUTE);
    expect(first).toMatchObject({ address: 'redaksjon@example.no', dueAt: later(15).toISOString(), attempts: 0 });
    clock = later(5);
    expect((await store.enqueueMail({ address: 'redaksjon@example.no', event: 'comment', commentId: b }, 15 * MINUTE))?.dueAt).toBe(later(15).toISOString());
    expect(await store.claimDueMail('x', 10 * MINUTE)).toEqual([]);

    clock = later(15);
    const claimed = await store.claimDueMail('first', 10 * MINUTE);
    expect(claimed.map((row) => row.commentId)).toEqual([a, b]);
    // An event after the claim starts the next batch instead of joining one already being sent.
    expect((await store.enqueueMail({ address: 'redaksjon@example.no', event: 'comment', commentId: c }, 15 * MINUTE))?.dueAt).toBe(later(30).toISOString());
    await store.markMailSent(
      'first',
      claimed.map((row) => row.id),
    );
    clock = later(29);
    expect(await store.claimDueMail('second', 10 * MINUTE)).toEqual([]);
    clock = later(30);
    expect((await store.claimDueMail('second', 10 * MINUTE)).map((row) => row.commentId)).toEqual([c]);
  });

  test('a failed send gives the rows back, due again later, and a stale claim is taken over', async () => {
    const { store } = await open();
    const id = await comment(store);
    await store.enqueueMail({ address: 'kari@example.no', event: 'reply', commentId: id }, 0);
    const [row] = await store.claimDueMail('a', 10 * MINUTE);
    await store.releaseMail('a', [row!.id], '451 Prøv igjen', later(5));
    expect(await store.claimDueMail('b', 10 * MINUTE)).toEqual([]);
    clock = later(5);
    expect(await store.claimDueMail('b', 10 * MINUTE)).toMatchObject([{ id: row!.id, attempts: 1 }]);
    // Claim "b" never reports back (its server stopped): after ten minutes another claim takes the row over.
    clock = later(14);
    expect(await store.claimDueMail('c', 10 * MINUTE)).toEqual([]);
    clock = later(16);
    expect(await store.claimDueMail('c', 10 * MINUTE)).toMatchObject([{ id: row!.id }]);
    await store.markMailSent('b', [row!.id]);
    clock = later(30);
    expect(await store.claimDueMail('d', 10 * MINUTE)).toMatchObject([{ id: row!.id }]);
  });

  test('two stores on one database claim a due row once', async () => {
    const { store, where } = await open();
    const { store: other } = await open(where);
    const ids = [await comment(store), await comment(store), await comment(store)];
    for (const commentId of ids) await store.enqueueMail({ address: 'redaksjon@example.no', event: 'comment', commentId }, 0);
    const [mine, theirs] = await Promise.all([store.claimDueMail('mine', 10 * MINUTE), other.claimDueMail('theirs', 10 * MINUTE)]);
    expect([...mine, ...theirs].map((row) => row.commentId).sort()).toEqual(ids.sort());
    expect(mine.length === 0 || theirs.length === 0).toBe(true);
  });

  test('an unsubscribed address gets nothing queued, and its unsent mail is dropped', async () => {
    const { store } = await open();
    const id = await comment(store);
    await store.enqueueMail({ address: 'kari@example.no', event: 'resolved', commentId: id }, 0);
    await store.unsubscribe('KARI@example.no');
    await store.unsubscribe('kari@example.no');
    expect(await store.isUnsubscribed('kari@example.no')).toBe(true);
    expect(await store.claimDueMail('a', 10 * MINUTE)).toEqual([]);
    expect(await store.enqueueMail({ address: 'kari@example.no', event: 'reply', commentId: id }, 0)).toBeUndefined();
    expect(await store.isUnsubscribed('ola@example.no')).toBe(false);
  });
});
