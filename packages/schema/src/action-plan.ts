import { z } from 'zod';
import { commonFields, idOf, idPatterns, yearPeriod } from './common.ts';

/** An action plan (handlingsplan): measures grouped for a part of the period. */
export const actionPlanSchema = z
  .strictObject({
    /** Id, H- and a number. @example "H-1" */
    id: idOf(idPatterns.actionPlan, 'H- og et tall, for eksempel «H-1».', 'H-1'),
    /** Title of the plan. @example "Handlingsplan 2023–2025" */
    title: z.string().min(1).describe('Tittelen på handlingsplanen.'),
    /** The years the plan covers. @example { start: 2023, end: 2025 } */
    period: yearPeriod,
    /** Ids of the measures in the plan. @example ["T-1", "T-2"] */
    measures: z.array(z.string()).min(1).describe('Id-ene til tiltakene i planen.'),
    ...commonFields,
  })
  .describe('En handlingsplan for en del av strategiperioden.');

export type ActionPlanInput = z.input<typeof actionPlanSchema>;
export type ActionPlan = z.output<typeof actionPlanSchema>;
