import { expect, test } from 'vitest';
import { languageShare } from '../../src/language-share.ts';
import { loadScenario } from '../helpers.ts';

test('the base is all bokmål: nynorsk is under the 25 % språklova § 13 asks for', async () => {
  const corpus = await loadScenario('valid-minimal');
  const share = languageShare(corpus.working);
  expect(share.words.nn).toBe(0);
  expect(share.words.nb).toBeGreaterThan(0);
  expect(share).toMatchObject({ edition: 'utkast', share: { nb: 1, nn: 0 }, below: ['nn'] });
});

test('words are counted in the form each document declares in «lang», titles included', async () => {
  const corpus = await loadScenario('valid-minimal');
  const measure = corpus.working.index.byKind.measure[0]!;
  const before = languageShare(corpus.working);
  (measure.data as { lang: string }).lang = 'nn';
  const after = languageShare(corpus.working);
  const moved = measure.stats.words + measure.data.title.split(/\s+/).length;
  expect(after.words).toEqual({ nb: before.words.nb - moved, nn: moved });
  expect(after.share.nn).toBeCloseTo(moved / (before.words.nb + before.words.nn));
});
