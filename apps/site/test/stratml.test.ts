/**
 * The StratML export, read back with an XML parser: Part 1's element names in their nesting, every focus area a
 * Goal and every goal an Objective under it, each with its id and a link to its page, and the indicators as
 * PerformanceIndicators.
 */
import path from 'node:path';
import type { Edition } from '@strategi/model';
import { SaxesParser } from 'saxes';
import { beforeAll, expect, test } from 'vitest';
import { loadSite } from '../src/lib/site-data.ts';
import { editionStratml } from '../src/lib/stratml.ts';

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

function parse(xml: string): Element {
  const parser = new SaxesParser({ xmlns: false });
  const root: Element = { name: '#root', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const element: Element = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    stack.at(-1)!.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root.children[0]!;
}
const child = (element: Element | undefined, name: string) => element?.children.find((candidate) => candidate.name === name);
const all = (element: Element | undefined, name: string) => element?.children.filter((candidate) => candidate.name === name) ?? [];
const textOf = (element: Element | undefined, name: string) => child(element, name)?.text;

const examples = path.join(import.meta.dirname, '../../../examples');
let edition: Edition;
let plan: Element;

beforeAll(async () => {
  const site = await loadSite(examples, 'preview', path.dirname(examples), '2026-12-05');
  edition = site.editions.at(-1)!;
  plan = parse(editionStratml(edition, 'https://strategi.example.no/', '/versjoner/utkast/'));
});

test('the plan, its core and its administrative information carry Part 1’s element names', () => {
  expect(plan.name).toBe('StrategicPlan');
  expect(plan.attributes.xmlns).toBe('urn:ISO:std:iso:17469:tech:xsd:stratml_core');
  expect(plan.children.map((element) => element.name)).toEqual(['Name', 'Description', 'OtherInformation', 'StrategicPlanCore', 'AdministrativeInformation']);
  const core = child(plan, 'StrategicPlanCore');
  expect([...new Set(core?.children.map((element) => element.name))]).toEqual(['Organization', 'Vision', 'Goal']);
  expect(textOf(plan, 'Name')).toBe(edition.index.byKind.strategy[0]?.data.title);
  expect(all(child(core, 'Organization'), 'Stakeholder').length).toBe(edition.index.byKind.strategy[0]?.data.owners.length);
});

test('each focus area is a Goal and each of its goals an Objective, with the id and a link to the page', () => {
  const goals = all(child(plan, 'StrategicPlanCore'), 'Goal');
  expect(goals.map((goal) => textOf(goal, 'Identifier')).sort()).toEqual(edition.index.byKind.focusArea.map((area) => area.id).sort());
  const objectives = goals.flatMap((goal) => all(goal, 'Objective'));
  const withArea = edition.index.byKind.goal.filter((goal) => goal.data.focusArea !== undefined);
  expect(objectives.map((objective) => textOf(objective, 'Identifier')).sort()).toEqual(withArea.map((goal) => goal.id).sort());
  const first = objectives.find((objective) => textOf(objective, 'Identifier') === withArea[0]!.id);
  expect(textOf(first, 'OtherInformation')?.split('\n')[0]).toBe(`https://strategi.example.no/versjoner/utkast/mal/${withArea[0]!.id}/`);
  expect(first?.children.map((element) => element.name).slice(0, 3)).toEqual(['Name', 'Identifier', 'SequenceIndicator']);
});

test('indicators are PerformanceIndicators under the objectives they follow, with targets and actual results', () => {
  const indicators = all(child(plan, 'StrategicPlanCore'), 'Goal')
    .flatMap((goal) => all(goal, 'Objective'))
    .flatMap((objective) => all(objective, 'PerformanceIndicator'));
  const expected = edition.index.byKind.indicator.flatMap((indicator) => indicator.data.goals.map(() => indicator.id));
  expect(expected.length).toBeGreaterThan(0);
  expect(indicators.map((indicator) => textOf(indicator, 'Identifier')).sort()).toEqual(expected.sort());
  const instance = child(indicators[0], 'MeasurementInstance');
  expect(all(instance, 'TargetResult').length).toBeGreaterThan(0);
  expect(all(instance, 'ActualResult').every((result) => child(result, 'NumberOfUnits') !== undefined)).toBe(true);
});
