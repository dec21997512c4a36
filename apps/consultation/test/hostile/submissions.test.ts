/** What an attacker sends to the form: injection in every field, oversized and malformed bodies, forged forms, floods. */
import { afterEach, describe, expect, test } from 'vitest';
import { DOC, form, formToken, GOOD_FIELDS, mailForFile, ORIGIN, respond, type Service, startService } from '../helpers.ts';

const { smtp, mailer } = await mailForFile();
let service: Service;
afterEach(async () => {
  await service?.close();
});

const SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>"\'';

describe('injection', () => {
  test('HTML and script in every field is stored as text and shown escaped on every page', async () => {
    service = await startService({ mailer });
    const fields = { navn: `Kari ${SCRIPT}`, organisasjon: SCRIPT, tekst: SCRIPT, sitat: SCRIPT, epost: 'kari@example.no' };
    const thanks = await (await respond(service, fields)).text();
    expect(thanks).not.toContain('<script>alert');
    const [stored] = await service.store.listResponses();
    expect(stored).toMatchObject({ name: `Kari ${SCRIPT}`, organisation: SCRIPT, text: SCRIPT, quote: { exact: SCRIPT } });
    const link = new URL(/<p class="receipt-link"><a href="([^"]+)"/.exec(thanks)![1]!).pathname;
    const receipt = await (await service.request(link)).text();
    expect(receipt).not.toContain('<script>alert');
    expect(receipt).not.toContain('<img src=x');
    expect(receipt).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const [mail] = await smtp.waitFor(1);
    expect(mail!.parsed.html).not.toContain('<script>alert');
    expect(mail!.parsed.html).not.toContain('<img src=x');
  });

  test('SQL in every field is stored as written and harms nothing', async () => {
    service = await startService();
    const sql = "x'); DROP TABLE responses; --";
    await respond(service, { navn: sql, organisasjon: sql, tekst: sql, sitat: sql });
    await respond(service);
    const responses = await service.store.listResponses();
    expect(responses.map((r) => r.name)).toEqual([sql, 'Kari Nordmann']);
  });

  test('a line break in the name or e-mail never reaches a mail header', async () => {
    service = await startService({ mailer });
    const name = await respond(service, { navn: 'Kari\r\nBcc: alle@example.no' });
    expect(name.status).toBe(400);
    const email = await respond(service, { epost: 'kari@example.no\r\nBcc: alle@example.no' });
    expect(email.status).toBe(400);
    const encoded = await respond(service, { epost: 'kari@example.no%0d%0aBcc:alle@example.no' });
    expect(encoded.status).toBe(400);
    expect(await service.store.listResponses()).toEqual([]);
    expect(smtp.received).toEqual([]);
  });
});

describe('mass assignment', () => {
  test('a form that sets its own state, moderator, input or flags is stored as a new response and nothing more', async () => {
    service = await startService();
    const answer = await respond(service, {
      state: 'published',
      moderated_by: 'Redaktør',
      moderatedBy: 'Redaktør',
      input_id: 'IN-1',
      inputId: 'IN-1',
      flags: '[]',
      withdrawn_at: '',
      version: '2024-revidert',
      document: 'strategi',
    });
    expect(answer.status).toBe(201);
    const [stored] = await service.store.listResponses();
    expect(stored).toMatchObject({ state: 'new', moderatedBy: null, inputId: null, version: '2022-horing', document: 'mal/M-1', flags: [] });
  });

  test('a response to the whole version that names a document and a passage is stored for the whole version', async () => {
    service = await startService();
    const answer = await respond(
      service,
      { sitat: 'innspillet fra Udir', document: 'mal/M-1', dokument: 'mal/M-1', position: '1' },
      { path: '/horing/2022-horing' },
    );
    expect(answer.status).toBe(201);
    const [stored] = await service.store.listResponses();
    expect(stored).toMatchObject({ document: null, quote: null, position: null });
    for (const path of ['/horing/2022-horing/', '/horing/..%2F2022-horing', '/horing/2022-horing%00']) {
      expect((await service.request(path, form({ ...GOOD_FIELDS }))).status, path).not.toBe(201);
    }
    expect(await service.store.listResponses()).toHaveLength(1);
  });

  test('a correction that sets its own state leaves the response for moderation', async () => {
    service = await startService();
    const thanks = await (await respond(service)).text();
    const link = new URL(/<p class="receipt-link"><a href="([^"]+)"/.exec(thanks)![1]!).pathname;
    await service.request(link, form({ navn: 'K', avsender: 'annen', publisering: 'named', tekst: 'Ny', state: 'published', email: 'ny@example.no' }));
    expect((await service.store.listResponses())[0]).toMatchObject({ state: 'new', text: 'Ny', email: 'kari@example.no' });
  });
});

describe('oversized and malformed submissions', () => {
  test('a text over 20,000 characters is refused beside the field; a body over 256 kB before it is read', async () => {
    service = await startService();
    const long = await respond(service, { tekst: 'x'.repeat(20_001) });
    expect(long.status).toBe(400);
    expect(await long.text()).toContain('Skriv høringssvaret (høyst 20 000 tegn).');
    const page = await (await service.request(DOC)).text();
    service.wait(5_000);
    const huge = await service.request(DOC, form({ ...GOOD_FIELDS, skjema: formToken(page), tekst: 'æ'.repeat(100_000) }));
    expect(huge.status).toBe(413);
    expect(await service.store.listResponses()).toEqual([]);
  });

  test('JSON, a body without a type, a file in a field and a broken encoding are refused without a stack trace', async () => {
    service = await startService();
    const page = await (await service.request(DOC)).text();
    service.wait(5_000);
    const token = formToken(page);
    const json = await service.request(DOC, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...GOOD_FIELDS, skjema: token }),
    });
    expect(json.status).toBe(400);
    const untyped = await service.request(DOC, { method: 'POST', body: 'navn=x' });
    expect(untyped.status).toBe(400);
    const multipart = new FormData();
    for (const [name, value] of Object.entries({ ...GOOD_FIELDS, skjema: token })) multipart.set(name, value);
    multipart.set('tekst', new Blob(['fil']), 'svar.txt');
    const file = await service.request(DOC, { method: 'POST', body: multipart });
    expect(file.status).toBe(400);
    const broken = await service.request(DOC, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `skjema=${encodeURIComponent(token)}&navn=%E0%A4%A&tekst=%ZZ&avsender=annen&publisering=named`,
    });
    // A broken escape is kept as text (an invalid byte becomes U+FFFD, as in a browser), never an error.
    expect(broken.status).toBe(201);
    expect(await broken.text()).not.toMatch(/at .*\.ts:\d+/);
    expect((await service.store.listResponses()).map((r) => [r.name, r.text])).toEqual([['\uFFFD%A', '%ZZ']]);
    const nul = await respond(service, { tekst: 'før\u0000etter' });
    expect(nul.status).toBe(400);
  });

  test('an unknown kind of sender or publication is refused', async () => {
    service = await startService();
    expect((await respond(service, { avsender: 'departement' })).status).toBe(400);
    expect((await respond(service, { publisering: 'public' })).status).toBe(400);
    expect(await service.store.listResponses()).toEqual([]);
  });
});

describe('forged forms and floods', () => {
  test('a form token that is made up, altered or for another version is refused', async () => {
    service = await startService();
    const page = await (await service.request(DOC)).text();
    service.wait(5_000);
    const token = formToken(page);
    const [issued, id, version, signature] = token.split('.');
    const forgeries = [
      '',
      'x',
      `${Number(issued) - 60_000}.${id}.${version}.${signature}`,
      `${issued}.${crypto.randomUUID()}.${version}.${signature}`,
      `${issued}.${id}.2024-revidert.${signature}`,
      `${issued}.${id}.${version}.${signature!.slice(0, -1)}${signature!.endsWith('A') ? 'B' : 'A'}`,
      token.repeat(20),
    ];
    for (const forged of forgeries) {
      const answer = await service.request(DOC, form({ ...GOOD_FIELDS, skjema: forged }));
      expect(answer.status, forged).toBe(400);
      expect(await answer.text()).toContain('Svaret ble ikke tatt imot.');
    }
    expect(await service.store.listResponses()).toEqual([]);
  });

  test('a form older than a day is given back to send again', async () => {
    service = await startService();
    const page = await (await service.request(DOC)).text();
    service.wait(25 * 60 * 60 * 1000);
    const answer = await service.request(DOC, form({ ...GOOD_FIELDS, skjema: formToken(page) }));
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('Skjemaet var for gammelt.');
  });

  test('the honeypot: a filled trap field stores nothing and says thank you', async () => {
    service = await startService();
    const answer = await respond(service, { nettside: 'http://spam.example' });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('Takk for høringssvaret');
    expect(await service.store.listResponses()).toEqual([]);
  });

  test('a flood from one address stops at the limit; another address still gets through', async () => {
    service = await startService({ limits: { perAddressPerHour: 3, perEmailPerDay: 100 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await respond(service, { epost: `p${i}@example.no` }, { address: '198.51.100.7' })).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    expect((await respond(service, {}, { address: '198.51.100.8' })).status).toBe(201);
    service.wait(61 * 60 * 1000);
    expect((await respond(service, { epost: 'ny@example.no' }, { address: '198.51.100.7' })).status).toBe(201);
  });

  test('one e-mail address from many addresses stops at its limit', async () => {
    service = await startService({ limits: { perAddressPerHour: 100, perEmailPerDay: 2 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await respond(service, { epost: 'KARI@example.no' }, { address: `203.0.113.${i}` })).status);
    expect(statuses).toEqual([201, 201, 429, 429]);
    expect(await service.store.listResponses()).toHaveLength(2);
  });

  test('guessed receipt links open nothing, and after ten the address is refused', async () => {
    service = await startService();
    const thanks = await (await respond(service)).text();
    const real = new URL(/<p class="receipt-link"><a href="([^"]+)"/.exec(thanks)![1]!).pathname;
    const guesses = [
      '/kvittering/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      `${real.slice(0, -1)}${real.endsWith('A') ? 'B' : 'A'}`,
      "/kvittering/' OR 1=1 --",
      '/kvittering/..%2f..%2fetc%2fpasswd',
    ];
    for (const guess of guesses) expect((await service.request(guess, { address: '198.51.100.9' })).status).toBe(404);
    const post = await service.request(`${guesses[0]}/trekk`, { ...form({}), address: '198.51.100.9' });
    expect(post.status).toBe(404);
    for (let i = 0; i < 6; i++) await service.request(guesses[0]!, { address: '198.51.100.9' });
    const blocked = await service.request(real, { address: '198.51.100.9' });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await service.request(real, { address: '198.51.100.10' })).status).toBe(200);
    expect((await service.store.listResponses())[0]?.withdrawnAt).toBeNull();
  });
});

describe('host and origin', () => {
  test('a foreign Host is refused before any route; a cross-site post is refused', async () => {
    service = await startService();
    expect((await service.request(DOC, { headers: { host: 'evil.example' } })).status).toBe(421);
    const page = await (await service.request(DOC)).text();
    service.wait(5_000);
    const body = { ...GOOD_FIELDS, skjema: formToken(page) };
    const crossSite = await service.request(DOC, {
      ...form(body),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    const nullOrigin = await service.request(DOC, { ...form(body), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'null' } });
    expect(nullOrigin.status).toBe(403);
    const fetchSite = await service.request(DOC, {
      ...form(body),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, 'sec-fetch-site': 'cross-site' },
    });
    expect(fetchSite.status).toBe(403);
    expect(await service.store.listResponses()).toEqual([]);
  });

  test('every page carries the hardened headers', async () => {
    service = await startService();
    const answer = await service.request(DOC);
    expect(answer.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('x-robots-tag')).toBe('noindex');
  });
});
