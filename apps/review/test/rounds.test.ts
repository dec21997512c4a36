import { csrfToken } from '@strategi/hosting';
import { databaseKinds } from '@strategi/review/testing';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { json, openApp, type TestApp } from './helpers.ts';

const form = (fields: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

describe.each(databaseKinds)('a review round on %s', (kind) => {
  let app: TestApp;
  let clock: Date;
  let reviewer: { id: string; cookie: string };
  beforeEach(async () => {
    clock = new Date('2026-12-10T10:00:00.000Z');
    app = await openApp(kind, { now: () => clock });
    reviewer = await app.link('KS sekretariatet', 'reviewer', new Date('2027-01-10T00:00:00.000Z'));
    await app.store.createRound({ name: 'Høring desember', edition: 'utkast', kind: 'intern', deadline: new Date('2026-12-17T15:00:00.000Z') });
  });
  afterEach(() => app.close());

  const post = (body: unknown) => app.request('/api/kommentarer', { ...json(body), cookie: reviewer.cookie });
  const comment = { document: 'T-1', edition: 'utkast', text: 'Gjelder dette også SFO?' };

  test('takes comments until its deadline, then refuses comments and replies as JSON and as a page', async () => {
    const first = await post(comment);
    expect(first.status).toBe(201);
    const { number } = await first.json();
    clock = new Date('2026-12-17T15:00:01.000Z');
    const late = await post({ ...comment, replyTo: number });
    expect(late.status).toBe(403);
    expect(await late.json()).toEqual({
      error: 'Fristen for kommentarrunden «Høring desember» gikk ut 17. desember 2026 kl. 16.00 (norsk tid), og nye kommentarer og svar tas ikke imot.',
      hint: 'Kommentarene som alt er skrevet, er tatt vare på. Ta kontakt med redaksjonen om du har flere innspill.',
    });
    const page = await app.request('/_review/kommentarer', {
      ...form({ _csrf: csrfToken(app.secret, 'review', reviewer.id), dokument: 'T-1', utgave: 'utkast', tilbake: '/', tekst: 'For sent' }),
      cookie: reviewer.cookie,
    });
    expect(page.status).toBe(403);
    const html = await page.text();
    expect(html).toContain('Fristen for kommentarrunden «Høring desember» gikk ut 17. desember 2026 kl. 16.00 (norsk tid)');
    expect(html).toContain('Ta kontakt med redaksjonen om du har flere innspill.');
    expect((await app.store.listComments()).map((item) => item.text)).toEqual(['Gjelder dette også SFO?']);
    // A version no round reviews still takes comments.
    expect((await post({ ...comment, edition: '2026-v1' })).status).toBe(201);
  });

  test('a closed round refuses comments before its deadline', async () => {
    await app.store.closeRound('Høring desember');
    const refused = await post(comment);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toBe('Kommentarrunden «Høring desember» er avsluttet, og nye kommentarer og svar tas ikke imot.');
    expect(await app.store.listComments()).toEqual([]);
  });
  test('the reviewer sees what became of a resolved comment, and the change page that answered it', async () => {
    const { number } = await (await post(comment)).json();
    const open = await (await app.request(`/api/kommentarer/${number}`, { cookie: reviewer.cookie })).json();
    expect(open.disposition).toBeUndefined();
    await app.store.resolveWithDisposition(number, {
      disposition: 'delvis-tatt-til-folge',
      reason: 'Vi nevner SFO i bakgrunnen.',
      answeredIn: { from: '2026-v1', version: '2026-v2', document: 'T-1' },
      by: 'Redaksjonen',
    });
    const expected = {
      value: 'delvis-tatt-til-folge',
      label: 'delvis tatt til følge',
      reason: 'Vi nevner SFO i bakgrunnen.',
      decidedAt: expect.any(String),
      decidedBy: 'Redaksjonen',
      answeredIn: { from: '2026-v1', version: '2026-v2', document: 'T-1', path: '/endringer/2026-v1/2026-v2/#T-1' },
    };
    expect((await (await app.request(`/api/kommentarer/${number}`, { cookie: reviewer.cookie })).json()).disposition).toEqual(expected);
    const list = await (await app.request('/api/kommentarer?document=T-1', { cookie: reviewer.cookie })).json();
    expect(list.items.map((item: { disposition?: unknown }) => item.disposition)).toEqual([expected]);
  });
});
