import { z } from 'zod';
import { isoDay } from './common.ts';
import { idOf, idPatterns } from './ids.ts';
import { SCHEMA_VERSION } from './schema-version.ts';
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
  })
  .describe('Høringsfrist og hvor publikum svarer.');
export type Consultation = z.output<typeof consultationSchema>;

/** A released version: a frozen copy of every document, described by `versjon.md` in its folder. */
export const versionSchema = z
  .strictObject({
    /** Id; also the folder name and the URL segment. @example "2023-vedtatt" */
    id: idOf(idPatterns.version, 'Små bokstaver, tall og bindestrek, for eksempel «2023-vedtatt».', '2023-vedtatt'),
    /** The name readers see. @example "Vedtatt strategi, april 2023" */
    label: z.string().min(1).max(200).describe('Navnet leserne ser.'),
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
