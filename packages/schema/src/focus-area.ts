import { z } from 'zod';
import { commonFields } from './common.ts';
import { numberedId } from './ids.ts';
import { line, prose } from './text.ts';

/** A focus area (innsatsområde): a chapter of the strategy that groups goals. */
export const focusAreaSchema = z
  .strictObject({
    /** Id, I- and a number. @example "I-1" */
    id: numberedId('I-'),
    /** Title of the focus area. @example "Digital praksis og kompetanse i barnehagen" */
    title: line().min(1).max(300).describe('Tittelen på innsatsområdet.'),
    /** Place in the strategy's order of chapters. @example 1 */
    order: z.int().min(1).max(1000).describe('Rekkefølge i strategien, 1 først.'),
    /** A one-sentence summary shown in lists. */
    summary: prose().min(1).max(2000).optional().describe('Kort sammendrag som vises i lister.'),
    ...commonFields,
  })
  .describe('Et innsatsområde i strategien.');

export type FocusAreaInput = z.input<typeof focusAreaSchema>;
export type FocusArea = z.output<typeof focusAreaSchema>;
