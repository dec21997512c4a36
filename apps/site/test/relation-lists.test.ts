// A document's page lists its relations as the schema declares them with ref(): the document's own references
// under the field's name, the documents pointing at it under the relation's inverse words. Also the trail above
// a document, which the registry's trailParent gives.
import { ui } from '@strategi/i18n';
import type { AnyDoc } from '@strategi/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { breadcrumbsOf } from '../src/lib/breadcrumbs.ts';
import { relationLists } from '../src/lib/relations.ts';
import type { EditionPage } from '../src/lib/routes.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';
import { WHOLE_DOCUMENT_KINDS } from '../src/lib/urls.ts';
import { fixtureContent } from './helpers.ts';

let site: SiteData;
beforeAll(async () => {
  site = await loadSite(fixtureContent, 'public');
});

const current = () => site.editions.find((edition) => edition.id === '2024-revidert')!;
const doc = (id: string) => current().byId.get(id)!;
const shown = (id: string, lang: 'nb' | 'en' = 'nb') =>
  relationLists(current(), doc(id), lang).map((list) => `${list.heading}${list.own ? '' : ' ←'}: ${list.docs.map((other) => other.id).join(' ')}`);

describe('relation lists from the declared relations', () => {
  test('a measure: its own references under the fields’ names, then what points at it', () => {
    expect(shown('T-3')).toEqual(['Mål: M-3', 'Ansvarlig: Udir', 'Deltakere: KS', 'Handlingsplan: ', 'Innspill: IN-2', 'Fremdriftsrapporter ←: ']);
  });

  test('a goal: what points at it under the inverse words, in the page’s language', () => {
    expect(shown('M-3', 'en')).toEqual([
      'Focus area: I-2',
      'Broader goal: ',
      'Inputs: IN-2',
      'Sub-goals ←: ',
      'Measures for this goal ←: T-3 T-5',
      'Indicators ←: ',
    ]);
  });

  test('an actor: every relation pointing at it, with the words declared beside ref()', () => {
    expect(shown('KS')).toEqual(['Eier strategien ←: strategi', 'Ansvarlig for ←: T-4 T-5', 'Deltar i ←: T-3', 'Har arrangert innspillsrunder ←: ']);
  });

  test('two relations with the same inverse words are one list, in registry order (an input «Brukt i» goals and measures)', () => {
    expect(shown('IN-2')).toEqual(['Innspillsrunde: R-1', 'Brukt i ←: M-3 T-3']);
  });
});

describe('what the registry says about a kind on the site', () => {
  const page = (doc: AnyDoc) => ({ type: 'doc', doc, edition: current(), base: '/', subPath: '' }) as unknown as EditionPage;
  const trail = (id: string) => breadcrumbsOf(page(doc(id)), 'x', '/x/', ui('nb')).map((crumb) => crumb.label);

  test('the trail above a document: a goal under its focus area, a measure under the measures, an actor under nothing', () => {
    expect(trail('M-3')).toEqual(['Forside', `Innsatsområde 2: ${(doc('I-2').data as { title: string }).title}`, 'x']);
    expect(trail('T-3')).toEqual(['Forside', ui('nb').nav.measures, 'x']);
    expect(trail('KS')).toEqual(['Forside', 'x']);
  });

  test('the kinds the whole document shows are the registry’s', () => {
    expect([...WHOLE_DOCUMENT_KINDS]).toEqual(['focusArea', 'goal', 'measure', 'actionPlan', 'actor']);
  });
});
