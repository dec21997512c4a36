import { afterEach, describe, expect, test } from 'vitest';
import { ReviewStore } from '../src/index.ts';
import { databaseKinds, freshLocation } from '../src/testing/index.ts';

describe.each(databaseKinds)('the people behind a link on %s', (kind) => {
  let store: ReviewStore | undefined;
  let clock = new Date('2026-12-01T10:00:00.000Z');
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  test('a person is stored with the link, their comments carry them, and each lists only their own', async () => {
    store = await ReviewStore.open(await freshLocation(kind), () => clock);
    const link = await store.createLink({ name: 'KS', role: 'reviewer', expiresAt: new Date('2027-01-01T00:00:00.000Z') });
    const kari = await store.createPerson({ linkId: link.id, name: 'Kari Nordmann', email: 'kari@ks.example' });
    const ola = await store.createPerson({ linkId: link.id, name: 'Ola' });
    expect(await store.getPerson(kari.id)).toEqual({
      id: kari.id,
      linkId: link.id,
      name: 'Kari Nordmann',
      email: 'kari@ks.example',
      createdAt: '2026-12-01T10:00:00.000Z',
    });
    expect(ola.email).toBeNull();
    const write = async (text: string, personId?: string) =>
      (await store!.createComment({ linkId: link.id, author: 'KS', document: 'T-1', edition: 'utkast', text, format: 'text', personId })).comment;
    const first = await write('Karis første', kari.id);
    clock = new Date('2026-12-01T11:00:00.000Z');
    const second = await write('Olas', ola.id);
    const third = await write('Karis andre', kari.id);
    const nobody = await write('Uten navn');
    const people = await store.commentPeople([first.id, second.id, third.id, nobody.id]);
    expect([...people].map(([id, person]) => [id, person.name])).toEqual([
      [first.id, 'Kari Nordmann'],
      [second.id, 'Ola'],
      [third.id, 'Kari Nordmann'],
    ]);
    const texts = async (own: { personId: string } | { linkId: string }) => (await store!.listOwnComments(own, { limit: 10 })).map((c) => c.text);
    expect(await texts({ personId: kari.id })).toEqual(['Karis andre', 'Karis første']);
    expect(await texts({ linkId: link.id })).toEqual(['Uten navn']);
    await store.deleteComment(third.id);
    expect(await texts({ personId: kari.id })).toEqual(['Karis første']);
  });
});

describe.each(databaseKinds)('the overview counts on %s', (kind) => {
  test('comments and open threads per document and edition, deleted ones left out', async () => {
    const store = await ReviewStore.open(await freshLocation(kind));
    try {
      const link = await store.createLink({ name: 'KS', role: 'reviewer', expiresAt: new Date('2027-01-01T00:00:00.000Z') });
      const write = async (document: string, edition = 'utkast', parentId?: number) =>
        (await store.createComment({ linkId: link.id, author: 'KS', document, edition, text: 'x', format: 'text', parentId })).comment;
      const first = await write('T-1');
      await write('T-1', 'utkast', first.id);
      const resolved = await write('T-1');
      await store.setResolved(resolved.id, 'Redaksjonen');
      await write('M-2', '2026-1');
      await store.deleteComment((await write('M-2', '2026-1')).id);
      expect(await store.documentCounts()).toEqual([
        { document: 'M-2', edition: '2026-1', comments: 1, open: 1 },
        { document: 'T-1', edition: 'utkast', comments: 3, open: 1 },
      ]);
    } finally {
      await store.close();
    }
  });
});
