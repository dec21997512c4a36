import { z } from 'zod';

/** The strategy runs from 2023 to 2030; every date in the content must fall inside it. */
export const STRATEGY_PERIOD = { start: 2023, end: 2030 } as const;

/** The written forms the content may use: bokmål, nynorsk and English. */
export const languages = ['nb', 'nn', 'en'] as const;
export const language = z
  .enum(languages)
  .describe('Målform for dokumentet: nb (bokmål), nn (nynorsk) eller en (engelsk).')
  .meta({ examples: ['nb', 'nn'] });
export type Language = z.output<typeof language>;

/**
 * A date as precise as the facts allow: a year (2026), a month (2026-06) or a day (2026-06-15).
 * YAML reads a bare year as a number; both come out as the same string.
 */
export const partialDate = z
  .union([z.int().min(1900).max(2100), z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/)])
  .transform((value) => String(value))
  .describe('År (2026), måned (2026-06) eller dato (2026-06-15).')
  .meta({ examples: [2026, '2026-06', '2026-06-15'] });
export type PartialDate = z.output<typeof partialDate>;

/** A full calendar day, YYYY-MM-DD. YAML 1.2 keeps it as a string. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
  .describe('Dato på formen ÅÅÅÅ-MM-DD.')
  .meta({ examples: ['2023-04-19'] });

/** A period of whole years, e.g. an action plan for 2023–2025. */
export const yearPeriod = z
  .strictObject({
    /** First year of the period. @example 2023 */
    start: z.int().min(1900).max(2100).describe('Første år i perioden.'),
    /** Last year of the period. @example 2025 */
    end: z.int().min(1900).max(2100).describe('Siste år i perioden.'),
  })
  .refine((period) => period.end >= period.start, {
    message: 'Perioden slutter før den begynner.',
    path: ['end'],
  })
  .describe('Periode i hele år, med start og slutt.');

/** Where a fact comes from. */
export const source = z
  .strictObject({
    /** What the source is called. @example "Regjeringen.no: Strategi for digital kompetanse og infrastruktur" */
    title: z.string().min(1).describe('Hva kilden heter.'),
    /** Where it can be read. @example "https://www.regjeringen.no/…" */
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('Adressen der kilden kan leses (http eller https).'),
  })
  .describe('En kilde for faktaene i dokumentet.');
export type Source = z.output<typeof source>;

/** Fields every document of the strategy may carry. */
export const commonFields = {
  /** The document's written form. @example "nb" */
  lang: language.default('nb'),
  /** Sources of the facts in the document. */
  sources: z.array(source).default([]).describe('Kildene faktaene i dokumentet bygger på.'),
  /** True when the document is an illustration, not a fact; the site marks it as an example. */
  example: z.boolean().default(false).describe('Sett til true når dokumentet er et eksempel og ikke bygger på kjente fakta.'),
  /** A note for the editors only. It is never published. */
  internalNote: z.string().optional().describe('Intern merknad til redaksjonen. Publiseres aldri.'),
  /** Former ids of this document; the site redirects them. @example ["T-7"] */
  aliases: z.array(z.string()).default([]).describe('Tidligere id-er for dokumentet. Nettstedet sender lesere videre.'),
};
