import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { consultationSource } from '../src/consultations.ts';
import { contentSource } from '../src/content-source.ts';
import { openFixture } from './open-fixture.ts';

test('the content is read again once the read is older than the interval, and not before', async () => {
  const contentDir = openFixture();
  let now = 0;
  const content = contentSource(contentDir, 2_000, () => now);
  const consultations = consultationSource(content);
  const label = async () => (await consultations())[0]?.label;
  expect(await label()).toBe('Høringsutkast desember 2022');

  const description = path.join(contentDir, 'versjoner', '2022-horing', 'versjon.md');
  await writeFile(description, (await readFile(description, 'utf8')).replace('label: Høringsutkast desember 2022', 'label: Høringsutkast, rettet'));
  now = 2_000;
  expect(await label()).toBe('Høringsutkast desember 2022');
  now = 2_001;
  expect(await label()).toBe('Høringsutkast, rettet');
});
