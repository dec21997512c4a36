import { describe, expect, test } from 'vitest';
import { formatMoment, ui } from '../src/index.ts';

describe('formatMoment', () => {
  test.each([
    ['nb', '2027-01-15T10:00+01:00', '15. januar 2027 kl. 10.00'],
    ['nn', '2027-01-15T09:00Z', '15. januar 2027 kl. 10.00'],
    ['nb', '2027-07-01T08:05+02:00', '1. juli 2027 kl. 08.05'],
    ['en', '2027-01-15T10:00+01:00', '15 January 2027 at 10:00'],
  ] as const)('%s %s is «%s» on a clock in Norway', (lang, value, expected) => {
    expect(formatMoment(lang, value)).toBe(expected);
  });

  test('the preview’s words for a scheduled version', () => {
    expect(ui('nb').publishing.publishesAt(formatMoment('nb', '2027-01-15T10:00+01:00'))).toBe('publiseres 15. januar 2027 kl. 10.00');
    expect(ui('nb').changeKinds).toEqual({ vesentlig: 'Vesentlig endring', mindre: 'Mindre endring' });
  });
});
