import { createProblem, type Problem } from '@strategi/problems';
import { type LinkRule, placeOfField } from './context.ts';

/** Every goal is served by at least one measure (a warning: a new goal may wait for its measures). */
export const goalsHaveMeasures: LinkRule = ({ index }) =>
  index.byKind.goal
    .filter((goal) => !index.measuresByGoal.get(goal.id)?.length)
    .map((goal) => createProblem('link/goal-without-measure', { id: goal.id }, goal.file, placeOfField(goal, 'id')));

/** Goals nest through `parent`; the chain must end. Each cycle is reported once, at its first goal by id. */
export const goalParentsEnd: LinkRule = ({ index, byId }) => {
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const goal of index.byKind.goal) {
    const chain: string[] = [];
    let current: string | undefined = goal.id;
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      const next = byId.get(current);
      current = next?.kind === 'goal' ? next.data.parent : undefined;
    }
    if (current === undefined || current !== goal.id) continue;
    const cycle = [...chain, goal.id];
    const key = [...chain].sort().join(' ');
    if (reported.has(key)) continue;
    reported.add(key);
    problems.push(createProblem('link/cycle', { cycle }, goal.file, placeOfField(goal, 'parent')));
  }
  return problems;
};
