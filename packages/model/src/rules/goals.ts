import { createProblem, type Problem } from '@strategi/problems';
import { idsInField } from '../graph.ts';
import type { Doc } from '../types.ts';
import { type LinkRule, placeOfField } from './context.ts';

/**
 * Every goal is served by at least one measure (a warning: a new goal may wait for its measures). A measure that
 * failed its shape check still serves the goals it names, so that its own fault is not echoed on them.
 */
export const goalsHaveMeasures: LinkRule = ({ index, partial }) => {
  const named = new Set(
    partial.filter((doc) => doc.kind === 'measure').flatMap((doc) => idsInField(doc, 'goals').map(({ id }) => index.resolve(id)?.id ?? id)),
  );
  return index.byKind.goal
    .filter((goal) => index.sources(goal, 'measure.goals').length === 0 && !named.has(goal.id))
    .map((goal) => createProblem('link/goal-without-measure', { id: goal.id }, goal.file, placeOfField(goal, 'id')));
};

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
