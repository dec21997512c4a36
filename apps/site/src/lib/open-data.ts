/**
 * The open data of an edition: the whole graph as JSON and the measures as CSV. Editors' internal notes are
 * left out here, the one place documents become data, so no published file can carry them; bodies are published
 * as the page shows them (`publicMarkdown`: no comments, link definitions or raw HTML).
 */
import type { AnyDoc, Edition } from '@strategi/model';
import { csvText } from '@strategi/model/csv';
import { publicMarkdown } from '@strategi/model/render';
import { documentKinds } from '@strategi/schema';
import { assessmentOf, indicatorRows } from './indicators.ts';
import { statusSourceCode } from './open-data-schema.ts';
import { citingsOf, goalRelations, measureRelations } from './relations.ts';
import { archivedView, type StatusView, statusShown } from './reports.ts';

/** A document's frontmatter without what is never published. */
function publicData(doc: AnyDoc): Record<string, unknown> {
  const { internalNote: _internal, ...data } = doc.data as Record<string, unknown>;
  return data;
}

/**
 * A document as a version's open data publishes it. A measure's status is the one its page shows, with the day it
 * was set and who says so: under `view`, the view of the pages the data goes with — the root's for the current
 * version (the reports count), the release day's for any other (`archivedView`, the default), as its archived
 * pages under /versjoner/<version>/ show it.
 */
function exportedData(edition: Edition, doc: AnyDoc, view: StatusView): Record<string, unknown> {
  const data = publicData(doc);
  // An indicator's status is computed by its declared rule, the same computation its page shows.
  if (doc.kind === 'indicator') return { ...data, computedStatus: assessmentOf(doc).status };
  if (doc.kind !== 'measure') return data;
  const answer = statusShown(edition, doc, view);
  return { ...data, status: answer.status, statusAsOf: answer.asOf, statusSource: statusSourceCode(answer.source) };
}

/** The whole graph of an edition, links included in both directions; `view` as for `exportedData`. */
export function editionJson(edition: Edition, siteUrl: string | undefined, view: StatusView = archivedView(edition)) {
  const version = edition.version
    ? { id: edition.version.id, label: edition.version.label, status: edition.version.status, date: edition.version.date, example: edition.version.example }
    : { id: edition.id, status: edition.status };
  const kinds = Object.fromEntries(
    (Object.keys(documentKinds) as (keyof typeof documentKinds)[]).map((kind) => [
      documentKinds[kind].folder || 'strategi',
      edition.index.byKind[kind].map((doc) => ({ kind, ...exportedData(edition, doc, view), body: publicMarkdown(doc.body) })),
    ]),
  );
  const links = {
    measuresByGoal: Object.fromEntries(edition.index.byKind.goal.map((goal) => [goal.id, goalRelations(edition, goal).measures.map((m) => m.id)])),
    goalsByMeasure: Object.fromEntries(edition.index.byKind.measure.map((measure) => [measure.id, measureRelations(edition, measure).goals.map((g) => g.id)])),
    inputsBehind: Object.fromEntries(
      [
        ...edition.index.byKind.goal.map((goal) => [goal.id, goalRelations(edition, goal).inputs] as const),
        ...edition.index.byKind.measure.map((measure) => [measure.id, measureRelations(edition, measure).inputs] as const),
      ].map(([id, inputs]) => [id, inputs.map((input) => input.id)]),
    ),
    citingsByInput: Object.fromEntries(
      edition.index.byKind.input.map((input) => [input.id, citingsOf(edition, input).map((doc) => ({ kind: doc.kind, id: doc.id }))]),
    ),
    aliases: Object.fromEntries([...edition.aliases].map(([alias, doc]) => [alias, doc.id])),
  };
  return { version, source: siteUrl, documents: kinds, links };
}

export const CSV_COLUMNS = [
  'id',
  'title',
  'status',
  'statusAsOf',
  'statusSource',
  'start',
  'deadline',
  'sectors',
  'responsible',
  'partners',
  'goals',
  'actionPlan',
  'inputs',
  'example',
  'lang',
] as const;

/**
 * The measures as CSV (RFC 4180, lists joined with «;», formulas neutralised: see `@strategi/model/csv`). The
 * Excel variant separates cells with «;» and starts with a UTF-8 byte order mark: Excel set to Norwegian splits
 * on semicolons, and without the mark it reads UTF-8 as Windows-1252 (æ, ø and å garbled).
 */
export function measuresCsv(edition: Edition, variant: 'plain' | 'excel' = 'plain', view: StatusView = archivedView(edition)): string {
  const rows = edition.index.byKind.measure.map((measure) => {
    const data = exportedData(edition, measure, view);
    return CSV_COLUMNS.map((column) => data[column]);
  });
  return csvText([CSV_COLUMNS, ...rows], variant === 'excel' ? { separator: ';', bom: true } : {});
}

export const INDICATOR_CSV_COLUMNS = ['indicator', 'title', 'unit', 'what', 'date', 'value', 'planned', 'source', 'computedStatus', 'example'] as const;

/**
 * Every indicator's figures as CSV, one row per baseline, measurement and target, with the planned line's value on
 * its date and the indicator's computed status: what the chart and the table on its page show.
 */
export function indicatorsCsv(edition: Edition): string {
  const rows = edition.index.byKind.indicator.flatMap((indicator) => {
    const status = assessmentOf(indicator).status;
    return indicatorRows(indicator).map((row) => [
      indicator.id,
      indicator.data.title,
      indicator.data.unit,
      row.what,
      row.date,
      row.value,
      row.planned,
      row.source ?? (row.what === 'measured' ? indicator.data.source.url : ''),
      status,
      indicator.data.example,
    ]);
  });
  return csvText([INDICATOR_CSV_COLUMNS, ...rows]);
}
