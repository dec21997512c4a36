import { createProblem, type Problem } from '@strategi/problems';
import type { Doc } from '../types.ts';
import { type LinkRule, placeOfField } from './context.ts';

/** Every goal is served by at least one measure (a warning: a new goal may wait for its measures). */
export const goalsHaveMeasures: LinkRule = ({ index }) =>
  index.byKind.goal
    .filter((goal) => index.sources(goal, 'measure.goals').length === 0)
    .map((goal) => createProblem('link/goal-without-measure', { id: goal.id }, goal.file, placeOfField(goal, 'id')));

/** Goals nest through `parent`; the chain must end. Each cycle is reported once, at its first goal by id. */
export const goalParentsEnd: LinkRule = ({ index }) => {
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const goal of index.byKind.goal) {
    const chain: Doc<'goal'>[] = [];
    let current: Doc<'goal'> | undefined = goal;
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      current = index.targets<'goal'>(current, 'parent')[0];
    }
    if (current !== goal) continue;
    const cycle = [...chain.map((member) => member.id), goal.id];
    const key = chain
      .map((member) => member.id)
      .sort()
      .join(' ');
    if (reported.has(key)) continue;
    reported.add(key);
    problems.push(createProblem('link/cycle', { cycle }, goal.file, placeOfField(goal, 'parent')));
  }
  return problems;
};
