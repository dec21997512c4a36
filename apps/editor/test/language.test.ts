/** The interface in bokmål, nynorsk or English, chosen once and kept in a cookie; field labels from the schema's own table. */
import { expect, test } from 'vitest';
import { editorForFile } from './helpers.ts';

const { app } = await editorForFile('draft');

test('bokmål by default', async () => {
  const page = await (await app.request('/dokument/actor/KD')).text();
  expect(page).toContain('<html lang="nb"');
  expect(page).toContain('<label class="ds-label" for="felt-name">Navn');
});

test.each([
  ['nn', 'Dokumenta i arbeidsutkastet', 'Namn'],
  ['en', 'Documents in the working draft', 'Name'],
])('%s is chosen with the switch and kept', async (lang, heading, nameLabel) => {
  const switched = await app.request(`/sprak?lang=${lang}&tilbake=/dokument/actor/KD`);
  expect(switched.status).toBe(303);
  expect(switched.headers.get('location')).toBe('/dokument/actor/KD');
  const cookie = /strategi_redigering_sprak=[^;]+/.exec(switched.headers.get('set-cookie') ?? '')![0];
  const front = await (await app.request('/', { headers: { Cookie: cookie } })).text();
  expect(front).toContain(`<html lang="${lang}"`);
  expect(front).toContain(heading);
  const form = await (await app.request('/dokument/actor/KD', { headers: { Cookie: cookie } })).text();
  expect(form).toContain(`<label class="ds-label" for="felt-name">${nameLabel}`);
});

test('the switch never sends anyone to another site', async () => {
  const response = await app.request('/sprak?lang=nn&tilbake=//angriper.example/');
  expect(response.headers.get('location')).toBe('/');
});
