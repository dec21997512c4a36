/** Readers name a document by its kind's word and number («Tiltak 9»), in the page's language; an actor by its name. */

import { ui } from '@strategi/i18n';
import { beforeAll, describe, expect, test } from 'vitest';
import { breadcrumbsOf } from '../src/lib/breadcrumbs.ts';
import { docName, namedTitle, spokenId } from '../src/lib/doc-name.ts';
import { editionPages } from '../src/lib/routes.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';
import { fixtureContent } from './helpers.ts';

let site: SiteData;
beforeAll(async () => {
  site = await loadSite(fixtureContent, 'public');
});

describe('how ids show', () => {
  test('the kind word and the number, in bokmål, nynorsk and English', () => {
    expect(spokenId('measure', 'T-9', 'nb')).toBe('Tiltak 9');
    expect(spokenId('measure', 'T-9', 'nn')).toBe('Tiltak 9');
    expect(spokenId('goal', 'M-2', 'en')).toBe('Goal 2');
    expect(spokenId('focusArea', 'I-1', 'nb')).toBe('Innsatsområde 1');
    expect(namedTitle('measure', 'T-9', 'Utrede en tjeneste', 'nb')).toBe('Tiltak 9: Utrede en tjeneste');
    // A title that already names the kind is not named twice.
    expect(namedTitle('actionPlan', 'H-1', 'Handlingsplan 2023–2025', 'nb')).toBe('Handlingsplan 2023–2025');
  });

  test('an actor and the strategy are named by their title, never by an id', () => {
    expect(spokenId('actor', 'KD', 'nb')).toBeUndefined();
    expect(namedTitle('actor', 'KD', 'Kunnskapsdepartementet', 'nb')).toBe('Kunnskapsdepartementet');
  });

  test('a document and the trail to it name it so; the link keeps the id', () => {
    const edition = site.editions.find((candidate) => candidate.id === '2024-revidert')!;
    const measure = edition.byId.get('T-1')!;
    expect(docName(measure, 'nb')).toMatch(/^Tiltak 1: /);
    const page = editionPages(edition, '/').find((candidate) => candidate.type === 'doc' && candidate.doc.id === 'M-1')!;
    const crumbs = breadcrumbsOf(page, 'x', '/mal/M-1/', ui('nb'));
    expect(crumbs[1]?.label).toMatch(/^Innsatsområde 1: /);
    expect(crumbs[1]?.href).toBe('/innsatsomrader/I-1/');
    expect(crumbs.map((crumb) => crumb.label).join(' ')).not.toMatch(/\b[A-Z]+-\d+:/);
  });
});
