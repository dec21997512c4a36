import { z } from 'zod';
import { isoDay } from './common.ts';
import { chosenIdPatterns, idOf } from './ids.ts';
import { SCHEMA_VERSION } from './schema-version.ts';
import { line, prose } from './text.ts';
import { versionStatusVocabulary, vocabularyEnum } from './vocabulary.ts';

/** Where a version stands. `erstattet` is also derived for every adopted version but the newest. */
export const versionStatuses = versionStatusVocabulary.values;
export const versionStatus = vocabularyEnum('versionStatus', 'utkast, høring, vedtatt eller erstattet.');
export type VersionStatus = z.output<typeof versionStatus>;

/** Which status may follow which; a version never goes back, and what is public stays public. */
export const versionTransitions: Readonly<Record<VersionStatus, readonly VersionStatus[]>> = {
  utkast: ['høring', 'vedtatt'],
  høring: ['vedtatt', 'erstattet'],
  vedtatt: ['erstattet'],
  erstattet: [],
};

/** The statuses the public may read. */
export const publicVersionStatuses: ReadonlySet<VersionStatus> = new Set(['høring', 'vedtatt', 'erstattet']);

/** How much a version changed: `vesentlig` goes to the feed and the versions list, `mindre` only to the history. */
export const changeKind = vocabularyEnum('changeKind', 'vesentlig (innholdet i strategien er endret) eller mindre (rettelser).');
export type ChangeKind = z.output<typeof changeKind>;

/** A moment with its offset from UTC, to the minute or second: `2027-01-15T10:00+01:00`. */
export const isoMoment = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/,
    'Et tidspunkt med dato, klokkeslett og tidssone, for eksempel «2027-01-15T10:00+01:00».',
  )
  .refine((value) => !Number.isNaN(Date.parse(value)) && sameDay(value), 'Tidspunktet finnes ikke i kalenderen.');

/** True when the date part of `value` is a day that exists (Date.parse rolls 31 February into March). */
function sameDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && Number(value.slice(11, 13)) < 24 && Number(value.slice(14, 16)) < 60;
}

const sha256 = z.string().regex(/^sha256-[0-9a-f]{64}$/, 'En innholdshash skrevet av «strategi release»: sha256- og 64 heksadesimale tegn.');

/** One status a version has had, from the day it was set; written by `strategi release` and `strategi version status`. */
export const versionTransitionSchema = z
  .strictObject({
    /** The status from that day on. @example "vedtatt" */
    status: versionStatus,
    /** The day it was set. @example "2023-04-20" */
    date: isoDay,
  })
  .describe('En status versjonen har hatt, fra den dagen den ble satt.');
export type VersionTransition = z.output<typeof versionTransitionSchema>;

/** A consultation: until when the public may respond, and where. */
export const consultationSchema = z
  .strictObject({
    /** The last day to respond. @example "2022-12-15" */
    deadline: isoDay.describe('Siste dag for høringssvar.'),
    /** The page where the public reads about the consultation and responds (http or https). @example "https://www.regjeringen.no/no/dokumenter/horing/id000000/" */
    url: z.url({ protocol: /^https?$/ }).describe('Siden der publikum leser om høringen og sender svar (http eller https).'),
    /** Why the period is shorter than three months (utredningsinstruksen 3-3); needed under six weeks. Written by `strategi release --begrunnelse`. @example "Fristen følger av EØS-direktivet." */
    shortDeadlineReason: line()
      .min(1)
      .max(1000)
      .optional()
      .describe(
        'Hvorfor høringsfristen er kortere enn tre måneder. Må være med når fristen er kortere enn seks uker. Skrives av «strategi release --begrunnelse».',
      ),
  })
  .describe('Høringsfrist og hvor publikum svarer.');
export type Consultation = z.output<typeof consultationSchema>;

/** A released version: a frozen copy of every document, described by `versjon.md` in its folder. */
export const versionSchema = z
  .strictObject({
    /** Id; also the folder name and the URL segment. @example "2023-vedtatt" */
    id: idOf(chosenIdPatterns.version, 'Små bokstaver, tall og bindestrek, for eksempel «2023-vedtatt».', '2023-vedtatt'),
    /** The name readers see. @example "Vedtatt strategi, april 2023" */
    label: line().min(1).max(200).describe('Navnet leserne ser.'),
    /** Where the version stands: the status of the last entry in `history`. @example "vedtatt" */
    status: versionStatus,
    /** The day it was released. @example "2023-04-20" */
    date: isoDay,
    /** True when the version illustrates the workflow rather than a document that was published; the site says so. */
    example: z.boolean().default(false).describe('Sett til true når versjonen er et eksempel og ikke en faktisk publisert utgave.'),
    /** The schema version the content was validated with when it was released; 1 when absent. */
    schemaVersion: z.int().min(1).max(SCHEMA_VERSION).default(1).describe('Skjemaversjonen innholdet ble sjekket med da versjonen ble frigitt.'),
    /** Schema version 1 only: a content hash per file of the snapshot. */
    hashes: z.record(z.string(), sha256).optional().describe('Bare skjemaversjon 1: innholdshash per fil. Skal ikke endres for hånd.'),
    /** The hash of `versjon.sha256`, the list of every file's hash, written by `strategi release`. */
    manifest: sha256.optional().describe('Hash av «versjon.sha256», skrevet av «strategi release». Skal ikke endres for hånd.'),
    /** Whether the version changed the strategy in substance (`vesentlig`) or only corrected it (`mindre`). @example "vesentlig" */
    change: changeKind.optional(),
    /** What changed, in a sentence or two of Markdown in the documents' language; readers see it in the history. @example "Nytt tiltak om kunstig intelligens i skolen." */
    changeNote: prose().min(1).max(2000).optional().describe('Hva som er endret, i en setning eller to (Markdown). Leserne ser det i endringshistorikken.'),
    /** When the version becomes public; a public build before this moment leaves it out. @example "2027-01-15T10:00+01:00" */
    publishAt: isoMoment.optional().describe('Når versjonen blir offentlig, med tidssone. En offentlig bygging før dette tidspunktet tar den ikke med.'),
    /** Every status the version has had, oldest first; the last one is `status`. */
    history: z
      .array(versionTransitionSchema)
      .default([])
      .describe('Statusene versjonen har hatt, eldste først. Skrives av «strategi release» og «strategi version status».'),
    /** For a version sent on consultation: the deadline and where to respond; the site shows them until the deadline. */
    consultation: consultationSchema.optional().describe('For en versjon på høring: høringsfristen og hvor publikum svarer.'),
    /** The hash of everything else in this file, written by the commands that change it; a hand edit breaks it. */
    seal: sha256.optional().describe('Hash av resten av filen, skrevet av «strategi release» og «strategi version». Skal ikke endres for hånd.'),
  })
  .describe('Beskrivelse av en frigitt versjon.');

export type VersionInput = z.input<typeof versionSchema>;
export type Version = z.output<typeof versionSchema>;
