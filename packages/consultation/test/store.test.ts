import { afterEach, describe, expect, test } from 'vitest';
import { ConsultationStore, type NewResponse, ResponseInputError } from '../src/index.ts';
import { hashReceiptToken } from '../src/store/receipt.ts';
import { databaseKinds, freshLocation } from './databases.ts';

const response: NewResponse = {
  version: '2027',
  document: 'mal/m-1',
  quote: { exact: 'alle elever', prefix: 'Målet er at ', suffix: ' skal lære' },
  position: { start: 12, end: 23 },
  name: 'Kari Nordmann',
  organisation: 'Elevorganisasjonen',
  senderKind: 'organisasjon',
  email: 'Kari@Example.no',
  publication: 'named',
  text: 'Vi støtter målet.\nMen tidsfristen er for kort.',
};

describe.each(databaseKinds)('the consultation store on %s', (kind) => {
  let store: ConsultationStore | undefined;
  let clock = new Date('2026-12-05T10:00:00.000Z');
  const open = async () => {
    store = await ConsultationStore.open(await freshLocation(kind), () => clock);
    return store;
  };
  afterEach(async () => {
    await store?.close();
    store = undefined;
    clock = new Date('2026-12-05T10:00:00.000Z');
  });

  test('stores a response as new, with a receipt token of which only the hash is kept', async () => {
    const s = await open();
    const { response: stored, receiptToken } = await s.createResponse(response, { idempotencyKey: 'form-1', flags: ['email'] });
    expect(receiptToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(stored).toMatchObject({
      version: '2027',
      document: 'mal/m-1',
      quote: { exact: 'alle elever', prefix: 'Målet er at ', suffix: ' skal lære' },
      position: { start: 12, end: 23 },
      email: 'kari@example.no',
      state: 'new',
      flags: ['email'],
      withdrawnAt: null,
      inputId: null,
      createdAt: '2026-12-05T10:00:00.000Z',
    });
    const row = await s.db.selectFrom('responses').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(receiptToken!);
    expect(row.receipt_token_hash).toBe(hashReceiptToken(receiptToken!));
    expect(await s.getByReceipt(receiptToken!)).toEqual(stored);
    expect(await s.getResponse(stored.id)).toEqual(stored);
  });

  test('stores the same form once, however often and wherever it is sent', async () => {
    const s = await open();
    const results = await Promise.all(Array.from({ length: 8 }, () => s.createResponse(response, { idempotencyKey: 'same' })));
    expect(new Set(results.map((result) => result.response.id)).size).toBe(1);
    expect(results.filter((result) => result.receiptToken !== undefined)).toHaveLength(1);
    expect(await s.listResponses()).toHaveLength(1);
  });

  test('a response to the whole version has no document and no passage', async () => {
    const s = await open();
    const { response: stored } = await s.createResponse(
      { ...response, document: '', quote: null, position: null, organisation: '', email: '' },
      { idempotencyKey: 'k' },
    );
    expect(stored).toMatchObject({ document: null, quote: null, position: null, organisation: null, email: null });
  });

  test('keeps the language a response was sent in, bokmål when none is given, and refuses another', async () => {
    const s = await open();
    expect((await s.createResponse({ ...response, lang: 'nn' }, { idempotencyKey: 'nn' })).response.lang).toBe('nn');
    expect((await s.createResponse({ ...response, lang: 'en' }, { idempotencyKey: 'en' })).response.lang).toBe('en');
    expect((await s.createResponse(response, { idempotencyKey: 'nb' })).response.lang).toBe('nb');
    expect((await s.listResponses()).map((stored) => stored.lang).sort()).toEqual(['en', 'nb', 'nn']);
    await expect(s.createResponse({ ...response, lang: 'se' as 'nb' }, { idempotencyKey: 'se' })).rejects.toThrow(ResponseInputError);
  });

  test('refuses what a responder may not set, and input over the limits', async () => {
    const s = await open();
    const refused = async (input: unknown) => {
      const error = await s.createResponse(input as NewResponse, { idempotencyKey: crypto.randomUUID() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseInputError);
      return (error as ResponseInputError).fields;
    };
    expect(await refused({ ...response, state: 'published' })).toEqual(['state']);
    expect(await refused({ ...response, inputId: 'i-1' })).toEqual(['inputId']);
    expect(await refused({ ...response, name: 'Kari\r\nBcc: alle@example.no' })).toEqual(['name']);
    expect(await refused({ ...response, email: 'kari@example.no\r\nBcc: x@y.no' })).toEqual(['email']);
    expect(await refused({ ...response, senderKind: 'departement' })).toEqual(['senderKind']);
    expect(await refused({ ...response, publication: 'public' })).toEqual(['publication']);
    expect(await refused({ ...response, text: 'x'.repeat(20_001) })).toEqual(['text']);
    expect(await refused({ ...response, text: '   ' })).toEqual(['text']);
    expect(await refused({ ...response, quote: { exact: 'x'.repeat(2_001), prefix: '', suffix: '' } })).toEqual(['quote']);
    expect(await s.listResponses()).toEqual([]);
  });

  test('the sender kinds are the strategy’s: a kind it declares is stored, one it lacks refused, in a correction too', async () => {
    const s = await open();
    const senderKinds = ['rederi', 'NSA'];
    const refusedFields = (error: unknown) => (error instanceof ResponseInputError ? error.fields : error);
    const created = await s.createResponse({ ...response, senderKind: 'NSA' }, { idempotencyKey: 'k', senderKinds });
    expect(created.response.senderKind).toBe('NSA');
    const other = s.createResponse({ ...response, senderKind: 'organisasjon' }, { idempotencyKey: 'k-2', senderKinds });
    expect(await other.catch(refusedFields)).toEqual(['senderKind']);
    expect(await s.correct(created.receiptToken!, { senderKind: 'kommune' }, { senderKinds }).catch(refusedFields)).toEqual(['senderKind']);
    expect(await s.correct(created.receiptToken!, { senderKind: 'rederi' }, { senderKinds })).toMatchObject({ senderKind: 'rederi' });
    expect((await s.listResponses()).map((stored) => stored.senderKind)).toEqual(['rederi']);
  });

  test('a correction changes the text, goes back to moderation and keeps the passage', async () => {
    const s = await open();
    const { response: stored, receiptToken } = await s.createResponse(response, { idempotencyKey: 'k' });
    await s.moderate(stored.id, { action: 'publish', by: 'Redaktør' });
    clock = new Date('2026-12-06T10:00:00.000Z');
    const corrected = await s.correct(receiptToken!, { text: 'Ny tekst.', organisation: '', publication: 'anonymous' });
    expect(corrected).toMatchObject({
      text: 'Ny tekst.',
      organisation: null,
      publication: 'anonymous',
      name: 'Kari Nordmann',
      quote: stored.quote,
      state: 'new',
      moderatedBy: null,
      updatedAt: '2026-12-06T10:00:00.000Z',
      createdAt: '2026-12-05T10:00:00.000Z',
    });
    await expect(s.correct(receiptToken!, { state: 'published' } as never)).rejects.toThrow(ResponseInputError);
    await expect(s.correct(receiptToken!, { email: 'ny@example.no' } as never)).rejects.toThrow(ResponseInputError);
  });

  test('a forged, guessed or malformed token opens, corrects and withdraws nothing', async () => {
    const s = await open();
    const { receiptToken } = await s.createResponse(response, { idempotencyKey: 'k' });
    const forged = `${receiptToken!.slice(0, -1)}${receiptToken!.endsWith('A') ? 'B' : 'A'}`;
    for (const token of [forged, '', "' or 1=1 --", hashReceiptToken(receiptToken!), `${receiptToken}x`]) {
      expect(await s.getByReceipt(token)).toBeUndefined();
      expect(await s.correct(token, { text: 'kapret' })).toBeUndefined();
      expect(await s.withdraw(token)).toBeUndefined();
    }
    expect((await s.getByReceipt(receiptToken!))?.text).toBe(response.text);
  });

  test('a withdrawn response is left out of lists, cannot be corrected or moderated, and is withdrawn once', async () => {
    const s = await open();
    const { response: stored, receiptToken } = await s.createResponse(response, { idempotencyKey: 'k' });
    const withdrawn = await s.withdraw(receiptToken!);
    expect(withdrawn?.withdrawnAt).toBe('2026-12-05T10:00:00.000Z');
    expect(await s.withdraw(receiptToken!)).toBeUndefined();
    expect(await s.correct(receiptToken!, { text: 'igjen' })).toBeUndefined();
    expect(await s.moderate(stored.id, { action: 'publish', by: 'R' })).toBeUndefined();
    expect(await s.listResponses()).toEqual([]);
    expect((await s.listResponses({ withdrawn: true })).map((r) => r.id)).toEqual([stored.id]);
    expect((await s.getByReceipt(receiptToken!))?.withdrawnAt).not.toBeNull();
  });

  test('moderation: publish, publish anonymised, withhold with a reason; lists filter by version and state', async () => {
    const s = await open();
    const ids: string[] = [];
    for (const [i, version] of ['2027', '2027', '2027', '2028'].entries()) {
      clock = new Date(Date.UTC(2026, 11, 5, 10, i));
      ids.push((await s.createResponse({ ...response, version }, { idempotencyKey: `k${i}` })).response.id);
    }
    await s.moderate(ids[0]!, { action: 'publish', by: 'Ola' });
    await s.moderate(ids[1]!, { action: 'publish-anonymised', by: 'Ola' });
    await expect(s.moderate(ids[2]!, { action: 'withhold', by: 'Ola', reason: '  ' })).rejects.toThrow('needs a reason');
    expect(await s.moderate(ids[2]!, { action: 'withhold', by: 'Ola', reason: 'Personopplysninger' })).toMatchObject({
      state: 'withheld',
      withheldReason: 'Personopplysninger',
      moderatedBy: 'Ola',
    });
    const list = async (filter: Parameters<ConsultationStore['listResponses']>[0]) => (await s.listResponses(filter)).map((r) => ids.indexOf(r.id));
    expect(await list({ version: '2027' })).toEqual([0, 1, 2]);
    expect(await list({ version: '2027', state: ['published', 'published-anonymised'] })).toEqual([0, 1]);
    expect(await list({ state: 'new' })).toEqual([3]);
    expect(await s.moderate('no-such-id', { action: 'publish', by: 'Ola' })).toBeUndefined();
  });

  test('flags, links to an input and deletes a person’s responses by e-mail in any case', async () => {
    const s = await open();
    const a = (await s.createResponse(response, { idempotencyKey: 'a' })).response;
    const b = (await s.createResponse({ ...response, email: 'annen@example.no' }, { idempotencyKey: 'b' })).response;
    const c = (await s.createResponse(response, { idempotencyKey: 'c' })).response;
    await s.setFlags(a.id, ['phone']);
    expect((await s.getResponse(a.id))?.flags).toEqual(['phone']);
    expect(await s.linkInput([a.id, b.id], 'i-2027-1')).toBe(2);
    expect((await s.getResponse(b.id))?.inputId).toBe('i-2027-1');
    expect(await s.linkInput([], 'x')).toBe(0);
    expect(await s.deletePerson({ email: ' KARI@example.NO ' })).toBe(2);
    expect((await s.listResponses({ withdrawn: true })).map((r) => r.id)).toEqual([b.id]);
    expect(await s.getResponse(c.id)).toBeUndefined();
  });

  test('counts submissions per bucket within a window and forgets old ones', async () => {
    const s = await open();
    const since = (minutes: number) => new Date(clock.getTime() - minutes * 60_000);
    await s.recordSubmission(['ip:a', 'mail:x'], since(60));
    clock = new Date(clock.getTime() + 30 * 60_000);
    await s.recordSubmission(['ip:a'], since(60));
    expect(
      await s.submissionCounts([
        { bucket: 'ip:a', since: since(60) },
        { bucket: 'mail:x', since: since(60) },
        { bucket: 'ip:b', since: since(60) },
      ]),
    ).toEqual([2, 1, 0]);
    expect(await s.submissionCounts([{ bucket: 'ip:a', since: since(10) }])).toEqual([1]);
    expect(await s.submissionCounts([])).toEqual([]);
    clock = new Date(clock.getTime() + 45 * 60_000);
    await s.recordSubmission([], since(60));
    expect(await s.db.selectFrom('response_submissions').selectAll().execute()).toEqual([{ bucket: 'ip:a', at: '2026-12-05T10:30:00.000Z' }]);
    // Within a minute of the last clean-up, nothing is deleted, whatever `keepSince` says.
    clock = new Date(clock.getTime() + 30_000);
    await s.recordSubmission(['ip:c'], new Date(clock.getTime() + 1));
    expect((await s.db.selectFrom('response_submissions').select('bucket').orderBy('bucket').execute()).map((row) => row.bucket)).toEqual(['ip:a', 'ip:c']);
  });
});
