import { z } from 'zod';
import { commonFields, yearPeriod } from './common.ts';
import { chosenIdPatterns, idOf } from './ids.ts';
import { ref } from './ref.ts';
import { line, prose } from './text.ts';

/** The top-level strategy document: one per version. */
export const strategySchema = z
  .strictObject({
    /** Id of the strategy document. @example "strategi" */
    id: idOf(chosenIdPatterns.strategy, 'Små bokstaver, tall og bindestrek, for eksempel «strategi».', 'strategi'),
    /** Full title. @example "Strategi for digital kompetanse og infrastruktur i barnehage og skole" */
    title: line().min(1).max(300).describe('Strategiens fulle tittel.'),
    /** The years the strategy covers. @example { start: 2023, end: 2030 } */
    period: yearPeriod,
    /** Ids of the actors that own the strategy. @example ["KD", "KS"] */
    owners: z
      .array(ref('actor', 'Id-en til en aktør som eier strategien.', { inverse: { nb: 'Eier strategien', nn: 'Eig strategien', en: 'Owns the strategy' } }))
      .min(1)
      .describe('Id-ene til aktørene som eier strategien.'),
    /** The vision in one or two sentences. */
    vision: prose().min(1).max(2000).describe('Visjonen i én eller to setninger.'),
    ...commonFields,
  })
  .describe('Strategidokumentet på toppnivå.');

export type StrategyInput = z.input<typeof strategySchema>;
export type Strategy = z.output<typeof strategySchema>;
