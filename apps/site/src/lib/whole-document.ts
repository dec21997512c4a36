/**
 * How the whole document of an edition is laid out: in what order its sections come, and, when it is too heavy
 * for one page, how it is split into parts (`hele-dokumentet/`, `hele-dokumentet/del/2/`, …) that each stay under
 * the page budget. The print source (`hele-dokumentet/utskrift/`) shows every part on one page for the PDF.
 * Parts break between a focus area's goals, action plans and rows of the overview table, never inside a document.
 */
import { gzipSync } from 'node:zlib';
import type { AnyDoc, Doc, Edition } from '@strategi/model';
import { goalRelations } from './relations.ts';
import { href } from './urls.ts';

/**
 * The most a part may weigh, in estimated gzip bytes of its main content. A page also carries the header, the
 * footer and about 21 kB of stylesheet and script; 34 kB keeps a part well under 60 kB transferred.
 */
const WHOLE_PART_BUDGET = 34_000;

export const WHOLE_PATH = 'hele-dokumentet/';
export const WHOLE_PRINT_PATH = `${WHOLE_PATH}utskrift/`;

/** The sub-path of part `part` (1-based) of the whole document. */
export const wholePartPath = (part: number) => (part <= 1 ? WHOLE_PATH : `${WHOLE_PATH}del/${part}/`);

interface CitedSource {
  title: string;
  url: string | undefined;
  /** The documents that cite it (not the strategy, which is the whole page). */
  by: string[];
}

/** A run of the document that stands together on one part; `continued` when it began on an earlier part. */
export type WholeBlock =
  | { type: 'opening' }
  | { type: 'area'; area: Doc<'focusArea'>; intro: boolean; goals: Doc<'goal'>[] }
  | { type: 'plans'; plans: Doc<'actionPlan'>[]; continued: boolean }
  | { type: 'overview'; measures: Doc<'measure'>[]; continued: boolean }
  | { type: 'actors' }
  | { type: 'sources' };

export interface WholeLayout {
  /** Each part's blocks, in reading order; one part when the whole document fits on a page. */
  parts: WholeBlock[][];
  /** The whole document's blocks on one page, nothing continued: the print source's. */
  whole: WholeBlock[];
  /** Measure id → the goal its full text stands under; under its other goals it is listed by name. */
  homeGoal: ReadonlyMap<string, string>;
  /** Goal id → the measures whose full text stands under it, in order. */
  homeMeasures: ReadonlyMap<string, Doc<'measure'>[]>;
  /** Every measure shown, in the order of their full text. */
  measures: Doc<'measure'>[];
  sources: CitedSource[];
  /** Anchor id (a document's id, or a section's: `handlingsplaner`, `tiltaksoversikt`, …) → its part, 1-based. */
  partOf: ReadonlyMap<string, number>;
}

/**
 * Gzip bytes per character of the edition's prose, measured once over all its bodies: Norwegian prose compresses
 * about 3:1, repetitive text much more. Bounded, so that one odd edition cannot make the estimate absurd.
 */
function proseRatio(edition: Edition): number {
  const prose = edition.documents.map((doc) => doc.body).join('\n');
  if (prose.length < 2_000) return 0.4;
  return Math.min(0.6, Math.max(0.12, gzipSync(prose, { level: 9 }).length / prose.length));
}

type Unit =
  | { container: 'opening'; weight: number }
  | { container: 'area'; area: Doc<'focusArea'>; goal: Doc<'goal'> | undefined; weight: number }
  | { container: 'plans'; plan: Doc<'actionPlan'>; weight: number }
  | { container: 'overview'; measure: Doc<'measure'>; weight: number }
  | { container: 'actors'; weight: number }
  | { container: 'sources'; weight: number };

const layouts = new WeakMap<Edition, Map<number, WholeLayout>>();

/** The layout of `edition`'s whole document; memoised, since every part page and the print source ask for it. */
export function wholeLayout(edition: Edition, budget = WHOLE_PART_BUDGET): WholeLayout {
  const byBudget = layouts.get(edition) ?? new Map<number, WholeLayout>();
  layouts.set(edition, byBudget);
  const layout = byBudget.get(budget) ?? computeLayout(edition, budget);
  byBudget.set(budget, layout);
  return layout;
}

function computeLayout(edition: Edition, budget: number): WholeLayout {
  const ratio = proseRatio(edition);
  /** Estimated gzip bytes of a document's section: its prose (rendered, a little more than its Markdown) and the markup around it. */
  const docWeight = (doc: AnyDoc, markup: number) => markup + Math.ceil(doc.body.length * ratio * 1.15);
  const strategy = edition.index.strategy;
  const areas = edition.index.byKind.focusArea;
  const plans = edition.index.byKind.actionPlan;
  const actors = edition.index.byKind.actor;
  const goalsOf = (area: Doc<'focusArea'>) => edition.index.sources(area, 'goal.focusArea');

  const homeGoal = new Map<string, string>();
  const homeMeasures = new Map<string, Doc<'measure'>[]>();
  const measures: Doc<'measure'>[] = [];
  for (const area of areas) {
    for (const goal of goalsOf(area)) {
      const home: Doc<'measure'>[] = [];
      for (const measure of goalRelations(edition, goal).measures) {
        if (homeGoal.has(measure.id)) continue;
        homeGoal.set(measure.id, goal.id);
        home.push(measure);
      }
      homeMeasures.set(goal.id, home);
      measures.push(...home);
    }
  }

  // Every source of the documents shown, once, in the order the document shows them, with who cites it.
  const cited = new Map<string, CitedSource>();
  const documentsShown: AnyDoc[] = [
    ...(strategy ? [strategy] : []),
    ...areas.flatMap((area) => [area, ...goalsOf(area).flatMap((goal) => [goal, ...goalRelations(edition, goal).measures])]),
    ...plans,
    ...actors,
  ];
  for (const doc of documentsShown) {
    for (const source of doc.data.sources) {
      const key = source.url ?? source.title;
      const entry = cited.get(key) ?? { title: source.title, url: source.url, by: [] };
      if (doc.kind !== 'strategy' && !entry.by.includes(doc.id)) entry.by.push(doc.id);
      cited.set(key, entry);
    }
  }
  const sources = [...cited.values()];

  const goalWeight = (goal: Doc<'goal'>) => {
    const home = homeMeasures.get(goal.id) ?? [];
    const listed = goalRelations(edition, goal).measures.length - home.length;
    return docWeight(goal, 150) + listed * 60 + home.reduce((sum, measure) => sum + docWeight(measure, 300) + measure.data.sources.length * 60, 0);
  };
  const tocEntries = areas.length + areas.reduce((sum, area) => sum + goalsOf(area).length, 0);
  const units: Unit[] = [
    { container: 'opening', weight: 2_500 + tocEntries * 70 + (strategy ? docWeight(strategy, 0) : 0) },
    ...areas.flatMap((area): Unit[] => [
      { container: 'area', area, goal: undefined, weight: docWeight(area, 150) },
      ...goalsOf(area).map((goal): Unit => ({ container: 'area', area, goal, weight: goalWeight(goal) })),
    ]),
    ...plans.map((plan): Unit => ({ container: 'plans', plan, weight: docWeight(plan, 250) })),
    ...measures.map((measure): Unit => ({ container: 'overview', measure, weight: 90 })),
    { container: 'actors', weight: actors.reduce((sum, actor) => sum + 60 + Math.ceil(actor.data.responsibility.length * 0.4), 0) },
    ...(sources.length > 0 ? [{ container: 'sources' as const, weight: sources.reduce((sum, source) => sum + 60 + source.by.length * 25, 0) }] : []),
  ];

  const packed: Unit[][] = [[]];
  let weight = 0;
  for (const unit of units) {
    if (packed.at(-1)!.length > 0 && weight + unit.weight > budget) {
      packed.push([]);
      weight = 0;
    }
    packed.at(-1)!.push(unit);
    weight += unit.weight;
  }

  const parts = packed.map(blocksOf);
  // The action plans and the overview table may run over several parts: each run after the first is a continuation.
  const begun = new Set<string>();
  for (const block of parts.flat()) {
    if (block.type !== 'plans' && block.type !== 'overview') continue;
    block.continued = begun.has(block.type);
    begun.add(block.type);
  }
  const partOf = new Map<string, number>();
  parts.forEach((blocks, index) => {
    const part = index + 1;
    for (const block of blocks) {
      for (const id of anchorsOf(block, edition, homeMeasures)) if (!partOf.has(id)) partOf.set(id, part);
    }
  });
  return { parts, whole: blocksOf(units), homeGoal, homeMeasures, measures, sources, partOf };
}

/** Runs of units with the same container become one block. */
function blocksOf(units: Unit[]): WholeBlock[] {
  const blocks: WholeBlock[] = [];
  for (const unit of units) {
    const last = blocks.at(-1);
    switch (unit.container) {
      case 'opening':
      case 'actors':
      case 'sources':
        blocks.push({ type: unit.container });
        break;
      case 'area':
        if (last?.type === 'area' && last.area === unit.area) {
          if (unit.goal) last.goals.push(unit.goal);
        } else blocks.push({ type: 'area', area: unit.area, intro: unit.goal === undefined, goals: unit.goal ? [unit.goal] : [] });
        break;
      case 'plans':
        if (last?.type === 'plans') last.plans.push(unit.plan);
        else blocks.push({ type: 'plans', plans: [unit.plan], continued: false });
        break;
      case 'overview':
        if (last?.type === 'overview') last.measures.push(unit.measure);
        else blocks.push({ type: 'overview', measures: [unit.measure], continued: false });
        break;
    }
  }
  return blocks;
}

/** The ids a block gives elements: the documents whose sections it holds, and the sections' own ids. */
function anchorsOf(block: WholeBlock, edition: Edition, homeMeasures: ReadonlyMap<string, Doc<'measure'>[]>): string[] {
  switch (block.type) {
    case 'opening':
      return ['innhold', ...(edition.index.strategy ? [edition.index.strategy.id] : [])];
    case 'area':
      return [
        ...(block.intro ? [block.area.id] : []),
        ...block.goals.flatMap((goal) => [goal.id, ...(homeMeasures.get(goal.id) ?? []).map((measure) => measure.id)]),
      ];
    case 'plans':
      return [...(block.continued ? [] : ['handlingsplaner']), ...block.plans.map((plan) => plan.id)];
    case 'overview':
      return block.continued ? [] : ['tiltaksoversikt'];
    case 'actors':
      return ['aktorer', ...edition.index.byKind.actor.map((actor) => actor.id)];
    case 'sources':
      return ['kilder'];
  }
}

/**
 * Where links to documents and sections of the whole document go on part `part` (`'print'`: every part on
 * one page): `#id` on the same part, the other part's address with `#id` otherwise.
 */
export function wholeAnchorHref(layout: WholeLayout, base: string, part: number | 'print') {
  return (id: string, fragment: string = id): string => {
    if (part === 'print') return `#${fragment}`;
    const target = layout.partOf.get(id) ?? 1;
    return target === part ? `#${fragment}` : `${href(base, wholePartPath(target))}#${fragment}`;
  };
}
