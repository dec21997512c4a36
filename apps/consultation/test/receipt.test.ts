import { afterEach, describe, expect, test } from 'vitest';
import { form, mailForFile, receiptLink, respond, type Service, startService } from './helpers.ts';

const { smtp, mailer } = await mailForFile();
let service: Service;
afterEach(async () => {
  await service?.close();
});

/** The receipt link's path, as read from the mail's plain text. */
const linkInMail = (text: string) => new URL(/(http:\/\/127\.0\.0\.1:4325\/kvittering\/\S+)/.exec(text)![1]!);

describe('the receipt and its private link', () => {
  test('a receipt goes to the given address with the link, the response and the deadline', async () => {
    service = await startService({ mailer });
    const answer = await respond(service, { tekst: 'Første versjon.' });
    const page = await answer.text();
    expect(page).toContain('Vi sender en kvittering til kari@example.no.');
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual(['kari@example.no']);
    expect(mail!.parsed.subject).toBe('Kvittering for høringssvar: Høringsutkast desember 2022: Alle barnehager har ansatte med god digital kompetanse.');
    const text = mail!.parsed.text ?? '';
    expect(text).toContain('fram til fristen 31. januar 2023');
    expect(text).toContain('> Første versjon.');
    expect(linkInMail(text).href).toBe(receiptLink(page));
  });

  test('the link shows the response; a correction is saved and goes back to moderation; a withdrawal ends it', async () => {
    service = await startService({ mailer });
    await respond(service, { tekst: 'Første versjon.', sitat: 'innspillet fra Udir' });
    const [mail] = await smtp.waitFor(1);
    const link = linkInMail(mail!.parsed.text ?? '').pathname;
    const shown = await service.request(link);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('x-robots-tag')).toBe('noindex');
    const html = await shown.text();
    expect(html).toContain('Første versjon.</textarea>');
    expect(html).toContain('<blockquote class="quote">innspillet fra Udir</blockquote>');

    const [stored] = await service.store.listResponses();
    await service.store.moderate(stored!.id, { action: 'publish', by: 'Redaktør' });
    service.wait(60_000);
    const corrected = await service.request(
      link,
      form({ navn: 'Kari N.', organisasjon: 'Lag', avsender: 'annen', publisering: 'anonymous', tekst: 'Rettet versjon.', state: 'published' }),
    );
    expect(corrected.status).toBe(200);
    expect(await corrected.text()).toContain('Rettelsen er lagret.');
    expect(await service.store.getResponse(stored!.id)).toMatchObject({
      name: 'Kari N.',
      organisation: 'Lag',
      senderKind: 'annen',
      publication: 'anonymous',
      text: 'Rettet versjon.',
      state: 'new',
      quote: { exact: 'innspillet fra Udir' },
      email: 'kari@example.no',
    });

    const withdrawn = await service.request(`${link}/trekk`, form({ lang: 'nb' }));
    expect(await withdrawn.text()).toContain('Svaret er trukket. Det blir ikke publisert.');
    expect((await service.store.getResponse(stored!.id))?.withdrawnAt).not.toBeNull();
    const again = await service.request(link, form({ navn: 'X', avsender: 'annen', publisering: 'named', tekst: 'Igjen' }));
    expect(again.status).toBe(410);
    expect((await service.store.getResponse(stored!.id))?.text).toBe('Rettet versjon.');
  });

  test('after the deadline the link shows the response but takes no correction or withdrawal', async () => {
    service = await startService();
    const link = new URL(receiptLink(await (await respond(service)).text())).pathname;
    service.setClock(new Date('2023-02-01T12:00:00.000Z'));
    const html = await (await service.request(link)).text();
    expect(html).toContain('Fristen er ute. Svaret kan ikke lenger rettes eller trekkes.');
    expect(html).not.toContain('<form');
    expect((await service.request(link, form({ navn: 'X', avsender: 'annen', publisering: 'named', tekst: 'Sent' }))).status).toBe(403);
    expect((await service.request(`${link}/trekk`, form({}))).status).toBe(403);
    const [stored] = await service.store.listResponses();
    expect(stored).toMatchObject({ text: 'Vi støtter målet.', withdrawnAt: null });
  });

  test('without SMTP nothing is mailed, and the page still gives the link', async () => {
    service = await startService();
    const page = await (await respond(service)).text();
    expect(page).not.toContain('Vi sender en kvittering');
    expect(receiptLink(page)).not.toBe('');
    expect(smtp.received).toEqual([]);
  });

  test('a mail server that refuses does not lose the response', async () => {
    service = await startService({ mailer });
    smtp.failing = true;
    try {
      const answer = await respond(service);
      expect(answer.status).toBe(201);
      expect(await service.store.listResponses()).toHaveLength(1);
    } finally {
      smtp.failing = false;
    }
  });

  test('a receipt in English for a response sent in English, and its page in English', async () => {
    service = await startService({ mailer });
    await respond(service, { lang: 'en' }, { path: '/horing/2022-horing/mal/M-1?lang=en' });
    const [mail] = await smtp.waitFor(1);
    expect(mail!.parsed.subject).toBe(
      'Receipt for your consultation response: Høringsutkast desember 2022: Alle barnehager har ansatte med god digital kompetanse.',
    );
    const link = linkInMail(mail!.parsed.text ?? '');
    expect(link.search).toBe('?lang=en');
    const page = await (await service.request(`${link.pathname}${link.search}`)).text();
    expect(page).toContain('<h1>Your response</h1>');
    expect(page).toContain('You can correct or withdraw the response until the deadline, 31 January 2023.');
  });

  test('a correction with an empty text is given back with the error, and nothing changes', async () => {
    service = await startService();
    const link = new URL(receiptLink(await (await respond(service)).text())).pathname;
    const answer = await service.request(link, form({ navn: 'Kari', avsender: 'annen', publisering: 'named', tekst: '  ' }));
    expect(answer.status).toBe(400);
    const html = await answer.text();
    expect(html).toContain('<p class="error" id="tekst-feil">Skriv høringssvaret (høyst 20 000 tegn).</p>');
    expect((await service.store.listResponses())[0]).toMatchObject({ text: 'Vi støtter målet.', name: 'Kari Nordmann' });
  });
});
