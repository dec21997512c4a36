/** The colophon's lines, from the page and the version's open data. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { colophonLines, colophonSource } from '../src/pdf/colophon.ts';

const cover = {
  lang: 'nb',
  heading: 'Strategi for digital kompetanse',
  title: 'Strategi for digital kompetanse – Vedtatt strategi, april 2023',
  owners: 'Kunnskapsdepartementet og KS',
  released: '20. april 2023',
};

describe('the colophon', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'strategi-colophon-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const openData = (id: string, strategy: Record<string, unknown>) => {
    mkdirSync(path.join(dist, 'data', id), { recursive: true });
    writeFileSync(
      path.join(dist, 'data', id, 'strategi.json'),
      JSON.stringify({ documents: { strategi: [{ kind: 'strategy', id: 'strategi', ...strategy }] } }),
    );
  };

  test('names the strategy, its publishers, version and day, publication number, ISBN, stable address and licence, in that order', () => {
    openData('2023-vedtatt', { publicationNumber: 'V-0123 B', isbn: '978-82-0000-000-6' });
    const source = colophonSource(dist, '2023-vedtatt', 'https://strategi.example.no');
    expect(source).toEqual({ publicationNumber: 'V-0123 B', isbn: '978-82-0000-000-6', stableUrl: 'https://strategi.example.no/versjoner/2023-vedtatt/' });
    expect(colophonLines(cover, source).map((line) => (line.label ? `${line.label}: ${line.text}` : line.text))).toEqual([
      'Strategi for digital kompetanse',
      'Utgitt av: Kunnskapsdepartementet og KS',
      'Versjon: Vedtatt strategi, april 2023',
      'Publisert: 20. april 2023',
      'Publikasjonsnummer: V-0123 B',
      'ISBN: 978-82-0000-000-6',
      'Varig adresse: https://strategi.example.no/versjoner/2023-vedtatt/',
      'Lisens: Teksten kan brukes fritt etter Norsk lisens for offentlige data (NLOD) 2.0. Oppgi Kunnskapsdepartementet og KS som kilde.',
    ]);
    expect(colophonLines({ ...cover, licenceHolder: 'Utdanningsdirektoratet' }, source).at(-1)?.text).toBe(
      'Teksten kan brukes fritt etter Norsk lisens for offentlige data (NLOD) 2.0. Oppgi Utdanningsdirektoratet som kilde.',
    );
    expect(colophonLines(cover, source).find((line) => line.href)?.href).toBe('https://strategi.example.no/versjoner/2023-vedtatt/');
  });

  test('leaves out what is not known: numbers the strategy does not give, the address of a site without one, the day of a draft', () => {
    openData('2024-utkast', { title: 'Strategi' });
    const source = colophonSource(dist, '2024-utkast', undefined);
    expect(source).toEqual({});
    expect(colophonSource(dist, 'utkast', 'https://strategi.example.no')).toEqual({ stableUrl: 'https://strategi.example.no/versjoner/utkast/' });
    const draft = { ...cover, title: 'Strategi for digital kompetanse – Arbeidsutkast', released: undefined, lang: 'en' };
    expect(colophonLines(draft, source).map((line) => line.label)).toEqual([undefined, 'Published by', 'Version', 'Licence']);
  });
});
