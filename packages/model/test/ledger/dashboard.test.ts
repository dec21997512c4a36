import path from 'node:path';
import { expect, test } from 'vitest';
import { type Corpus, loadCorpus, publishedReports } from '../../src/index.ts';
import { dashboard } from '../../src/ledger/dashboard.ts';

const examples = path.join(import.meta.dirname, '../../../../examples');
let loaded: Promise<Corpus> | undefined;
/** The demonstration corpus, read once for both tests; a test that changes it puts it back. */
const examplesCorpus = () => (loaded ??= loadCorpus(examples, { cacheFolder: false }));

test('per focus area and goal: measures by status, overdue milestones, and what changed since the last report', async () => {
  const corpus = await examplesCorpus();
  const working = corpus.working;
  const day = '2026-12-05';
  const reports = publishedReports(working, day);
  const board = dashboard(working, day, reports);
  expect(board.lastReport).toBe(reports.at(-1)?.data.date);
  expect(board.focusAreas.map((area) => area.id)).toEqual(
    [...working.index.byKind.focusArea].sort((a, b) => a.data.order - b.data.order).map((area) => area.id),
  );
  for (const area of board.focusAreas) {
    const counted = Object.values(area.byStatus).reduce((sum, n) => sum + n, 0);
    expect(counted).toBe(area.measures.length);
    for (const goal of area.goals) expect(goal.measures.every((id) => area.measures.includes(id))).toBe(true);
  }
  // T-10 was «startet» by the text's history on the report's date and is «forsinket» now; T-8, which the report
  // says was completed, has not changed since.
  const changed = board.focusAreas.flatMap((area) => area.changedSinceReport);
  expect(changed).toContainEqual({ measure: 'T-10', from: 'startet', to: 'forsinket' });
  expect(changed.map((entry) => entry.measure)).not.toContain('T-8');
  // The demonstration's completed measures have reached their milestones; a milestone planned in the past and not
  // reached is overdue, on the area and on the goal alike.
  expect(board.focusAreas.flatMap((area) => area.overdueMilestones)).toEqual([]);
  const measure = working.index.byKind.measure.find((candidate) => candidate.id === 'T-1')!;
  measure.data.milestones.push({ title: 'Oppfølging avtalt', planned: '2025-06' });
  const later = dashboard(working, day, reports);
  const area = later.focusAreas.find((candidate) => candidate.measures.includes('T-1'))!;
  expect(area.overdueMilestones).toEqual([{ measure: 'T-1', title: 'Oppfølging avtalt', planned: '2025-06' }]);
  expect(area.goals.flatMap((goal) => goal.overdueMilestones)).toContainEqual({ measure: 'T-1', title: 'Oppfølging avtalt', planned: '2025-06' });
});

test('each goal and focus area shows its indicators’ computed status beside the owners’, flagged where they disagree', async () => {
  const corpus = await examplesCorpus();
  const working = corpus.working;
  const day = '2026-12-05';
  const board = dashboard(working, day, publishedReports(working, day));
  const area = board.focusAreas.find((candidate) => candidate.id === 'I-4')!;
  // IND-1 is behind its line while none of M-6's measures is reported delayed or stopped: the goal page's flag.
  const behind = {
    indicator: 'IND-1',
    title: 'Skoler med trådløst nett i alle undervisningsrom',
    goal: 'M-6',
    computed: 'ikke-på-vei',
    owners: 'på-vei',
    offTrack: 0,
    disagree: true,
  };
  expect(area.goals.find((goal) => goal.id === 'M-6')?.indicators).toEqual([behind]);
  expect(area.indicators).toEqual([behind]);
  expect(area.goals.find((goal) => goal.id === 'M-5')?.indicators).toEqual([]);
  const agreeing = board.focusAreas.flatMap((candidate) => candidate.goals).find((goal) => goal.id === 'M-3')?.indicators;
  expect(agreeing).toMatchObject([{ indicator: 'IND-2', computed: 'på-vei', owners: 'på-vei', disagree: false }]);

  // A measure of the goal reported stopped turns the owners' verdict, and the flag goes.
  const t4 = working.index.byKind.measure.find((measure) => measure.id === 'T-4')!;
  t4.data.history.push({ date: '2026-11-01', status: 'stanset' });
  let after: ReturnType<typeof dashboard>['focusAreas'][number];
  try {
    after = dashboard(working, day, []).focusAreas.find((candidate) => candidate.id === 'I-4')!;
  } finally {
    t4.data.history.pop();
  }
  expect(after.indicators).toMatchObject([{ indicator: 'IND-1', owners: 'ikke-på-vei', offTrack: 1, disagree: false }]);
});
