/**
 * Releasing from the editor as safely as `strategi release`: the page shows what would be frozen and the draft's
 * warnings, nothing is written before the confirmation, a consultation's deadline and address reach `versjon.md`,
 * a release git does not hold yet is undone with the model's undo, and an id in use is refused in Norwegian.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { osloMoment } from '../src/release-flow.ts';
import { editorForFile, post, setField, setFields, submitForm } from './helpers.ts';

const { repository, app } = await editorForFile('draft', { reset: true });

const versions = () => readdirSync(path.join(repository.content, 'versjoner')).sort();

/** The release form filled in as an editor would, without a consultation. */
async function filledForm(fields: Record<string, string> = {}) {
  const { body } = submitForm(await (await app.request('/frigi')).text(), undefined, '/frigi');
  const values = {
    id: '2026-horing',
    status: 'høring',
    label: 'Høringsutkast 2026',
    date: '2026-12-01',
    change: 'vesentlig',
    changeNote: 'Nytt kapittel.',
    ...fields,
  };
  setFields(body, values);
  return body;
}

/** Sends the form, then presses «Frigi versjonen» on the confirmation page. */
async function releaseConfirmed(body: URLSearchParams) {
  const confirmation = await (await post(app, '/frigi', body)).text();
  return post(app, '/frigi', submitForm(confirmation, { name: 'steg', value: 'frigi' }, '/frigi').body);
}

describe('before the release', () => {
  test('the page lists what would be frozen, by kind, and names no command', async () => {
    const page = await (await app.request('/frigi')).text();
    expect(page).toContain('Dette fryses');
    expect(page).toMatch(/<td>Tiltak<\/td><td>\d+<\/td>/);
    expect(page).toContain('Arbeidsutkastet har ingen advarsler.');
    expect(page).not.toMatch(/pnpm|strategi release|build:preview/);
  });

  test('the working draft’s warnings are listed with links to their documents', async () => {
    appendFileSync(path.join(repository.content, 'tiltak', 'T-2.md'), '\n<!-->\n\nMer tekst.\n');
    const page = await (await app.request('/frigi')).text();
    expect(page).toContain('Advarsler i arbeidsutkastet (1)');
    expect(page).toMatch(/<a class="ds-link" href="\/dokument\/measure\/T-2">content\/tiltak\/T-2\.md:\d+:\d+<\/a>/);
  });

  test('sending the form writes nothing: it asks for confirmation and repeats what will happen', async () => {
    const before = versions();
    const response = await post(app, '/frigi', await filledForm());
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('Bekreft frigivelsen');
    expect(page).toMatch(/Frigivelsen fryser \d+ filer som versjonen «2026-horing»\./);
    expect(page).toContain('En frigitt versjon endres aldri.');
    expect(versions()).toEqual(before);
  });

  test('the confirmation lists the warnings that go into the version', async () => {
    appendFileSync(path.join(repository.content, 'tiltak', 'T-2.md'), '\n<!-->\n\nMer tekst.\n');
    const page = await (await post(app, '/frigi', await filledForm())).text();
    expect(page).toContain('1 advarsel blir med i versjonen.');
    expect(page).toContain('href="/dokument/measure/T-2"');
  });

  test('«Tilbake og endre» returns to the form with what was typed, and writes nothing', async () => {
    const confirmation = await (await post(app, '/frigi', await filledForm({ changeNote: 'Tekst som skal stå igjen.' }))).text();
    const page = await (await post(app, '/frigi', submitForm(confirmation, { name: 'steg', value: 'tilbake' }, '/frigi').body)).text();
    expect(page).toContain('Tekst som skal stå igjen.');
    expect(existsSync(path.join(repository.content, 'versjoner', '2026-horing'))).toBe(false);
  });

  test('a form missing its change note, or with half a consultation, is refused in words before the model is asked', async () => {
    const response = await post(app, '/frigi', await filledForm({ changeNote: '', consultationDeadline: '2027-01-31' }));
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('Skriv hva som er endret, i en setning eller to.');
    expect(page).toContain('Fyll ut både høringsfristen og adressen for høringssvar, eller ingen av dem.');
  });
});

describe('the release', () => {
  test('writes the consultation’s deadline and address and the publishing time into versjon.md', async () => {
    const body = await filledForm({ consultationDeadline: '2027-01-31', consultationUrl: 'https://www.regjeringen.no/horing', publishAt: '2027-01-15T10:00' });
    const response = await releaseConfirmed(body);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toMatch(/Versjonen «2026-horing» er frigitt med \d+ filer\./);
    const description = readFileSync(path.join(repository.content, 'versjoner', '2026-horing', 'versjon.md'), 'utf8');
    expect(description).toMatch(/^consultation:\n {2}deadline: 2027-01-31\n {2}url: https:\/\/www\.regjeringen\.no\/horing$/m);
    expect(description).toMatch(/^publishAt: 2027-01-15T10:00\+01:00$/m);
    expect(description).toMatch(/^change: vesentlig$/m);
    expect(description).toMatch(/^changeNote: Nytt kapittel\.$/m);
  });

  test('a second release with the same id is refused in Norwegian', async () => {
    expect((await releaseConfirmed(await filledForm())).status).toBe(200);
    const again = await post(app, '/frigi', await filledForm());
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Det finnes allerede en versjon med id-en «2026-horing». Velg en annen id.');
  });

  test('a confirmation for another number of files (the draft changed in between) is asked again, not released', async () => {
    const confirmation = await (await post(app, '/frigi', await filledForm())).text();
    const { body } = submitForm(confirmation, { name: 'steg', value: 'frigi' }, '/frigi');
    setField(body, 'filer', '1');
    const page = await (await post(app, '/frigi', body)).text();
    expect(page).toContain('Bekreft frigivelsen');
    expect(existsSync(path.join(repository.content, 'versjoner', '2026-horing'))).toBe(false);
  });
});

describe('«Angre frigivelsen»', () => {
  test('undoes a release that is not committed: the working tree is as before', async () => {
    const before = repository.git('status', '--porcelain', '--untracked-files=all');
    await releaseConfirmed(await filledForm());
    const page = await (await app.request('/frigi')).text();
    expect(page).toContain('Angre frigivelsen av «2026-horing»');
    const undone = await post(app, '/frigi/angre', submitForm(page, undefined, '/frigi/angre').body);
    expect(undone.status).toBe(200);
    const after = await undone.text();
    expect(after).toContain('Frigivelsen av «2026-horing» er angret.');
    expect(after).not.toContain('Angre frigivelsen av');
    expect(repository.git('status', '--porcelain', '--untracked-files=all')).toBe(before);
  });

  test('is not offered, and refused, once the release is committed', async () => {
    await releaseConfirmed(await filledForm());
    const page = await (await app.request('/frigi')).text();
    const { body } = submitForm(page, undefined, '/frigi/angre');
    repository.git('add', '--all');
    repository.git('commit', '--quiet', '-m', 'Frigitt');
    expect(await (await app.request('/frigi')).text()).not.toContain('Angre frigivelsen av «2026-horing»');
    const refused = await post(app, '/frigi/angre', body);
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('«2026-horing» er sendt inn og kan være publisert');
    expect(existsSync(path.join(repository.content, 'versjoner', '2026-horing', 'versjon.md'))).toBe(true);
  });
});

test('a publishing time without an offset is read as Norwegian time, winter and summer', () => {
  expect(osloMoment('2027-01-15T10:00')).toBe('2027-01-15T10:00+01:00');
  expect(osloMoment('2027-06-15T10:00')).toBe('2027-06-15T10:00+02:00');
  expect(osloMoment('2027-06-15T10:00+00:00')).toBe('2027-06-15T10:00+00:00');
  expect(osloMoment('i morgen')).toBeUndefined();
});

describe('the rules of a consultation (utredningsinstruksen 3-3), from the model', () => {
  test('a deadline under six weeks is refused without a reason and written nowhere; with one it is released, warning', async () => {
    const short = { consultationDeadline: '2026-12-20', consultationUrl: 'https://www.regjeringen.no/horing' };
    const refused = await post(app, '/frigi', await filledForm(short));
    const refusal = await refused.text();
    expect(refusal).toContain('Høringsfristen «2026-12-20» er bare 19 dager etter frigivelsen, kortere enn seks uker, og ingen begrunnelse er gitt.');
    expect(existsSync(path.join(repository.content, 'versjoner', '2026-horing'))).toBe(false);

    const body = await filledForm({ ...short, consultationReason: 'Fristen følger av EØS-retten.' });
    const confirmation = await (await post(app, '/frigi', body)).text();
    expect(confirmation).toContain('Bekreft frigivelsen');
    expect(confirmation).toContain('Begrunnelse: «Fristen følger av EØS-retten.».');
    const page = await (await releaseConfirmed(body)).text();
    expect(page).toMatch(/Versjonen «2026-horing» er frigitt med \d+ filer\./);
  });
});
