import { z } from 'zod';
import { commonFields, partialDate } from './common.ts';
import { numberedId } from './ids.ts';
import { ref } from './ref.ts';
import { line, prose } from './text.ts';
import { declaredCode, vocabularyEnum } from './vocabulary.ts';

/** One input (innspill) received in a round. */
export const inputSchema = z
  .strictObject({
    /** Id, IN- and a number. @example "IN-1" */
    id: numberedId('IN-'),
    /** A short title of the input. */
    title: line().min(1).max(300).describe('Kort tittel på innspillet.'),
    /** Id of the round it came in. @example "R-1" */
    round: ref('inputRound', 'Id-en til innspillsrunden.', {
      example: 'R-1',
      inverse: { nb: 'Innspill i runden', nn: 'Innspel i runden', en: 'Inputs in this round' },
    }),
    /** Who sent it. @example "Utdanningsdirektoratet" */
    sender: line().min(1).max(300).describe('Hvem som sendte innspillet.'),
    /** What kind of sender: one of the codes in `senderKinds` in nettsted.yaml. @example "kommune" */
    senderKind: declaredCode('senderKind', 'Slags avsender: en av kodene strategien har i «senderKinds» i nettsted.yaml.'),
    /** When it was received, as precise as known. @example "2022-06-01" */
    date: partialDate.optional(),
    /** What it said, in a sentence or two. */
    summary: prose().min(1).max(2000).describe('Hva innspillet sa, kort.'),
    /** What became of it, and why: the ministry's answer, shown to whoever sent it. */
    disposition: z
      .strictObject({
        /** Tatt til følge, delvis or ikke tatt til følge. @example "delvis-tatt-til-folge" */
        decision: vocabularyEnum('inputDisposition', 'Tatt til følge, delvis tatt til følge eller ikke tatt til følge.'),
        /** Why, in a sentence or two. @example "Vi har tatt med SFO i målet, men ikke i tiltaket." */
        reason: prose().min(1).max(2000).describe('Hvorfor, i en setning eller to.'),
      })
      .optional()
      .describe('Hva som ble gjort med innspillet, og hvorfor.'),
    /** Link to the original. */
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('Lenke til originalen.'),
    ...commonFields,
  })
  .describe('Et innspill til strategien.');

export type InputInput = z.input<typeof inputSchema>;
export type Input = z.output<typeof inputSchema>;
