import { z } from 'zod';
import { commonFields, idOf, idPatterns } from './common.ts';

/** Kinds of actors that own or share measures. */
export const actorKinds = ['ministry', 'directorate', 'association', 'agency', 'municipal', 'county', 'private-owner'] as const;

/** An actor (aktør): someone who is responsible for or takes part in measures. */
export const actorSchema = z
  .strictObject({
    /** Short id. @example "Udir" */
    id: idOf(idPatterns.actor, 'Bokstaver, tall og bindestrek, for eksempel «Udir».', 'Udir'),
    /** Full name. @example "Utdanningsdirektoratet" */
    name: z.string().min(1).describe('Fullt navn.'),
    /** Short name used in tables. @example "Udir" */
    shortName: z.string().min(1).optional().describe('Kort navn til tabeller.'),
    /** What kind of actor it is. @example "directorate" */
    kind: z.enum(actorKinds).describe('Slags aktør: ministry, directorate, association, agency, municipal, county eller private-owner.'),
    /** What the actor is responsible for, in a sentence or two. */
    responsibility: z.string().min(1).describe('Hva aktøren har ansvar for, i én eller to setninger.'),
    /** Home page. @example "https://www.udir.no" */
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('Aktørens nettsted.'),
    ...commonFields,
  })
  .describe('En aktør som har ansvar for eller deltar i tiltak.');

export type ActorInput = z.input<typeof actorSchema>;
export type Actor = z.output<typeof actorSchema>;
