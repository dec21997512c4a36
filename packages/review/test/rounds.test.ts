import { afterEach, describe, expect, test } from 'vitest';
import { DispositionError, ReviewStore, reviewSummary, roundOf } from '../src/index.ts';
import { databaseKinds, freshLocation } from '../src/testing/index.ts';

describe.each(databaseKinds)('rounds, dispositions and re-attached quotes on %s', (kind) => {
  let store: ReviewStore | undefined;
  let clock = new Date('2026-12-01T10:00:00.000Z');
  const open = async () => {
    store = await ReviewStore.open(await freshLocation(kind), () => clock);
    const link = await store.createLink({ name: 'KD', role: 'reviewer', expiresAt: new Date('2027-02-01T00:00:00.000Z') });
    const add = async (document: string, text: string, extra: { author?: string; parentId?: number; edition?: string } = {}) =>
      (
        await store!.createComment({
          linkId: link.id,
          author: extra.author ?? 'KD',
          document,
          edition: extra.edition ?? 'utkast',
          text,
          format: 'text',
          parentId: extra.parentId ?? null,
          quote: { exact: 'dele erfaringer', prefix: 'som vil ', suffix: ' med' },
        })
      ).comment.id;
    return { store, add };
  };
  afterEach(async () => {
    await store?.close();
    store = undefined;
    clock = new Date('2026-12-01T10:00:00.000Z');
  });

  test('a round is made, listed and closed once; a foreleggelse with less than three weeks warns', async () => {
    const { store } = await open();
    const intern = await store.createRound({ name: 'Intern runde', edition: 'utkast', kind: 'intern', deadline: new Date('2026-12-05T15:00:00.000Z') });
    expect(intern.warnings).toEqual([]);
    expect(intern.round).toEqual({
      id: expect.any(Number),
      name: 'Intern runde',
      edition: 'utkast',
      kind: 'intern',
      deadline: '2026-12-05T15:00:00.000Z',
      caseNumber: null,
      exemptDocuments: [],
      createdAt: '2026-12-01T10:00:00.000Z',
      closedAt: null,
    });
    const short = await store.createRound({
      name: 'Foreleggelse',
      edition: '2026-v2',
      kind: 'foreleggelse',
      deadline: new Date('2026-12-15T10:00:00.000Z'),
      caseNumber: '26/1234',
      exemptDocuments: ['T-3'],
    });
    expect(short.warnings).toEqual(['Fristen gir departementene 14 dager til å svare; en foreleggelse bør gi minst tre uker.']);
    expect(short.round).toMatchObject({ caseNumber: '26/1234', exemptDocuments: ['T-3'] });
    const long = await store.createRound({ name: 'Lang', edition: '2026-v3', kind: 'foreleggelse', deadline: new Date('2026-12-22T10:00:00.000Z') });
    expect(long.warnings).toEqual([]);
    await expect(store.createRound({ name: 'Lang', edition: 'x', kind: 'intern', deadline: clock })).rejects.toThrow();

    clock = new Date('2026-12-02T10:00:00.000Z');
    expect((await store.closeRound('Intern runde'))?.closedAt).toBe('2026-12-02T10:00:00.000Z');
    clock = new Date('2026-12-03T10:00:00.000Z');
    expect((await store.closeRound('Intern runde'))?.closedAt).toBe('2026-12-02T10:00:00.000Z');
    expect(await store.closeRound('Ukjent')).toBeUndefined();
    expect((await store.listRounds()).map((round) => round.name)).toEqual(['Intern runde', 'Foreleggelse', 'Lang']);
  });

  test('a closed round or a passed deadline refuses new comments; an edition without a round takes them', async () => {
    const { store } = await open();
    await store.createRound({ name: 'Runde 1', edition: 'utkast', kind: 'intern', deadline: new Date('2026-12-05T15:00:00.000Z') });
    expect(await store.roundRefusal('utkast')).toBeUndefined();
    expect(await store.roundRefusal('2026-v1')).toBeUndefined();
    clock = new Date('2026-12-05T15:00:01.000Z');
    expect(await store.roundRefusal('utkast')).toEqual({ reason: 'deadline', round: 'Runde 1', deadline: '2026-12-05T15:00:00.000Z' });
    await store.closeRound('Runde 1');
    expect(await store.roundRefusal('utkast')).toEqual({ reason: 'closed', round: 'Runde 1' });
    // A new round on the same edition opens it again, and the comments from now on belong to it.
    await store.createRound({ name: 'Runde 2', edition: 'utkast', kind: 'intern', deadline: new Date('2026-12-20T15:00:00.000Z') });
    expect(await store.roundRefusal('utkast')).toBeUndefined();
    const rounds = await store.listRounds();
    expect(roundOf(rounds, { edition: 'utkast', createdAt: '2026-11-30T00:00:00.000Z' })?.name).toBe('Runde 1');
    expect(roundOf(rounds, { edition: 'utkast', createdAt: '2026-12-05T15:00:01.000Z' })?.name).toBe('Runde 1');
    expect(roundOf(rounds, { edition: 'utkast', createdAt: '2026-12-06T00:00:00.000Z' })?.name).toBe('Runde 2');
    expect(roundOf(rounds, { edition: '2026-v1', createdAt: '2026-12-06T00:00:00.000Z' })).toBeUndefined();
  });

  test('a disposition resolves a comment; «ikke tatt til følge» needs a reason; opening it again hides it', async () => {
    const { store, add } = await open();
    const first = await add('T-3', 'Hvem inviteres?');
    const second = await add('T-3', 'Stryk dette.');
    clock = new Date('2026-12-02T09:00:00.000Z');
    const resolved = await store.resolveWithDisposition(first, {
      disposition: 'tatt-til-folge',
      answeredIn: { from: '2026-v1', version: '2026-v2', document: 'T-3' },
      by: 'Redaksjonen',
    });
    expect(resolved).toMatchObject({ resolvedAt: '2026-12-02T09:00:00.000Z', resolvedBy: 'Redaksjonen', updatedAt: '2026-12-01T10:00:00.000Z' });
    await expect(store.resolveWithDisposition(second, { disposition: 'ikke-tatt-til-folge', reason: '  ', by: 'Redaksjonen' })).rejects.toThrow(
      new DispositionError('En kommentar som ikke tas til følge, må ha en begrunnelse.'),
    );
    expect((await store.getComment(second))?.resolvedAt).toBeNull();
    await store.resolveWithDisposition(second, { disposition: 'ikke-tatt-til-folge', reason: 'Utenfor strategien.', by: 'Kari' });
    expect(await store.resolveWithDisposition(9999, { disposition: 'tatt-til-folge', by: 'Kari' })).toBeUndefined();
    expect([...(await store.dispositions())]).toEqual([
      [
        first,
        {
          commentId: first,
          disposition: 'tatt-til-folge',
          reason: null,
          answeredIn: { from: '2026-v1', version: '2026-v2', document: 'T-3' },
          decidedAt: '2026-12-02T09:00:00.000Z',
          decidedBy: 'Redaksjonen',
        },
      ],
      [second, expect.objectContaining({ disposition: 'ikke-tatt-til-folge', reason: 'Utenfor strategien.', answeredIn: null, decidedBy: 'Kari' })],
    ]);
    // Decided again: the newer disposition replaces the first.
    await store.resolveWithDisposition(second, { disposition: 'delvis-tatt-til-folge', by: 'Kari' });
    expect((await store.dispositions([second])).get(second)?.disposition).toBe('delvis-tatt-til-folge');
    await store.setResolved(first, undefined);
    expect([...(await store.dispositions()).keys()]).toEqual([second]);
    expect(await store.dispositions([])).toEqual(new Map());
  });

  test('attaching a comment to another passage keeps the quote it had', async () => {
    const { store, add } = await open();
    const id = await add('T-3', 'Hvem inviteres?');
    clock = new Date('2026-12-03T08:00:00.000Z');
    const moved = await store.attachQuote(id, { exact: 'skoleeiere', prefix: 'samler ', suffix: ' som' }, 'Redaksjonen');
    expect(moved).toMatchObject({ quote: { exact: 'skoleeiere', prefix: 'samler ', suffix: ' som' }, position: null, updatedAt: '2026-12-01T10:00:00.000Z' });
    await store.attachQuote(id, { exact: 'nettverket', prefix: '', suffix: '' }, 'Kari');
    expect(await store.quoteHistory(id)).toEqual([
      { quote: { exact: 'dele erfaringer', prefix: 'som vil ', suffix: ' med' }, replacedAt: '2026-12-03T08:00:00.000Z', replacedBy: 'Redaksjonen' },
      { quote: { exact: 'skoleeiere', prefix: 'samler ', suffix: ' som' }, replacedAt: '2026-12-03T08:00:00.000Z', replacedBy: 'Kari' },
    ]);
    expect(await store.attachQuote(9999, { exact: 'x', prefix: '', suffix: '' }, 'Kari')).toBeUndefined();
  });

  test('the summary counts open, resolved and accepted comments per round, document and reviewer, with filters', async () => {
    const { store, add } = await open();
    await store.createRound({ name: 'Runde 1', edition: 'utkast', kind: 'intern', deadline: new Date('2026-12-20T15:00:00.000Z') });
    const a = await add('T-3', 'a');
    const b = await add('T-3', 'b', { author: 'Udir' });
    await add('M-1', 'c', { author: 'Udir' });
    await add('T-3', 'svar', { parentId: a });
    await add('T-1', 'utenfor', { edition: '2026-v1' });
    await store.resolveWithDisposition(a, { disposition: 'delvis-tatt-til-folge', by: 'Kari' });
    await store.resolveWithDisposition(b, { disposition: 'ikke-tatt-til-folge', reason: 'Nei.', by: 'Kari' });
    const summary = await reviewSummary(store);
    expect(summary.map((entry) => [entry.round?.name ?? null, entry.total])).toEqual([
      ['Runde 1', { open: 1, resolved: 2, accepted: 1 }],
      [null, { open: 1, resolved: 0, accepted: 0 }],
    ]);
    expect(summary[0]!.byDocument).toEqual([
      { document: 'M-1', tally: { open: 1, resolved: 0, accepted: 0 } },
      { document: 'T-3', tally: { open: 0, resolved: 2, accepted: 1 } },
    ]);
    expect(summary[0]!.byReviewer).toEqual([
      { reviewer: 'KD', tally: { open: 0, resolved: 1, accepted: 1 } },
      { reviewer: 'Udir', tally: { open: 1, resolved: 1, accepted: 0 } },
    ]);
    const udirOpen = await reviewSummary(store, { round: 'Runde 1', reviewer: 'Udir', state: 'open' });
    expect(udirOpen).toEqual([
      {
        round: expect.objectContaining({ name: 'Runde 1' }),
        total: { open: 1, resolved: 0, accepted: 0 },
        byDocument: [{ document: 'M-1', tally: { open: 1, resolved: 0, accepted: 0 } }],
        byReviewer: [{ reviewer: 'Udir', tally: { open: 1, resolved: 0, accepted: 0 } }],
      },
    ]);
  });
});
