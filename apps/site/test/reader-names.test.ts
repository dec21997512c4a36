/** How the whole document names what it refers to: documents citing a source, and a version on the cover. */
import { describe, expect, test } from 'vitest';
import { shortName } from '../src/lib/doc-name.ts';
import { statusUnsaid } from '../src/lib/editions.ts';
import { loadSite } from '../src/lib/site-data.ts';
import { fixtureContent } from './helpers.ts';

describe('shortName', () => {
  test('a numbered document by its kind and number, an actor by its name', async () => {
    const site = await loadSite(fixtureContent, 'public');
    const edition = site.editions.at(-1)!;
    const measure = edition.index.byKind.measure[0]!;
    const actor = edition.index.byKind.actor[0]!;
    expect(shortName(measure, 'nb')).toBe(`Tiltak ${measure.id.slice(2)}`);
    expect(shortName(measure, 'en')).toBe(`Measure ${measure.id.slice(2)}`);
    expect(shortName(actor, 'nb')).toBe(actor.data.name);
  });
});

describe('statusUnsaid', () => {
  test('the status word only where the label does not already say it', () => {
    expect(statusUnsaid('Vedtatt strategi, april 2023', 'Vedtatt')).toBeUndefined();
    expect(statusUnsaid('Høringsutkast 2026', 'Høring')).toBeUndefined();
    expect(statusUnsaid('Strategien 2024', 'Vedtatt')).toBe('Vedtatt');
  });
});
