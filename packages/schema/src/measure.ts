import { z } from 'zod';
import { commonFields, isoDay, partialDate } from './common.ts';
import { numberedId } from './ids.ts';
import { ref, usedIn } from './ref.ts';
import { line, prose } from './text.ts';
import { declaredCode, measureStatusVocabulary, vocabularyEnum } from './vocabulary.ts';

/** How far a measure has come. */
export const measureStatuses = measureStatusVocabulary.values;
export const measureStatus = vocabularyEnum('measureStatus', 'Fremdrift: planlagt, startet, i-rute, forsinket, fullført eller stanset.');
export type MeasureStatus = z.output<typeof measureStatus>;

/** A sector a measure touches: one of the codes the strategy declares (`sectors` in nettsted.yaml). */
export const sector = declaredCode('sector', 'Sektor: en av kodene strategien har i «sectors» i nettsted.yaml.');

/** One dated entry in a measure's status history. */
export const statusEntrySchema = z
  .strictObject({
    /** The day the status was set. @example "2024-01-15" */
    date: isoDay,
    /** The status from that day on. @example "startet" */
    status: measureStatus,
    /** A short note on what happened. */
    note: prose().min(1).max(2000).optional().describe('Kort merknad om hva som skjedde.'),
  })
  .describe('En datert status i tiltakets historikk.');
export type StatusEntry = z.output<typeof statusEntrySchema>;

/** A link (http or https) or the id of a document that shows a milestone was reached. */
const evidence = line()
  .max(500)
  .regex(/^(https?:\/\/\S+|[A-Za-z][A-Za-z0-9-]{0,59})$/, 'Skriv en lenke (https://…) eller id-en til et dokument, for eksempel «F-2».')
  .describe('Lenke eller dokument-id som viser at milepælen er nådd.')
  .meta({ examples: ['https://www.udir.no/', 'F-2'] });

/** A milestone on the way to a measure's result; reached only with evidence. */
export const milestoneSchema = z
  .strictObject({
    /** What is reached. @example "Veileder publisert" */
    title: line().min(1).max(300).describe('Hva som er nådd.'),
    /** When it is planned, where a date was set. @example "2025-06" */
    planned: partialDate.optional(),
    /** The day it was reached. @example "2025-05-20" */
    done: isoDay.optional(),
    /** A link or a document id that shows it was reached. @example "https://www.udir.no/" */
    evidence: evidence.optional(),
  })
  .describe('En milepæl med planlagt dato, og dato og dokumentasjon når den er nådd.');
export type Milestone = z.output<typeof milestoneSchema>;

/** A measure (tiltak): something concrete someone will do for one or more goals. */
export const measureSchema = z
  .strictObject({
    /** Id, T- and a number. @example "T-1" */
    id: numberedId('T-'),
    /** What will be done, as a short sentence. @example "Utrede en felles støttetjeneste for personvern" */
    title: line().min(1).max(300).describe('Hva som skal gjøres, kort.'),
    /** Ids of the goals the measure serves. @example ["M-3"] */
    goals: z
      .array(
        ref('goal', 'Id-en til et mål tiltaket skal bidra til.', { inverse: { nb: 'Tiltak for målet', nn: 'Tiltak for målet', en: 'Measures for this goal' } }),
      )
      .min(1)
      .describe('Id-ene til målene tiltaket skal bidra til.')
      .meta({ examples: [['M-3']] }),
    /** Ids of the actors responsible. @example ["KD", "KS"] */
    responsible: z
      .array(ref('actor', 'Id-en til en aktør som har ansvaret.', { inverse: { nb: 'Ansvarlig for', nn: 'Ansvarleg for', en: 'Responsible for' } }))
      .min(1)
      .describe('Id-ene til aktørene som har ansvaret.'),
    /** Ids of actors taking part. @example ["Udir"] */
    partners: z
      .array(ref('actor', 'Id-en til en aktør som deltar.', { inverse: { nb: 'Deltar i', nn: 'Deltek i', en: 'Takes part in' } }))
      .default([])
      .describe('Id-ene til aktørene som deltar.'),
    /** Sectors the measure touches. @example ["barnehage", "grunnskole"] */
    sectors: z.array(sector).min(1).describe('Sektorene tiltaket gjelder.'),
    /** When the work starts. @example 2023 */
    start: partialDate,
    /** When the work is to be done; left out when no deadline is set (the site then says so). @example "2025-12" */
    deadline: partialDate.optional(),
    /** How far the measure has come. @example "startet" */
    status: measureStatus,
    /** Id of the action plan the measure belongs to. The plan's list of measures is made from this field. @example "H-1" */
    actionPlan: ref('actionPlan', 'Id-en til handlingsplanen tiltaket hører til.', {
      example: 'H-1',
      inverse: { nb: 'Tiltak i handlingsplanen', nn: 'Tiltak i handlingsplanen', en: 'Measures in this action plan' },
    }).optional(),
    /** Ids of the inputs (innspill) that shaped this measure. @example ["IN-1"] */
    inputs: z
      .array(ref('input', 'Id-en til et innspill som formet tiltaket.', { inverse: usedIn }))
      .default([])
      .describe('Id-ene til innspillene som formet tiltaket.'),
    /** Dated status entries, oldest first. */
    history: z.array(statusEntrySchema).default([]).describe('Statushistorikk, eldste først.'),
    /** Milestones, in planned order; a measure is done only with evidence for each. */
    milestones: z.array(milestoneSchema).default([]).describe('Milepæler i planlagt rekkefølge, med dokumentasjon når de er nådd.'),
    ...commonFields,
  })
  .describe('Et tiltak i strategien.');

export type MeasureInput = z.input<typeof measureSchema>;
export type Measure = z.output<typeof measureSchema>;
