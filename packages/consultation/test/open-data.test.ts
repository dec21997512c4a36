import { describe, expect, test } from 'vitest';
import { OPEN_DATA_COLUMNS, openDataJson, openDataRows, publicResponse, publicResponses } from '../src/open-data.ts';
import type { ConsultationResponse } from '../src/store/store.ts';

const response = (change: Partial<ConsultationResponse>): ConsultationResponse => ({
  id: 'r-1',
  version: '2025-horing',
  document: 'mal/M-1',
  quote: { exact: 'alle elever', prefix: 'at ', suffix: ' skal' },
  position: { start: 3, end: 14 },
  name: 'Kari Nordmann',
  organisation: 'Foreningen',
  senderKind: 'organisasjon',
  email: 'kari@example.no',
  publication: 'named',
  text: 'Ring meg på 912 34 567.',
  createdAt: '2025-02-01T10:00:00.000Z',
  updatedAt: '2025-02-01T10:00:00.000Z',
  withdrawnAt: null,
  state: 'published',
  moderatedBy: 'Redaktør',
  moderatedAt: '2025-02-02T10:00:00.000Z',
  withheldReason: null,
  flags: ['phone'],
  inputId: null,
  lang: 'nb',
  ...change,
});

describe('what the public sees of a response', () => {
  test('a published, named response: name and organisation, no e-mail or moderation fields', () => {
    expect(publicResponse(response({}))).toEqual({
      id: 'r-1',
      version: '2025-horing',
      document: 'mal/M-1',
      quote: 'alle elever',
      name: 'Kari Nordmann',
      organisation: 'Foreningen',
      senderKind: 'organisasjon',
      text: 'Ring meg på 912 34 567.',
      date: '2025-02-01',
      inputId: null,
    });
  });

  test('published anonymised: no name or organisation, and the screened strings redacted', () => {
    expect(publicResponse(response({ state: 'published-anonymised' }))).toMatchObject({ name: null, organisation: null, text: 'Ring meg på […].' });
  });

  test('a response sent without a name is never shown with one, even when published as it is', () => {
    expect(publicResponse(response({ publication: 'anonymous' }))).toMatchObject({ name: null, organisation: null, text: 'Ring meg på 912 34 567.' });
  });

  test('new, withheld, withdrawn and «not public» responses are not public', () => {
    expect(publicResponse(response({ state: 'new' }))).toBeUndefined();
    expect(publicResponse(response({ state: 'withheld', withheldReason: 'Personopplysninger' }))).toBeUndefined();
    expect(publicResponse(response({ withdrawnAt: '2025-02-03T10:00:00.000Z' }))).toBeUndefined();
    expect(publicResponse(response({ publication: 'none' }))).toBeUndefined();
  });

  test('the JSON carries the licence and only the public responses of its version', () => {
    const data = JSON.parse(
      openDataJson(
        '2025-horing',
        publicResponses([response({}), response({ id: 'r-2', state: 'withheld', text: 'hemmelig' }), response({ id: 'r-3', version: 'annen' })]),
      ),
    );
    expect(data.licence).toEqual({ id: 'NLOD-2.0', url: 'https://data.norge.no/nlod/no/2.0' });
    expect(data.responses.map((r: { id: string }) => r.id)).toEqual(['r-1']);
  });

  test('the CSV rows have a heading and one row per public response, column by column', () => {
    const rows = openDataRows(publicResponses([response({ text: '=HYPERLINK("x")' })]));
    expect(rows[0]).toEqual([...OPEN_DATA_COLUMNS]);
    expect(rows[1]).toEqual([
      'r-1',
      '2025-horing',
      'mal/M-1',
      'alle elever',
      'Kari Nordmann',
      'Foreningen',
      'organisasjon',
      '2025-02-01',
      null,
      '=HYPERLINK("x")',
    ]);
  });
});
