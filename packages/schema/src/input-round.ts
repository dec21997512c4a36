import { z } from 'zod';
import { commonFields, idOf, idPatterns, partialDate } from './common.ts';

/** How an input round gathered input. */
export const inputChannels = ['meeting', 'digital-meeting', 'written'] as const;

/** An input round (innspillsrunde): a meeting or a written round that gathered input. */
export const inputRoundSchema = z
  .strictObject({
    /** Id, R- and a number. @example "R-1" */
    id: idOf(idPatterns.inputRound, 'R- og et tall, for eksempel «R-1».', 'R-1'),
    /** Name of the round. @example "Åpent innspillsmøte med kunnskapsministeren" */
    title: z.string().min(1).describe('Navnet på innspillsrunden.'),
    /** The day, or the first day, of the round; only the month or the year when that is all that is known. @example "2022-04-04" */
    date: partialDate,
    /** The end of a round that ran over time, as precise as known. @example "2022-06" */
    endDate: partialDate.optional(),
    /** How input was gathered. @example "meeting" */
    channel: z.enum(inputChannels).describe('Hvordan innspillene ble samlet inn: meeting, digital-meeting eller written.'),
    /** Ids of the actors that organised the round. @example ["KD"] */
    organisers: z.array(z.string()).min(1).describe('Id-ene til aktørene som arrangerte runden.'),
    /** What the round asked about. */
    summary: z.string().min(1).describe('Hva runden spurte om.'),
    ...commonFields,
  })
  .describe('En innspillsrunde.');

export type InputRoundInput = z.input<typeof inputRoundSchema>;
export type InputRound = z.output<typeof inputRoundSchema>;
