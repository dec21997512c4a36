import { fatesHaveSuccessors } from '../ledger/rules.ts';
import { actionPlanListIsDerived } from './action-plans.ts';
import { bodyLinksResolve } from './body-links.ts';
import type { LinkRule } from './context.ts';
import { datesInsideActionPlan, datesInsidePeriod, deadlineAfterStart, historyInOrder } from './dates.ts';
import { exampleFieldsExist } from './examples.ts';
import { goalParentsEnd, goalsHaveMeasures } from './goals.ts';
import { bodyImagesPublishable } from './images.ts';
import { milestoneEvidenceResolves } from './milestones.ts';
import { passagesNotMarkedTwice, passagesWellFormed } from './passages.ts';
import { placeholdersReplaced } from './placeholders.ts';
import { referencesResolve } from './references.ts';
import { publishedReportsSealed, reportEntriesConsistent } from './reports.ts';
import { strategyExists } from './strategy.ts';

/** Every link rule, run over each edition after the shape checks. */
export const linkRules: readonly LinkRule[] = [
  strategyExists,
  referencesResolve,
  bodyLinksResolve,
  bodyImagesPublishable,
  actionPlanListIsDerived,
  goalsHaveMeasures,
  goalParentsEnd,
  datesInsidePeriod,
  datesInsideActionPlan,
  deadlineAfterStart,
  historyInOrder,
  publishedReportsSealed,
  reportEntriesConsistent,
  exampleFieldsExist,
  passagesWellFormed,
  passagesNotMarkedTwice,
  placeholdersReplaced,
  fatesHaveSuccessors,
  milestoneEvidenceResolves,
];

export type { LinkRule } from './context.ts';
