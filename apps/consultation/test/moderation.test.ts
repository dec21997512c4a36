// Moderation before publication: editors see new responses with the screens' marks, publish, publish anonymised or
// withhold with a reason; the public page and open data show only what was published, as it was published.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus } from '@strategi/model';
import { afterEach, describe, expect, test } from 'vitest';
import { form, receiptLink, respond } from './helpers.ts';
import { csrfOf, decide, type ModeratedService, startModeratedService } from './moderation-helpers.ts';
import { fixtureCopy, releaseAdopted } from './open-fixture.ts';

let service: ModeratedService;
afterEach(() => service?.close());

const PERSONAL = 'Ring meg på 912 34 567 eller skriv til kari@example.no. Fødselsnummer 15038512363.';

async function editorSession(s: ModeratedService) {
  const cookie = (await s.signIn((await s.link('editor')).token))!;
  const page = await (await s.request('/redaksjon', { headers: { cookie } })).text();
  return { cookie, page, csrf: csrfOf(page) };
}

describe('moderating responses', () => {
  test('a new response is listed with what the screens found marked in its text, and is not public', async () => {
    service = await startModeratedService();
    await respond(service, { tekst: PERSONAL });
    const { page } = await editorSession(service);
    expect(page).toContain('Nye høringssvar (1)');
    expect(page).toContain('Teksten kan inneholde personopplysninger:</strong> e-postadresse, telefonnummer, fødselsnummer');
    expect(page).toContain('Ring meg på <mark class="flag" title="telefonnummer">912 34 567</mark>');
    expect(page).toContain('<mark class="flag" title="e-postadresse">kari@example.no</mark>');
    expect(page).toContain('<mark class="flag" title="fødselsnummer">15038512363</mark>');

    const published = await (await service.request('/horing/2022-horing/svar')).text();
    expect(published).toContain('Ingen høringssvar er publisert ennå.');
    expect(published).not.toContain('912 34 567');
    expect(JSON.parse(await (await service.request('/horing/2022-horing/svar.json')).text()).responses).toEqual([]);
  });

  test('publish anonymised: no name, the flagged strings redacted, on the page, in the JSON and in the CSV', async () => {
    service = await startModeratedService();
    await respond(service, { tekst: PERSONAL, organisasjon: 'Foreningen' });
    const [response] = await service.store.listResponses();
    const { cookie, csrf } = await editorSession(service);
    const answer = await service.request(`/redaksjon/svar/${response!.id}`, decide({ _csrf: csrf, handling: 'publish-anonymised', begrunnelse: '' }, cookie));
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe(`/redaksjon#svar-${response!.id}`);
    const stored = await service.store.getResponse(response!.id);
    expect(stored).toMatchObject({ state: 'published-anonymised', moderatedBy: 'Redaktør Rita', flags: ['email', 'phone', 'national-id'] });

    const page = await (await service.request('/horing/2022-horing/svar')).text();
    expect(page).toContain('<h2 id="svar-');
    expect(page).toContain('Navn ikke publisert');
    expect(page).toContain('Ring meg på […] eller skriv til […]. Fødselsnummer […].');
    expect(page).not.toContain('Kari Nordmann');
    expect(page).not.toContain('Foreningen');
    const json = JSON.parse(await (await service.request('/horing/2022-horing/svar.json')).text());
    expect(json.licence.id).toBe('NLOD-2.0');
    expect(json.responses).toEqual([
      expect.objectContaining({ id: response!.id, name: null, organisation: null, text: 'Ring meg på […] eller skriv til […]. Fødselsnummer […].' }),
    ]);
    const csv = await service.request('/horing/2022-horing/svar.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('id,version,document,quote,name,organisation,senderKind,date,inputId,text');
    expect(text).not.toContain('Kari');
  });

  test('a response to the whole version is shown as about the whole draft in moderation, on the page and in the open data', async () => {
    service = await startModeratedService();
    await respond(service, { tekst: 'Hele utkastet er for lite konkret.' }, { path: '/horing/2022-horing' });
    const [response] = await service.store.listResponses();
    const { cookie, csrf, page } = await editorSession(service);
    expect(page).toContain('Ønsker publisering med navn · ');
    expect(page).toMatch(/ · Hele høringsutkastet<\/p>/);
    await service.request(`/redaksjon/svar/${response!.id}`, decide({ _csrf: csrf, handling: 'publish' }, cookie));
    const published = await (await service.request('/horing/2022-horing/svar')).text();
    expect(published).toMatch(/Sendt [^<]+ Gjelder hele høringsutkastet\.<\/p>/);
    const json = JSON.parse(await (await service.request('/horing/2022-horing/svar.json')).text());
    expect(json.responses).toEqual([expect.objectContaining({ id: response!.id, document: null, quote: null, text: 'Hele utkastet er for lite konkret.' })]);
    const csv = (await (await service.request('/horing/2022-horing/svar.csv')).text()).split('\r\n');
    expect(csv[1]).toMatch(new RegExp(`^${response!.id},2022-horing,,,Kari Nordmann,`));
  });

  test('publish as sent shows the name; a text that starts a formula is guarded in the CSV', async () => {
    service = await startModeratedService();
    await respond(service, { tekst: '=HYPERLINK("https://example.com")' });
    const [response] = await service.store.listResponses();
    const { cookie, csrf } = await editorSession(service);
    await service.request(`/redaksjon/svar/${response!.id}`, decide({ _csrf: csrf, handling: 'publish' }, cookie));
    expect(await (await service.request('/horing/2022-horing/svar')).text()).toContain('<h2 id="svar-');
    expect(await (await service.request('/horing/2022-horing/svar')).text()).toContain('Kari Nordmann');
    const csv = await (await service.request('/horing/2022-horing/svar.csv')).text();
    expect(csv).toContain(',"\'=HYPERLINK(""https://example.com"")"\r\n');
  });

  test('withholding needs a reason, and a withheld response leaves no trace in the public page or the open data', async () => {
    service = await startModeratedService();
    const canary = 'KANARI-withheld-7f3a9c';
    await respond(service, { tekst: `Svar med ${canary}.` });
    const [response] = await service.store.listResponses();
    const { cookie, csrf } = await editorSession(service);
    const missing = await service.request(`/redaksjon/svar/${response!.id}`, decide({ _csrf: csrf, handling: 'withhold', begrunnelse: '  ' }, cookie));
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Skriv hvorfor svaret holdes tilbake.');
    expect((await service.store.getResponse(response!.id))?.state).toBe('new');

    await service.request(`/redaksjon/svar/${response!.id}`, decide({ _csrf: csrf, handling: 'withhold', begrunnelse: 'Krenkende innhold.' }, cookie));
    expect(await service.store.getResponse(response!.id)).toMatchObject({ state: 'withheld', withheldReason: 'Krenkende innhold.' });
    const editorPage = await (await service.request('/redaksjon', { headers: { cookie } })).text();
    expect(editorPage).toContain('Holdt tilbake: Krenkende innhold.');
    for (const path of ['/', '/horing/2022-horing/svar', '/horing/2022-horing/svar.json', '/horing/2022-horing/svar.csv', '/horing/2022-horing/mal/M-1']) {
      expect(await (await service.request(path)).text(), path).not.toContain(canary);
    }
  });

  test('a withheld response made into an input leaves no trace in the content, so none in the site built from it', async () => {
    const contentDir = fixtureCopy('strategi-horing-canary-');
    service = await startModeratedService({ contentDir });
    const canary = 'KANARI-innspill-4d1e8b';
    await respond(service, { tekst: `Svar med ${canary}.`, navn: `Navn ${canary}`, organisasjon: `Org ${canary}` });
    const [response] = await service.store.listResponses();
    const { cookie, csrf } = await editorSession(service);
    await service.request(`/redaksjon/svar/${response!.id}`, decide({ _csrf: csrf, handling: 'withhold', begrunnelse: 'Personopplysninger.' }, cookie));
    expect((await service.request('/redaksjon/innspill', decide({ _csrf: csrf, svar: response!.id, runde: 'R-1' }, cookie))).status).toBe(303);
    const files = (await readdir(contentDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(files.some((entry) => entry.name === 'IN-3.md')).toBe(true);
    for (const entry of files) expect(await readFile(path.join(entry.parentPath, entry.name), 'utf8'), entry.name).not.toContain(canary);
  });

  test('a response sent as not public is never public, even when an editor publishes it', async () => {
    service = await startModeratedService();
    await respond(service, { tekst: 'Privat svar.', publisering: 'none' });
    const [response] = await service.store.listResponses();
    const { cookie, csrf, page } = await editorSession(service);
    expect(page).toContain('Avsenderen ville ikke at svaret skulle publiseres.');
    await service.request(`/redaksjon/svar/${response!.id}`, decide({ _csrf: csrf, handling: 'publish' }, cookie));
    expect(await (await service.request('/horing/2022-horing/svar.json')).text()).not.toContain('Privat svar.');
  });
});

describe('a response withdrawn after it became an input', () => {
  test('is named to the editors with its input, whose public text an editor must take out; its own text is not shown', async () => {
    const contentDir = fixtureCopy('strategi-horing-withdrawn-');
    service = await startModeratedService({ contentDir });
    const link = new URL(receiptLink(await (await respond(service, { tekst: 'Trekkes senere: KANARI-trukket-5c2e.' })).text())).pathname;
    const [response] = await service.store.listResponses();
    const { cookie, csrf, page: before } = await editorSession(service);
    expect(before).not.toContain('Trukket etter at de ble innspill');
    await service.request(`/redaksjon/svar/${response!.id}`, decide({ _csrf: csrf, handling: 'publish' }, cookie));
    await service.request('/redaksjon/innspill', decide({ _csrf: csrf, svar: response!.id, runde: 'R-1' }, cookie));
    await service.request(`${link}/trekk`, form({ lang: 'nb' }));
    expect((await service.store.getResponse(response!.id))?.withdrawnAt).not.toBeNull();

    const page = await (await service.request('/redaksjon', { headers: { cookie } })).text();
    expect(page).toContain('<h2 id="trukket">Trukket etter at de ble innspill (1)</h2>');
    expect(page).toMatch(/<li>Innspill IN-3: svaret ble trukket [^<]+\.<\/li>/);
    expect(page).not.toContain('KANARI-trukket-5c2e');
    expect(await (await service.request('/horing/2022-horing/svar')).text()).not.toContain('KANARI-trukket-5c2e');
    const en = await (await service.request('/redaksjon?lang=en', { headers: { cookie } })).text();
    expect(en).toMatch(/<li>Input IN-3: the response was withdrawn [^<]+\.<\/li>/);
  });
});

describe('from response to input', () => {
  test('the button turns a published response into an input of the chosen round, linked back, which a goal can name', async () => {
    const contentDir = fixtureCopy('strategi-horing-input-');
    service = await startModeratedService({ contentDir });
    await respond(service, { tekst: 'Målet bør også gjelde SFO. Ring 912 34 567.' });
    const [response] = await service.store.listResponses();
    const { cookie, csrf } = await editorSession(service);
    await service.request(`/redaksjon/svar/${response!.id}`, decide({ _csrf: csrf, handling: 'publish-anonymised' }, cookie));
    const page = await (await service.request('/redaksjon', { headers: { cookie } })).text();
    expect(page).toContain('<option value="R-1">R-1: Åpent innspillsmøte</option>');

    const made = await service.request('/redaksjon/innspill', decide({ _csrf: csrf, svar: response!.id, runde: 'R-1' }, cookie));
    expect(made.status).toBe(303);
    expect((await service.store.getResponse(response!.id))?.inputId).toBe('IN-3');
    const input = await readFile(path.join(contentDir, 'innspill/IN-3.md'), 'utf8');
    expect(input).toContain('round: R-1\nsender: Høringssvar uten navn\nsenderKind: organisasjon\n');
    expect(input).toContain('summary: Målet bør også gjelde SFO. Ring […].\n');
    expect(input).toContain(`url: http://127.0.0.1:4325/horing/2022-horing/svar#svar-${response!.id}\n`);
    expect(await (await service.request('/redaksjon', { headers: { cookie } })).text()).toContain('Gjort om til innspill IN-3.');
    const json = JSON.parse(await (await service.request('/horing/2022-horing/svar.json')).text());
    expect(json.responses[0].inputId).toBe('IN-3');

    // A second time is refused; a forged token makes nothing.
    const again = await service.request('/redaksjon/innspill', decide({ _csrf: csrf, svar: response!.id, runde: 'R-1' }, cookie));
    expect(again.status).toBe(400);
    expect((await service.request('/redaksjon/innspill', decide({ _csrf: 'x', svar: response!.id, runde: 'R-1' }, cookie))).status).toBe(403);

    const goal = path.join(contentDir, 'mal/M-1.md');
    await writeFile(goal, (await readFile(goal, 'utf8')).replace('inputs: [IN-1]', 'inputs: [IN-1, IN-3]'));
    const corpus = await loadCorpus(contentDir);
    expect(corpus.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(corpus.working.byId.get('M-1')?.data).toMatchObject({ inputs: ['IN-1', 'IN-3'] });

    // The editors answer the input and adopt a version that names it: the published response says what became of it.
    const input3 = path.join(contentDir, 'innspill/IN-3.md');
    await writeFile(
      input3,
      (await readFile(input3, 'utf8')).replace('\nurl:', '\ndisposition:\n  decision: delvis-tatt-til-folge\n  reason: SFO er tatt med i målet.\nurl:'),
    );
    const released = await releaseAdopted(contentDir);
    expect(released.ok).toBe(true);
    const published = await (await service.request('/horing/2022-horing/svar')).text();
    expect(published).toContain('<h3 id="utfall-');
    expect(published).toContain('Hva skjedde med innspillet</h3>\n<p>Svaret ble innspill IN-3. Slik ble det fulgt opp i Vedtatt strategi 2025:</p>');
    expect(published).toContain('<strong>Delvis tatt til følge.</strong> Begrunnelse: SFO er tatt med i målet.');
    expect(published).toContain('<a href="/endringer/2022-horing/2025-vedtatt/#M-1">Mål M-1: Alle barnehager har ansatte med god digital kompetanse.</a>');
  });
});
