import { describe, expect, test } from 'vitest';
import { redact } from '../src/anonymise.ts';
import { isNationalId, screenFlags, screenText } from '../src/screening.ts';

const found = (text: string) => screenText(text).map((hit) => `${hit.screen}:${hit.text}`);

describe('screening a response', () => {
  test('finds an e-mail address, with its place', () => {
    const text = 'Skriv til kari.nordmann@kommune.no for mer.';
    expect(screenText(text)).toEqual([{ screen: 'email', start: 10, end: 34, text: 'kari.nordmann@kommune.no' }]);
  });

  test('finds Norwegian phone numbers as people write them, and international ones with +', () => {
    expect(found('Ring 91234567, 912 34 567, 22 33 44 55, +47 912 34 567, 0047 91234567 eller +46 70 123 45 67.')).toEqual([
      'phone:91234567',
      'phone:912 34 567',
      'phone:22 33 44 55',
      'phone:+47 912 34 567',
      'phone:0047 91234567',
      'phone:+46 70 123 45 67',
    ]);
  });

  test('does not take years, amounts, dates or section numbers for phone numbers', () => {
    expect(found('I 2023 brukte vi 1 500 000 kroner, jf. § 12-3, fra 01.02.2024 til 2030, sak 24/1234.')).toEqual([]);
  });

  test('finds a fødselsnummer or D-number by its check digits and date, with or without a space', () => {
    expect(isNationalId('15038512363')).toBe(true);
    expect(isNationalId('41019055572')).toBe(true); // D-number: day + 40
    expect(isNationalId('15038512364')).toBe(false); // second check digit wrong
    expect(isNationalId('15038512463')).toBe(false); // first check digit wrong
    expect(isNationalId('45138512363')).toBe(false); // no month 13
    expect(found('Mitt fødselsnummer er 150385 12363, min sønns 01019012480.')).toEqual(['national-id:150385 12363', 'national-id:01019012480']);
  });

  test('an eleven-digit number that is no national id is not flagged as one, nor as a phone number', () => {
    expect(found('Kontonummer 15038512364 og ordrenummer 12345678901.')).toEqual([]);
  });

  test('the flags are each screen once, in a fixed order', () => {
    const hits = screenText('15038512363, 91234567, a@b.no, 98765432');
    expect(screenFlags(hits)).toEqual(['email', 'phone', 'national-id']);
    expect(screenFlags(screenText('Ingenting å se her.'))).toEqual([]);
  });
});

describe('redacting', () => {
  test('replaces exactly the hits, and leaves the rest of the text as it was', () => {
    expect(redact('Kari (kari@example.no, 912 34 567, 15038512363) mener at tiltaket er bra.')).toBe('Kari ([…], […], […]) mener at tiltaket er bra.');
  });
});
