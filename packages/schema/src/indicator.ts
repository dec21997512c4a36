import { z } from 'zod';
import { commonFields, partialDate } from './common.ts';
import { numberedId } from './ids.ts';
import { ref } from './ref.ts';
import { line, prose } from './text.ts';

/** A figure as the source publishes it: any finite number, decimals included. */
const figure = z.number().refine(Number.isFinite, 'Verdien må være et endelig tall.');

/** Where the figures come from: a named publication with the address it can be read at. */
export const indicatorSourceSchema = z
  .strictObject({
    /** What the source is called. @example "SSB, statistikkbanken, tabell 12345" */
    title: line().min(1).max(300).describe('Hva kilden heter.'),
    /** Where the figures can be read. @example "https://www.ssb.no/statbank/table/12345" */
    url: z.url({ protocol: /^https?$/ }).describe('Adressen der tallene kan leses (http eller https).'),
  })
  .describe('Kilden til tallene, med adressen de kan leses på.');

/** One measured value. */
export const dataPointSchema = z
  .strictObject({
    /** When the value was measured: a year, a month or a day. @example 2024 */
    date: partialDate,
    /** The value, in the indicator's unit. @example 87.5 */
    value: figure.describe('Verdien, i indikatorens enhet.'),
    /** Where this value is published, if elsewhere than the indicator's source. @example "Monitor skole 2024, tabell 3.1" */
    source: line().min(1).max(300).optional().describe('Hvor verdien er publisert, om ikke i indikatorens kilde.'),
  })
  .describe('Én målt verdi.');
export type DataPoint = z.output<typeof dataPointSchema>;

/** The value the strategy aims at by the end of a year. */
export const targetSchema = z
  .strictObject({
    /** The year the target applies to: a value dated that year is compared with it. @example 2030 */
    year: z.int().min(1900).max(2100).describe('Året målet gjelder for.'),
    /** The value aimed at. @example 100 */
    value: figure.describe('Verdien som er målet.'),
  })
  .describe('Verdien strategien sikter mot et år.');

/**
 * The rule the indicator's status is computed by, declared in the file so that readers can check it.
 * `linear-path`: «på vei» when the latest value is no further behind the straight line from the baseline through
 * the targets than `tolerance` times the line's value there; «nådd» at or past the last target.
 */
export const indicatorRuleSchema = z
  .strictObject({
    /** How the status is computed. @example "linear-path" */
    method: z.literal('linear-path').describe('Hvordan statusen regnes ut: linear-path (rett linje fra utgangspunktet til målet).'),
    /** How far behind the line a value may be and still count as on track, as a share of the line's value. @example 0.1 */
    tolerance: z.number().min(0).max(1).default(0.1).describe('Hvor langt bak linjen verdien kan ligge og likevel være på vei, som andel (0.1 er 10 %).'),
  })
  .describe('Regelen statusen regnes ut etter.');
export type IndicatorRule = z.output<typeof indicatorRuleSchema>;

/**
 * An indicator (indikator): a measured series that tells whether a goal is being reached, with its baseline, its
 * targets and a declared rule. Not part of the strategy's text: new figures are published without a new version.
 */
export const indicatorSchema = z
  .strictObject({
    /** Id, IND- and a number. @example "IND-1" */
    id: numberedId('IND-'),
    /** The indicator's name. @example "Elever med egen digital enhet" */
    title: line().min(1).max(300).describe('Hva indikatoren heter.'),
    /** What exactly is measured, so that two people count the same thing. */
    measured: prose().min(1).max(2000).describe('Hva som måles, presist nok til at to teller det samme.'),
    /** The unit of the values. @example "prosent" */
    unit: line().min(1).max(60).describe('Enheten verdiene er i (prosent, antall …).'),
    /** Where the figures come from. */
    source: indicatorSourceSchema,
    /** The value the targets are measured from. */
    baseline: z
      .strictObject({
        /** When the baseline was measured. @example 2022 */
        date: partialDate,
        /** The value then. @example 81 */
        value: figure.describe('Verdien ved utgangspunktet.'),
      })
      .describe('Utgangspunktet målene regnes fra.'),
    /** The targets by year, up to the strategy's end. */
    targets: z.array(targetSchema).min(1).describe('Målene per år, fram til strategiens slutt.'),
    /** The measured values. */
    points: z.array(dataPointSchema).default([]).describe('De målte verdiene.'),
    /** Ids of the goals the indicator follows. @example ["M-1"] */
    goals: z
      .array(
        ref('goal', 'Id-en til et mål indikatoren følger.', {
          example: 'M-1',
          inverse: { nb: 'Indikatorer', nn: 'Indikatorar', en: 'Indicators' },
        }),
      )
      .min(1)
      .describe('Id-ene til målene indikatoren følger.'),
    rule: indicatorRuleSchema,
    ...commonFields,
  })
  .superRefine((indicator, context) => {
    const years = indicator.targets.map((target) => target.year);
    years.forEach((year, i) => {
      if (years.indexOf(year) !== i) context.addIssue({ code: 'custom', message: `Målet for ${year} står to ganger.`, path: ['targets', i, 'year'] });
    });
  })
  .describe('En indikator: en målt serie med utgangspunkt, mål og en regel for status.');

export type IndicatorInput = z.input<typeof indicatorSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
