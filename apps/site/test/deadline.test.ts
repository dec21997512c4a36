// A measure's deadline on the site: the date in the page's language, or that none is set — never an empty cell,
// «undefined» or a guessed year.
import { expect, test } from 'vitest';
import { deadlineText } from '../src/lib/deadline.ts';

test('a missing deadline reads as «no deadline set» in each language', () => {
  expect([deadlineText('nb', undefined), deadlineText('nn', undefined), deadlineText('en', undefined)]).toEqual([
    'Ingen frist er fastsatt',
    'Ingen frist er fastsett',
    'No deadline set',
  ]);
});

test('a deadline is written as the date it is, as precise as it was given', () => {
  expect([deadlineText('nb', '2024'), deadlineText('nb', '2024-11-01'), deadlineText('en', '2024-11')]).toEqual(['2024', '1. november 2024', 'November 2024']);
});
