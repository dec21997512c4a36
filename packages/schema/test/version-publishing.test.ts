import { describe, expect, test } from 'vitest';
import { versionSchema } from '../src/index.ts';

const base = { id: '2027-vedtatt', label: 'Vedtatt 2027', status: 'vedtatt', date: '2027-01-10' };

describe('change notes and scheduled publishing in versjon.md', () => {
  test('a major change with a note and a moment with its offset is accepted', () => {
    const version = versionSchema.parse({ ...base, change: 'vesentlig', changeNote: 'Nytt tiltak.', publishAt: '2027-01-15T10:00+01:00' });
    expect(version).toMatchObject({ change: 'vesentlig', changeNote: 'Nytt tiltak.', publishAt: '2027-01-15T10:00+01:00' });
  });

  test('the fields are optional, so versions released before them stay valid', () => {
    expect(versionSchema.parse(base).publishAt).toBeUndefined();
  });

  test.each([
    ['2027-01-15T10:00', 'no offset'],
    ['2027-01-15', 'no time'],
    ['2027-02-30T10:00+01:00', 'a day that does not exist'],
    ['2027-01-15T25:00+01:00', 'an hour that does not exist'],
  ])('publishAt «%s» is refused (%s)', (publishAt) => {
    expect(versionSchema.safeParse({ ...base, publishAt }).success).toBe(false);
  });

  test('change takes the Norwegian words only', () => {
    expect(versionSchema.safeParse({ ...base, change: 'major' }).success).toBe(false);
    expect(versionSchema.safeParse({ ...base, change: 'mindre' }).success).toBe(true);
  });
});
