import { afterEach, describe, expect, test } from 'vitest';
import { DOC, form, formToken, GOOD_FIELDS, receiptLink, respond, type Service, startService } from './helpers.ts';

let service: Service;
afterEach(async () => {
  await service?.close();
});

describe('responding to a document on consultation', () => {
  test('the list shows the version on consultation and its documents with their forms', async () => {
    service = await startService();
    const index = await (await service.request('/')).text();
    expect(index).toContain('Høringsutkast desember 2022');
    expect(index).toContain('href="/horing/2022-horing/mal/M-1"');
    expect(index).not.toContain('2024-revidert');
    const page = await service.request(DOC);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<h1>Mål: Alle barnehager har ansatte med god digital kompetanse.</h1>');
    expect(html).toContain('<label for="sitat">Hvilken del (valgfritt)</label>');
    expect(formToken(html)).not.toBe('');
    expect((await service.request('/horing/2024-revidert/mal/M-1')).status).toBe(404);
    expect((await service.request('/horing/2022-horing/aktorer/KD')).status).toBe(404);
  });

  test('a response to a passage typed without JavaScript is anchored in the document and stored as new', async () => {
    service = await startService();
    const answer = await respond(service, { sitat: 'innspillet fra  Udir', organisasjon: 'Elevrådet' });
    expect(answer.status).toBe(201);
    const html = await answer.text();
    expect(html).toContain('Takk for høringssvaret');
    expect(receiptLink(html)).toMatch(/^http:\/\/127\.0\.0\.1:4325\/kvittering\/[A-Za-z0-9_-]{43}$/);
    const [stored] = await service.store.listResponses();
    expect(stored).toMatchObject({
      version: '2022-horing',
      document: 'mal/M-1',
      quote: { exact: 'innspillet fra Udir', prefix: 'Målet bygger på ', suffix: '.' },
      position: { start: 16, end: 35 },
      name: 'Kari Nordmann',
      organisation: 'Elevrådet',
      senderKind: 'organisasjon',
      publication: 'named',
      state: 'new',
    });
  });

  test('an empty passage means the whole document; a quote not in the text is kept as written', async () => {
    service = await startService();
    await respond(service);
    await respond(service, { sitat: 'Dette står ikke der' });
    const [whole, typed] = await service.store.listResponses();
    expect(whole).toMatchObject({ quote: null, position: null });
    expect(typed).toMatchObject({ quote: { exact: 'Dette står ikke der', prefix: '', suffix: '' }, position: null });
  });

  test('wrong fields get the form back with the values kept and an error beside each', async () => {
    service = await startService();
    const answer = await respond(service, { navn: '', epost: 'ikke en adresse', tekst: '<b>beholdt</b>' });
    expect(answer.status).toBe(400);
    const html = await answer.text();
    expect(html).toContain('<p class="error" id="navn-feil">Skriv navnet ditt (høyst 200 tegn, på én linje).</p>');
    expect(html).toContain('aria-describedby="epost-hint epost-feil" aria-invalid="true"');
    expect(html).toContain('&lt;b&gt;beholdt&lt;/b&gt;</textarea>');
    expect(formToken(html)).not.toBe('');
    expect(await service.store.listResponses()).toEqual([]);
  });

  test('a form sent within three seconds is given back to check, not stored', async () => {
    service = await startService();
    const page = await (await service.request(DOC)).text();
    service.wait(1_000);
    const answer = await service.request(DOC, form({ ...GOOD_FIELDS, skjema: formToken(page) }));
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('Skjemaet ble sendt svært raskt');
    expect(await service.store.listResponses()).toEqual([]);
  });

  test('with a shorter minimum fill time (STRATEGI_HORING_MIN_FILL), a form sent after it is taken, one sent before it given back', async () => {
    service = await startService({ minFillMs: 500 });
    const page = await (await service.request(DOC)).text();
    service.wait(400);
    const early = await service.request(DOC, form({ ...GOOD_FIELDS, skjema: formToken(page) }));
    expect(early.status).toBe(400);
    expect(await early.text()).toContain('Skjemaet ble sendt svært raskt');
    service.wait(200);
    expect((await service.request(DOC, form({ ...GOOD_FIELDS, skjema: formToken(page) }))).status).toBe(201);
    expect(await service.store.listResponses()).toHaveLength(1);
  });

  test('the same form sent twice is one response', async () => {
    service = await startService();
    const page = await (await service.request(DOC)).text();
    service.wait(5_000);
    const body = form({ ...GOOD_FIELDS, skjema: formToken(page) });
    const first = await service.request(DOC, body);
    const second = await service.request(DOC, body);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(await second.text()).toContain('Dette skjemaet er allerede sendt');
    expect(await service.store.listResponses()).toHaveLength(1);
  });

  test('after the deadline the form is closed with a message, and a post is refused', async () => {
    service = await startService();
    const page = await (await service.request(DOC)).text();
    service.setClock(new Date('2023-01-31T22:59:00.000Z')); // 23:59 in Oslo on the deadline day: still open
    expect(await (await service.request(DOC)).text()).toContain('name="skjema"');
    service.setClock(new Date('2023-01-31T23:00:00.000Z'));
    const closed = await (await service.request(DOC)).text();
    expect(closed).toContain('Høringen er avsluttet. Fristen var 31. januar 2023, og det kan ikke sendes flere svar.');
    expect(closed).not.toContain('<form');
    const late = await service.request(DOC, form({ ...GOOD_FIELDS, skjema: formToken(page) }));
    expect(late.status).toBe(403);
    expect(await service.store.listResponses()).toEqual([]);
  });

  test('a response keeps the language of the page it was sent from', async () => {
    service = await startService();
    expect((await respond(service, { lang: 'nn' }, { path: `${DOC}?lang=nn` })).status).toBe(201);
    expect((await respond(service, { lang: 'en' }, { path: `${DOC}?lang=en` })).status).toBe(201);
    expect((await service.store.listResponses()).map((stored) => stored.lang)).toEqual(['nn', 'en']);
  });

  test('nynorsk and English pages', async () => {
    service = await startService();
    const nn = await (await service.request(`${DOC}?lang=nn`)).text();
    expect(nn).toContain('<html lang="nn">');
    expect(nn).toContain('Kva del (valfritt)');
    const en = await respond(service, { lang: 'en', navn: '' }, { path: `${DOC}?lang=en` });
    expect(await en.text()).toContain('Write your name (at most 200 characters, on one line).');
  });
});

describe('responding to the whole version', () => {
  const VERSION = '/horing/2022-horing';

  test('the list and each document link to the version’s page, whose form has no passage', async () => {
    service = await startService();
    const index = await (await service.request('/')).text();
    expect(index).toContain('<a href="/horing/2022-horing#svar">Svar på hele høringsutkastet</a>');
    expect(await (await service.request(DOC)).text()).toContain('<a href="/horing/2022-horing#svar">Svar på hele høringsutkastet</a>');
    const page = await service.request(VERSION);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Høringsutkast desember 2022</h1>');
    expect(html).toContain('<h2 id="svar">Svar på hele høringsutkastet</h2>');
    expect(html).toContain('href="/horing/2022-horing/mal/M-1"');
    expect(html).toContain('<a href="/horing/2022-horing/svar">Les de publiserte høringssvarene</a>');
    expect(html).toContain('<form method="post" action="/horing/2022-horing"');
    expect(html).not.toContain('name="sitat"');
    expect(formToken(html)).not.toBe('');
    expect((await service.request('/horing/2024-revidert')).status).toBe(404);
  });

  test('a response is stored with no document and no passage, and its receipt says it is about the whole draft', async () => {
    service = await startService();
    const answer = await respond(service, {}, { path: VERSION });
    expect(answer.status).toBe(201);
    const [stored] = await service.store.listResponses();
    expect(stored).toMatchObject({ version: '2022-horing', document: null, quote: null, position: null, state: 'new' });
    const receipt = await (await service.request(new URL(receiptLink(await answer.text())).pathname)).text();
    expect(receipt).toContain('<p>Høringsutkast desember 2022</p>');
    expect(receipt).toContain('<p>Gjelder hele høringsutkastet.</p>');
  });

  test('after the deadline the version’s page has no form and a post is refused', async () => {
    service = await startService();
    const page = await (await service.request(VERSION)).text();
    service.setClock(new Date('2023-02-01T10:00:00.000Z'));
    const closed = await (await service.request(VERSION)).text();
    expect(closed).toContain('Høringen er avsluttet. Fristen var 31. januar 2023, og det kan ikke sendes flere svar.');
    expect(closed).not.toContain('<form');
    expect((await service.request(VERSION, form({ ...GOOD_FIELDS, skjema: formToken(page) }))).status).toBe(403);
    expect(await service.store.listResponses()).toEqual([]);
  });

  test('nynorsk and English', async () => {
    service = await startService();
    const nn = await (await service.request(`${VERSION}?lang=nn`)).text();
    expect(nn).toContain('<h2 id="svar">Svar på heile høyringsutkastet</h2>');
    expect(nn).toContain('Svaret ditt gjeld heile høyringsutkastet');
    const en = await (await service.request(`${VERSION}?lang=en`)).text();
    expect(en).toContain('<h2 id="svar">Respond to the whole consultation draft</h2>');
    expect(en).toContain('href="/horing/2022-horing/mal/M-1?lang=en"');
  });
});
