import { z } from 'zod';
import { commonFields, idOf, idPatterns, isoDay, partialDate, sector } from './common.ts';

/** How far a measure has come. */
export const measureStatuses = ['planned', 'started', 'on-track', 'delayed', 'done', 'stopped'] as const;
export const measureStatus = z
  .enum(measureStatuses)
  .describe('Status: planned (planlagt), started (startet), on-track (i rute), delayed (forsinket), done (fullført) eller stopped (stanset).');
export type MeasureStatus = z.output<typeof measureStatus>;

/** One dated entry in a measure's status history. */
export const statusEntrySchema = z
  .strictObject({
    /** The day the status was set. @example "2024-01-15" */
    date: isoDay,
    /** The status from that day on. @example "started" */
    status: measureStatus,
    /** A short note on what happened. */
    note: z.string().min(1).optional().describe('Kort merknad om hva som skjedde.'),
  })
  .describe('En datert status i tiltakets historikk.');
export type StatusEntry = z.output<typeof statusEntrySchema>;

/** A measure (tiltak): something concrete someone will do for one or more goals. */
export const measureSchema = z
  .strictObject({
    /** Id, T- and a number. @example "T-12" */
    id: idOf(idPatterns.measure, 'T- og et tall, for eksempel «T-12».', 'T-12'),
    /** What will be done, as a short sentence. @example "Utrede en felles støttetjeneste for personvern" */
    title: z.string().min(1).describe('Hva som skal gjøres, kort.'),
    /** Ids of the goals the measure serves. @example ["M-3"] */
    goals: z
      .array(z.string())
      .min(1)
      .describe('Id-ene til målene tiltaket skal bidra til.')
      .meta({ examples: [['M-3']] }),
    /** Ids of the actors responsible. @example ["KD", "KS"] */
    responsible: z.array(z.string()).min(1).describe('Id-ene til aktørene som har ansvaret.'),
    /** Ids of actors taking part. @example ["Udir"] */
    partners: z.array(z.string()).default([]).describe('Id-ene til aktørene som deltar.'),
    /** Sectors the measure touches. @example ["barnehage", "grunnskole"] */
    sectors: z.array(sector).min(1).describe('Sektorene tiltaket gjelder.'),
    /** When the work starts. @example 2023 */
    start: partialDate,
    /** When the work is to be done. @example "2025-12" */
    deadline: partialDate,
    /** How far the measure has come. @example "started" */
    status: measureStatus,
    /** Id of the action plan the measure belongs to. @example "H-1" */
    actionPlan: z.string().optional().describe('Id-en til handlingsplanen tiltaket hører til.'),
    /** Ids of the inputs (innspill) that shaped this measure. @example ["IN-1"] */
    inputs: z.array(z.string()).default([]).describe('Id-ene til innspillene som formet tiltaket.'),
    /** Dated status entries, oldest first. */
    history: z.array(statusEntrySchema).default([]).describe('Statushistorikk, eldste først.'),
    ...commonFields,
  })
  .describe('Et tiltak i strategien.');

export type MeasureInput = z.input<typeof measureSchema>;
export type Measure = z.output<typeof measureSchema>;
