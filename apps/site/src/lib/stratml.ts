/**
 * One edition as StratML (ISO 17469-1, Part 1's element names): the strategy is the StrategicPlan, its owners the
 * Organization, each focus area a Goal, each goal an Objective with its responsible actors as Stakeholders, its
 * measures in OtherInformation and its indicators as PerformanceIndicators. Ids are kept in Identifier, and each
 * element's page on the site in OtherInformation, so that a reader of the file can link back.
 */
import type { Doc, Edition } from '@strategi/model';
import { docSubPath } from './urls.ts';
import { escapeXml } from './xml.ts';

const STRATML_NAMESPACE = 'urn:ISO:std:iso:17469:tech:xsd:stratml_core';

type Node = { name: string; attributes?: Record<string, string>; children: (Node | string)[] };

const el = (name: string, children: (Node | string | undefined | false)[] = [], attributes?: Record<string, string>): Node => ({
  name,
  ...(attributes ? { attributes } : {}),
  children: children.filter((child): child is Node | string => child !== undefined && child !== false),
});
const text = (name: string, value: string | number | undefined): Node | undefined => (value === undefined ? undefined : el(name, [String(value)]));

function serialise(node: Node | string, depth = 0): string {
  if (typeof node === 'string') return escapeXml(node);
  const pad = '  '.repeat(depth);
  const attributes = Object.entries(node.attributes ?? {})
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  if (node.children.length === 0) return `${pad}<${node.name}${attributes}/>`;
  if (node.children.every((child) => typeof child === 'string'))
    return `${pad}<${node.name}${attributes}>${node.children.map((child) => serialise(child)).join('')}</${node.name}>`;
  return `${pad}<${node.name}${attributes}>\n${node.children.map((child) => serialise(child, depth + 1)).join('\n')}\n${pad}</${node.name}>`;
}

/** A partial date (2025, «2025-06», «2025-06-30») as the first day it can mean, the form StratML's dates take. */
const firstDay = (date: string | number) => {
  const [year, month = '01', day = '01'] = String(date).split('-');
  return `${year}-${month}-${day}`;
};

/** The StratML document of `edition`; `siteUrl` makes the links absolute. */
export function editionStratml(edition: Edition, siteUrl: string | undefined, base: string): string {
  const { index } = edition;
  const strategy = index.byKind.strategy[0];
  const url = (doc: { kind: Doc['kind']; id: string }) => new URL(`${base}${docSubPath(doc)}`, siteUrl ?? 'https://example.invalid/').href;
  const actorName = (id: string) => {
    const actor = edition.byId.get(id);
    return actor?.kind === 'actor' ? actor.data.name : id;
  };
  const stakeholder = (id: string, role: string) =>
    el('Stakeholder', [text('Name', actorName(id)), el('Role', [text('Name', role)])], { StakeholderTypeType: 'Organization' });

  const performanceIndicator = (indicator: Doc<'indicator'>) =>
    el(
      'PerformanceIndicator',
      [
        text('MeasurementDimension', indicator.data.title),
        text('UnitOfMeasurement', indicator.data.unit),
        text('Identifier', indicator.id),
        el('MeasurementInstance', [
          ...indicator.data.targets.map((target) =>
            el('TargetResult', [text('StartDate', `${target.year}-01-01`), text('EndDate', `${target.year}-12-31`), text('NumberOfUnits', target.value)]),
          ),
          ...indicator.data.points.map((point) => el('ActualResult', [text('StartDate', firstDay(point.date)), text('NumberOfUnits', point.value)])),
        ]),
        text('OtherInformation', url(indicator)),
      ],
      { PerformanceIndicatorType: 'Quantitative', ValueChainStage: 'Outcome' },
    );

  const objective = (goal: Doc<'goal'>, sequence: number) => {
    const measures = index.byKind.measure.filter((measure) => measure.data.goals.includes(goal.id));
    const responsible = [...new Set(measures.flatMap((measure) => measure.data.responsible))];
    return el('Objective', [
      text('Name', goal.data.title),
      text('Identifier', goal.id),
      text('SequenceIndicator', sequence),
      ...responsible.map((id) => stakeholder(id, 'Ansvarlig for tiltak')),
      text(
        'OtherInformation',
        [url(goal), ...measures.map((measure) => `${measure.id}: ${measure.data.title} (${measure.data.status}) ${url(measure)}`)].join('\n'),
      ),
      ...index.byKind.indicator.filter((indicator) => indicator.data.goals.includes(goal.id)).map(performanceIndicator),
    ]);
  };

  const goals = [...index.byKind.focusArea]
    .sort((a, b) => a.data.order - b.data.order)
    .map((area) =>
      el('Goal', [
        text('Name', area.data.title),
        text('Description', area.data.summary),
        text('Identifier', area.id),
        text('SequenceIndicator', area.data.order),
        text('OtherInformation', url(area)),
        ...index.byKind.goal.filter((goal) => goal.data.focusArea === area.id).map((goal, i) => objective(goal, i + 1)),
      ]),
    );

  const owners = strategy?.data.owners ?? [];
  const plan = el(
    'StrategicPlan',
    [
      text('Name', strategy?.data.title ?? edition.id),
      text('Description', strategy?.data.vision),
      text('OtherInformation', edition.version ? `${edition.version.label} (${edition.version.id})` : edition.id),
      el('StrategicPlanCore', [
        el('Organization', [
          text('Name', owners.map(actorName).join(', ')),
          text('Acronym', owners.join(', ')),
          ...owners.map((id) => stakeholder(id, 'Eier strategien')),
        ]),
        strategy && el('Vision', [text('Description', strategy.data.vision), text('Identifier', `${strategy.id}-visjon`)]),
        ...goals,
      ]),
      el('AdministrativeInformation', [
        strategy && text('StartDate', `${strategy.data.period.start}-01-01`),
        strategy && text('EndDate', `${strategy.data.period.end}-12-31`),
        edition.version && text('PublicationDate', edition.version.date),
        text('Source', new URL(base, siteUrl ?? 'https://example.invalid/').href),
      ]),
    ],
    { xmlns: STRATML_NAMESPACE },
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialise(plan)}\n`;
}
