// The kinds of senders the form offers are the strategy's own (`senderKinds` in nettsted.yaml), named in the page's
// language, and the service takes no other: the fixture declares kommune, Udir, organisasjon and annen.
import { afterEach, describe, expect, test } from 'vitest';
import { DOC, form, receiptLink, respond, type Service, startService } from './helpers.ts';

let service: Service;
afterEach(async () => {
  await service?.close();
});

/** The picker's options as [value, label], and the one selected. */
function picker(html: string): { options: string[][]; selected: string | undefined } {
  const select = /<select id="avsender"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '';
  const options = [...select.matchAll(/<option value="([^"]*)"( selected)?>([^<]*)<\/option>/g)];
  return { options: options.map((match) => [match[1]!, match[3]!]), selected: options.find((match) => match[2])?.[1] };
}

describe('the kinds of senders', () => {
  test('the form offers the kinds the strategy declares, with their names in the page’s language', async () => {
    service = await startService();
    expect(picker(await (await service.request(DOC)).text()).options).toEqual([
      ['', ''],
      ['kommune', 'Kommune'],
      ['Udir', 'Utdanningsdirektoratet'],
      ['organisasjon', 'Organisasjon'],
      ['annen', 'Annen'],
    ]);
    expect(picker(await (await service.request(`${DOC}?lang=en`)).text()).options).toEqual([
      ['', ''],
      ['kommune', 'Municipality'],
      ['Udir', 'Directorate for Education and Training'],
      ['organisasjon', 'Organisation'],
      ['annen', 'Other'],
    ]);
  });

  test('a declared kind is stored; a kind of the tool’s own list the strategy does not declare is refused beside the field', async () => {
    service = await startService();
    const refused = await respond(service, { avsender: 'statlig' });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('<p class="error" id="avsender-feil">');
    expect(picker(html).options.map(([value]) => value)).not.toContain('statlig');
    expect(await service.store.listResponses()).toEqual([]);
    expect((await respond(service, { avsender: 'Udir' })).status).toBe(201);
    expect((await service.store.listResponses()).map((response) => response.senderKind)).toEqual(['Udir']);
  });

  test('a correction offers the same kinds with the stored one chosen, and takes only those', async () => {
    service = await startService();
    const link = new URL(receiptLink(await (await respond(service, { avsender: 'Udir' })).text())).pathname;
    expect(picker(await (await service.request(link)).text())).toMatchObject({ selected: 'Udir' });
    const fields = { navn: 'Kari Nordmann', organisasjon: '', publisering: 'named', tekst: 'Rettet.' };
    service.wait(60_000);
    expect((await service.request(link, form({ ...fields, avsender: 'statlig' }))).status).toBe(400);
    expect((await service.request(link, form({ ...fields, avsender: 'kommune' }))).status).toBe(200);
    expect((await service.store.listResponses()).map((response) => response.senderKind)).toEqual(['kommune']);
  });
});
