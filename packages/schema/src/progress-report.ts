import { z } from 'zod';
import { commonFields, isoDay } from './common.ts';
import { numberedId } from './ids.ts';
import { measureStatus } from './measure.ts';
import { ref } from './ref.ts';
import { line, prose } from './text.ts';

const sha256 = z.string().regex(/^sha256-[0-9a-f]{64}$/, 'En innholdshash skrevet av «strategi import status»: sha256- og 64 heksadesimale tegn.');

/** One measure's status in a report. */
export const reportEntrySchema = z
  .strictObject({
    /** Id of the measure. @example "T-8" */
    measure: ref('measure', 'Id-en til tiltaket statusen gjelder.', {
      example: 'T-8',
      inverse: { nb: 'Fremdriftsrapporter', nn: 'Framdriftsrapportar', en: 'Progress reports' },
    }),
    /** The measure's status as of the report. @example "fullført" */
    status: measureStatus,
    /** The day the status was set, if other than the report's date. @example "2024-11-11" */
    date: isoDay.optional(),
    /** What happened, in a sentence or two. */
    note: prose().min(1).max(2000).optional().describe('Kort merknad om hva som skjedde.'),
  })
  .describe('Statusen til ett tiltak i rapporten.');
export type ReportEntry = z.output<typeof reportEntrySchema>;

/**
 * A progress report (fremdriftsrapport): the status of measures as of one day. Reports are dated documents of their
 * own, kept apart from the strategy's versions: publishing one does not release a new version of the text.
 */
export const progressReportSchema = z
  .strictObject({
    /** Id, F- and a number. @example "F-1" */
    id: numberedId('F-'),
    /** What the report is called. @example "Status per 1. juni 2026" */
    title: line().min(1).max(300).describe('Hva rapporten heter.'),
    /** The day the statuses are as of. @example "2026-06-01" */
    date: isoDay.describe('Dagen statusene gjelder per (ÅÅÅÅ-MM-DD).'),
    /** The day the report is public; left out while it is a draft. Written with the seal. @example "2026-06-05" */
    published: isoDay.optional().describe('Dagen rapporten blir offentlig. Mangler mens rapporten er et utkast.'),
    /** The statuses, one entry per measure. */
    entries: z.array(reportEntrySchema).default([]).describe('Statusene, én oppføring per tiltak.'),
    /** The hash of everything else in the file, written when the report is published; a hand edit breaks it. */
    seal: sha256.optional().describe('Hash av resten av filen, skrevet når rapporten publiseres. Skal ikke endres for hånd.'),
    ...commonFields,
  })
  .describe('En fremdriftsrapport: tiltakenes status per en dato.');

export type ProgressReportInput = z.input<typeof progressReportSchema>;
export type ProgressReport = z.output<typeof progressReportSchema>;
