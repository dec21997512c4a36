import { z } from 'zod';
import { idOf, idPatterns, isoDay } from './common.ts';

/** Where a version stands. `superseded` is also derived when a later adopted version exists. */
export const versionStatuses = ['draft', 'consultation', 'adopted', 'superseded'] as const;
export const versionStatus = z.enum(versionStatuses).describe('draft (utkast), consultation (høring), adopted (vedtatt) eller superseded (erstattet).');
export type VersionStatus = z.output<typeof versionStatus>;

/** A released version: a frozen copy of every document, described by `versjon.md` in its folder. */
export const versionSchema = z
  .strictObject({
    /** Id; also the folder name and the URL segment. @example "2023-vedtatt" */
    id: idOf(idPatterns.version, 'Små bokstaver, tall og bindestrek, for eksempel «2023-vedtatt».', '2023-vedtatt'),
    /** The name readers see. @example "Vedtatt strategi, april 2023" */
    label: z.string().min(1).describe('Navnet leserne ser.'),
    /** Where the version stands. @example "adopted" */
    status: versionStatus,
    /** The day it was released. @example "2023-04-19" */
    date: isoDay,
    /** True when the version illustrates the workflow rather than a document that was published; the site says so. */
    example: z.boolean().default(false).describe('Sett til true når versjonen er et eksempel og ikke en faktisk publisert utgave.'),
    /** A content hash per file of the snapshot, written by `strategi release`; never edit by hand. */
    hashes: z
      .record(z.string(), z.string().regex(/^sha256-[0-9a-f]{64}$/))
      .default({})
      .describe('Innholdshash per fil, skrevet av «strategi release». Skal ikke endres for hånd.'),
  })
  .describe('Beskrivelse av en frigitt versjon.');

export type VersionInput = z.input<typeof versionSchema>;
export type Version = z.output<typeof versionSchema>;
