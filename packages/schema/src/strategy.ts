import { z } from 'zod';
import { commonFields, yearPeriod } from './common.ts';
import { chosenIdPatterns, idOf, numberedId } from './ids.ts';
import { ref } from './ref.ts';
import { line, prose } from './text.ts';
import { vocabularyEnum } from './vocabulary.ts';

/** An ISBN-13 whose check digit adds up: a typo in one digit is caught here, not in print. */
const isbnShape = /^97[89](?:-?\d){9}-?\d$/;
const isbn = z
  .string()
  .regex(isbnShape, { message: 'ISBN må ha 13 sifre og begynne med 978 eller 979, for eksempel «978-82-0000-000-6».', abort: true })
  .refine((value) => {
    const digits = value.replaceAll('-', '').split('').map(Number);
    return digits.reduce((sum, digit, index) => sum + digit * (index % 2 === 0 ? 1 : 3), 0) % 10 === 0;
  }, 'Kontrollsifferet i ISBN-en stemmer ikke: sjekk at sifrene er skrevet av riktig.')
  .describe('ISBN for publikasjonen, 13 sifre med eller uten bindestreker.')
  .meta({ examples: ['978-82-0000-000-6'], pattern: isbnShape.source });

/** What became of a measure of an earlier version that this version drops or rewords; the ledger of commitments reads it. */
export const measureFateSchema = z
  .strictObject({
    /** The id the measure had. @example "T-4" */
    measure: numberedId('T-'),
    /** What became of it. @example "slått-sammen" */
    fate: vocabularyEnum('measureFate', 'Hva som skjedde: ikke-videreført, slått-sammen, erstattet eller endret.'),
    /** The measure of this version that carries it on, for `slått-sammen` and `erstattet`. @example "T-2" */
    successor: numberedId('T-').optional(),
    /** Why, in a sentence or two; readers see it in the ledger. */
    reason: prose().min(1).max(2000).describe('Hvorfor, i en setning eller to. Leserne ser det i oversikten over tiltak.'),
  })
  .describe('Hva som ble av et tiltak fra en tidligere versjon.');
export type MeasureFate = z.output<typeof measureFateSchema>;

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
    /** The publisher's own number for the publication, printed in the PDF's colophon. @example "V-0123 B" */
    publicationNumber: line()
      .min(1)
      .max(60)
      .optional()
      .describe('Utgiverens publikasjonsnummer, som står i kolofonen i PDF-en.')
      .meta({ examples: ['V-0123 B'] }),
    /** The ISBN of the publication (13 digits, hyphens allowed), printed in the PDF's colophon. @example "978-82-0000-000-6" */
    isbn: isbn.optional(),
    /** What became of the measures of the previous version that this one drops or rewords. */
    fates: z.array(measureFateSchema).default([]).describe('Hva som ble av tiltak fra forrige versjon som er tatt ut eller har fått et annet løfte.'),
    ...commonFields,
  })
  .describe('Strategidokumentet på toppnivå.');

export type StrategyInput = z.input<typeof strategySchema>;
export type Strategy = z.output<typeof strategySchema>;
