import { z } from 'zod';
import { commonFields } from './common.ts';
import { chosenIdPatterns, idOf } from './ids.ts';
import { line, prose } from './text.ts';
import { declaredCode } from './vocabulary.ts';

/** An actor (aktør): someone who is responsible for or takes part in measures. */
export const actorSchema = z
  .strictObject({
    /** Short id: ASCII letters, digits and hyphen. @example "Udir" */
    id: idOf(chosenIdPatterns.actor, 'Bokstaver a–z (uten æ, ø og å), tall og bindestrek, for eksempel «Udir».', 'Udir'),
    /** Full name. @example "Utdanningsdirektoratet" */
    name: line().min(1).max(300).describe('Fullt navn.'),
    /** Short name used in tables. @example "Udir" */
    shortName: line().min(1).max(60).optional().describe('Kort navn til tabeller.'),
    /** What kind of actor it is. @example "direktorat" */
    kind: declaredCode('actorKind', 'Slags aktør: en av kodene strategien har i «actorKinds» i nettsted.yaml.'),
    /** What the actor is responsible for, in a sentence or two. */
    responsibility: prose().min(1).max(2000).describe('Hva aktøren har ansvar for, i én eller to setninger.'),
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
