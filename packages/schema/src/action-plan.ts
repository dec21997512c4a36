import { z } from 'zod';
import { commonFields, yearPeriod } from './common.ts';
import { numberedId } from './ids.ts';
import { line } from './text.ts';

/**
 * An action plan (handlingsplan): measures grouped for a part of the period. Which measures belong to it is said
 * once, by each measure's `actionPlan`; the plan's list is made from that.
 */
export const actionPlanSchema = z
  .strictObject({
    /** Id, H- and a number. @example "H-1" */
    id: numberedId('H-'),
    /** Title of the plan. @example "Handlingsplan 2023–2025" */
    title: line().min(1).max(300).describe('Tittelen på handlingsplanen.'),
    /** The years the plan covers. @example { start: 2023, end: 2025 } */
    period: yearPeriod,
    /**
     * No longer written: a plan's measures are those whose `actionPlan` names it. Read from older content and
     * reported as a warning with a fix, so that the two sides cannot disagree.
     * @deprecated
     */
    measures: z
      .array(z.string())
      .optional()
      .describe('Skrives ikke lenger: tiltakene i planen er de som har «actionPlan» satt til planen.')
      .meta({ deprecated: true }),
    ...commonFields,
  })
  .describe('En handlingsplan for en del av strategiperioden.');

export type ActionPlanInput = z.input<typeof actionPlanSchema>;
export type ActionPlan = z.output<typeof actionPlanSchema>;
