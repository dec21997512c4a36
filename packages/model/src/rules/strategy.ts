import { createProblem } from '@strategi/problems';
import type { LinkRule } from './context.ts';

/** Each edition has its strategy document. `file` is filled in by the edition, which knows its folder. */
export const strategyExists: LinkRule = ({ index }) => (index.strategy ? [] : [createProblem('link/missing-strategy', {}, '')]);
