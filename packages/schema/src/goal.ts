import { z } from 'zod';
import { commonFields } from './common.ts';
import { numberedId } from './ids.ts';
import { ref, usedIn } from './ref.ts';
import { line } from './text.ts';

/** A goal (mål / ambisjon) under a focus area. */
export const goalSchema = z
  .strictObject({
    /** Id, M- and a number. @example "M-1" */
    id: numberedId('M-'),
    /** The goal as one sentence. @example "Alle barnehager har ansatte med god digital kompetanse." */
    title: line().min(1).max(300).describe('Målet i én setning.'),
    /** Id of the focus area the goal belongs to. @example "I-1" */
    focusArea: ref('focusArea', 'Id-en til innsatsområdet målet hører til.', {
      example: 'I-1',
      inverse: { nb: 'Mål i innsatsområdet', nn: 'Mål i innsatsområdet', en: 'Goals in this focus area' },
    }),
    /** Id of a broader goal this goal makes concrete. @example "M-1" */
    parent: ref('goal', 'Id-en til et overordnet mål, om målet er et delmål.', {
      inverse: { nb: 'Delmål', nn: 'Delmål', en: 'Sub-goals' },
      example: 'M-1',
    }).optional(),
    /** Ids of the inputs (innspill) that shaped this goal. @example ["IN-2"] */
    inputs: z
      .array(ref('input', 'Id-en til et innspill som formet målet.', { inverse: usedIn }))
      .default([])
      .describe('Id-ene til innspillene som formet målet.'),
    ...commonFields,
  })
  .describe('Et mål (ambisjon) under et innsatsområde.');

export type GoalInput = z.input<typeof goalSchema>;
export type Goal = z.output<typeof goalSchema>;
