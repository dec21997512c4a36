// A date that is not in the calendar (2023-02-30, 2023-02-29, 2023-13-01) is an error wherever a date stands:
// a measure's start, deadline and history, an input round's date and a released version's date.
import { expect, test } from 'vitest';
import { problemLines, scratch } from './helpers.ts';

test('every impossible date is reported at its value, with why it does not exist', async () => {
  const copy = await scratch('valid-minimal', 'impossible-dates');
  await copy.edit('tiltak/T-1.md', (text) => text.replace('deadline: 2025-06', 'deadline: 2025-02-30').replace('date: 2023-05-01', 'date: 2023-02-29'));
  await copy.edit('innspillsrunder/R-1.md', (text) => text.replace('date: 2022-04-04', 'date: 2022-13-01'));
  // The broken measure also leaves its goal without measures (a warning); only the errors are asserted here.
  const errors = (await problemLines(copy.dir)).filter((line) => line.includes('  error  '));
  expect(errors).toEqual([
    'impossible-dates/innspillsrunder/R-1.md:4:7  error  «date»: 2022-13-01 finnes ikke: måneden må være fra 01 til 12.  [schema/invalid]',
    'impossible-dates/tiltak/T-1.md:9:11  error  «deadline»: 2025-02-30 finnes ikke: februar 2025 har 28 dager.  [schema/invalid]',
    'impossible-dates/tiltak/T-1.md:13:11  error  «date i 1. oppføring i history»: 2023-02-29 finnes ikke: 2023 er ikke et skuddår, så februar har 28 dager.  [schema/invalid]',
  ]);
});

test('a leap day in a leap year is a date like any other', async () => {
  const copy = await scratch('valid-minimal', 'leap-day');
  await copy.edit('tiltak/T-1.md', (text) => text.replace('deadline: 2025-06', 'deadline: 2024-02-29'));
  expect(await problemLines(copy.dir)).toEqual([]);
});

test('a released version dated on a day that does not exist is an error in its versjon.md', async () => {
  const copy = await scratch('version-valid', 'impossible-version-date');
  await copy.edit('versjoner/2023-vedtatt/versjon.md', (text) => text.replace('date: 2023-04-19', 'date: 2023-04-31'));
  expect(await problemLines(copy.dir)).toEqual([
    'impossible-version-date/versjoner/2023-vedtatt/versjon.md:5:7  error  «date»: 2023-04-31 finnes ikke: april 2023 har 30 dager.  [schema/invalid]',
  ]);
});
