import { afterEach, describe, expect, test } from 'vitest';
import { invalidInput, newCommentSchema, ReviewStore, toAnnotation } from '../src/index.ts';
import { databaseKinds, freshLocation } from '../src/testing/index.ts';

const quote = { exact: 'gode digitale læremidler', prefix: 'tilgang til ', suffix: '.' };

describe.each(databaseKinds)('suggested edits in the store on %s', (kind) => {
  let store: ReviewStore | undefined;
  let clock = new Date('2026-12-01T10:00:00.000Z');
  afterEach(async () => {
    await store?.close();
    store = undefined;
    clock = new Date('2026-12-01T10:00:00.000Z');
  });

  async function withSuggestion() {
    store = await ReviewStore.open(await freshLocation(kind), () => clock);
    const link = await store.createLink({ name: 'Udir', role: 'reviewer', expiresAt: new Date('2027-01-01T00:00:00.000Z') });
    const base = { linkId: link.id, author: link.name, document: 'T-1', edition: 'utkast', text: 'Kortere.', format: 'text' as const };
    const { comment } = await store.createComment({ ...base, quote, suggestion: 'gode læremidler' });
    return { store, base, comment };
  }

  test('keeps a suggestion with its comment, open until an editor accepts it, and keeps the first decision', async () => {
    const { store, comment } = await withSuggestion();
    expect(comment.suggestion).toEqual({ text: 'gode læremidler', state: 'open', decidedBy: null, decidedAt: null, commit: null, reason: null });
    clock = new Date('2026-12-02T09:00:00.000Z');
    const accepted = await store.decideSuggestion(comment.id, { state: 'accepted', by: 'Redaksjonen', commit: 'abc1234' });
    const decided = {
      text: 'gode læremidler',
      state: 'accepted',
      decidedBy: 'Redaksjonen',
      decidedAt: '2026-12-02T09:00:00.000Z',
      commit: 'abc1234',
      reason: null,
    };
    expect(accepted?.suggestion).toEqual(decided);
    expect(await store.decideSuggestion(comment.id, { state: 'rejected', by: 'Andre', reason: 'Nei.' })).toBeUndefined();
    expect((await store.listComments({ document: 'T-1' }))[0]?.suggestion).toEqual(decided);
  });

  test('records a rejection with its reason; a comment without a suggestion has none to decide', async () => {
    const { store, base, comment } = await withSuggestion();
    const rejected = await store.decideSuggestion(comment.id, { state: 'rejected', by: 'Redaksjonen', reason: 'Ordet «digitale» er med vilje.' });
    expect(rejected?.suggestion).toMatchObject({ state: 'rejected', decidedBy: 'Redaksjonen', reason: 'Ordet «digitale» er med vilje.', commit: null });
    const { comment: plain } = await store.createComment({ ...base, quote });
    expect(plain).not.toHaveProperty('suggestion');
    expect(await store.decideSuggestion(plain.id, { state: 'accepted', by: 'Redaksjonen', commit: null })).toBeUndefined();
  });

  test('refuses a suggestion on a reply or without a quote', async () => {
    const { store, base, comment } = await withSuggestion();
    await expect(store.createComment({ ...base, parentId: comment.id, quote: null, suggestion: 'x' })).rejects.toThrow('A suggestion needs a quoted passage');
    await expect(store.createComment({ ...base, quote: null, suggestion: 'x' })).rejects.toThrow('A suggestion needs a quoted passage');
    expect(await store.countComments()).toBe(1);
  });
});

describe('a suggestion from a client', () => {
  const valid = {
    document: 'T-1',
    edition: 'utkast',
    text: 'Kortere.',
    target: { selector: [{ type: 'TextQuoteSelector', exact: 'gode digitale læremidler' }] },
    suggestion: ' gode læremidler ',
  };
  const refusal = (body: object) => {
    const result = newCommentSchema.safeParse(body);
    return result.success ? undefined : invalidInput(result.error);
  };

  test('is accepted with a quote, trimmed, and refused as a reply, without a quote, empty or too long', () => {
    expect(newCommentSchema.parse(valid).suggestion).toBe('gode læremidler');
    const needsQuote = { code: 'suggestion-without-quote' };
    expect(refusal({ ...valid, target: undefined })).toEqual(needsQuote);
    expect(refusal({ ...valid, replyTo: 3 })).toEqual(needsQuote);
    expect(refusal({ ...valid, suggestion: '  ' })).toEqual({ code: 'suggestion-empty' });
    expect(refusal({ ...valid, suggestion: 'x'.repeat(5001) })).toEqual({ code: 'suggestion-too-long', max: 5000 });
  });

  test('is returned in the annotation with its state', () => {
    const suggestion = { text: 'gode læremidler', state: 'open' as const, decidedBy: null, decidedAt: null, commit: null, reason: null };
    const comment = {
      id: 4,
      linkId: 'l',
      author: 'Udir',
      document: 'T-1',
      edition: 'utkast',
      parentId: null,
      quote: { exact: 'gode digitale læremidler', prefix: '', suffix: '' },
      position: null,
      text: 'Kortere.',
      format: 'text' as const,
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
      resolvedAt: null,
      resolvedBy: null,
      suggestion,
    };
    expect(toAnnotation(comment, { html: '', own: false }).suggestion).toEqual(suggestion);
    expect(toAnnotation({ ...comment, suggestion: null }, { html: '', own: false })).not.toHaveProperty('suggestion');
  });
});
