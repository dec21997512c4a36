/** A document body with raw HTML, script, comments and internal notes: the public page shows none of it. */
import { afterEach, expect, test } from 'vitest';
import { type Service, startService } from '../helpers.ts';

let service: Service;
afterEach(async () => {
  await service?.close();
});

test('raw HTML, script, HTML comments, unused link definitions and internal notes never reach the page', async () => {
  service = await startService();
  const measure = await (await service.request('/horing/2022-horing/tiltak/T-1')).text();
  expect(measure).toContain('Udir lager en kompetansepakke om digital praksis i barnehagen.');
  expect(measure).toContain('<a href="https://www.udir.no/">veilederen</a>');
  const other = await (await service.request('/horing/2022-horing/tiltak/T-3')).text();
  for (const page of [measure, other]) {
    for (const canary of ['RAWHTMLMARKOR5M', 'KOMMENTARMARKOR3X', 'DEFINISJONSMARKOR8P', 'INTERNNOTATMARKOR9K', 'onmouseover']) {
      expect(page).not.toContain(canary);
    }
    expect(page.match(/<script/g)).toEqual(['<script']);
  }
});
