import { z } from 'zod';
import { commonFields, partialDate } from './common.ts';
import { numberedId } from './ids.ts';
import { ref } from './ref.ts';
import { line, prose } from './text.ts';
import { inputChannelVocabulary, vocabularyEnum } from './vocabulary.ts';

/** How an input round gathered input. */
export const inputChannels = inputChannelVocabulary.values;

/** An input round (innspillsrunde): a meeting or a written round that gathered input. */
export const inputRoundSchema = z
  .strictObject({
    /** Id, R- and a number. @example "R-1" */
    id: numberedId('R-'),
    /** Name of the round. @example "Åpent innspillsmøte med kunnskapsministeren" */
    title: line().min(1).max(300).describe('Navnet på innspillsrunden.'),
    /** The day, or the first day, of the round; only the month or the year when that is all that is known. @example "2022-04-04" */
    date: partialDate,
    /** The end of a round that ran over time, as precise as known. @example "2022-06" */
    endDate: partialDate.optional(),
    /** How input was gathered. @example "møte" */
    channel: vocabularyEnum('inputChannel', 'Hvordan innspillene ble samlet inn: møte, digitalt-møte eller skriftlig.'),
    /** Ids of the actors that organised the round. @example ["KD"] */
    organisers: z
      .array(
        ref('actor', 'Id-en til en aktør som arrangerte runden.', {
          inverse: { nb: 'Har arrangert innspillsrunder', nn: 'Har arrangert innspelsrundar', en: 'Organised input rounds' },
        }),
      )
      .min(1)
      .describe('Id-ene til aktørene som arrangerte runden.'),
    /** What the round asked about. */
    summary: prose().min(1).max(2000).describe('Hva runden spurte om.'),
    ...commonFields,
  })
  .describe('En innspillsrunde.');

export type InputRoundInput = z.input<typeof inputRoundSchema>;
export type InputRound = z.output<typeof inputRoundSchema>;
