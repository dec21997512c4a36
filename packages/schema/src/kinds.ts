import type { z } from 'zod';
import { actionPlanSchema } from './action-plan.ts';
import { actorSchema } from './actor.ts';
import { focusAreaSchema } from './focus-area.ts';
import { goalSchema } from './goal.ts';
import { inputSchema } from './input.ts';
import { inputRoundSchema } from './input-round.ts';
import { measureSchema } from './measure.ts';
import { strategySchema } from './strategy.ts';

/**
 * Every kind of document in a version, with the folder it lives in and the Markdown link scheme
 * that points at it (`[tiltaket](tiltak:T-12)`).
 */
export const documentKinds = {
  strategy: { schema: strategySchema, folder: '', linkScheme: 'strategi', noun: 'strategien', indefinite: 'en strategi' },
  focusArea: { schema: focusAreaSchema, folder: 'innsatsomrader', linkScheme: 'innsatsomrade', noun: 'innsatsområdet', indefinite: 'et innsatsområde' },
  goal: { schema: goalSchema, folder: 'mal', linkScheme: 'mal', noun: 'målet', indefinite: 'et mål' },
  measure: { schema: measureSchema, folder: 'tiltak', linkScheme: 'tiltak', noun: 'tiltaket', indefinite: 'et tiltak' },
  actionPlan: { schema: actionPlanSchema, folder: 'handlingsplaner', linkScheme: 'handlingsplan', noun: 'handlingsplanen', indefinite: 'en handlingsplan' },
  actor: { schema: actorSchema, folder: 'aktorer', linkScheme: 'aktor', noun: 'aktøren', indefinite: 'en aktør' },
  inputRound: { schema: inputRoundSchema, folder: 'innspillsrunder', linkScheme: 'innspillsrunde', noun: 'innspillsrunden', indefinite: 'en innspillsrunde' },
  input: { schema: inputSchema, folder: 'innspill', linkScheme: 'innspill', noun: 'innspillet', indefinite: 'et innspill' },
} as const satisfies Record<string, { schema: z.ZodType; folder: string; linkScheme: string; noun: string; indefinite: string }>;

export type DocumentKind = keyof typeof documentKinds;
export const documentKindNames = Object.keys(documentKinds) as DocumentKind[];

/** The file that holds the strategy document in every version folder. */
export const STRATEGY_FILE = 'strategi.md';
/** The folder that holds released versions, beside the working draft. */
export const VERSIONS_FOLDER = 'versjoner';
/** The file inside a version folder that describes the version. */
export const VERSION_FILE = 'versjon.md';

/** What the program gets for each kind after parsing. */
export type DocumentData<K extends DocumentKind> = z.output<(typeof documentKinds)[K]['schema']>;
/** What an author writes for each kind. */
export type DocumentInput<K extends DocumentKind> = z.input<(typeof documentKinds)[K]['schema']>;

/** The kind whose folder is `folder`, if any. */
export function kindForFolder(folder: string): DocumentKind | undefined {
  return documentKindNames.find((kind) => kind !== 'strategy' && documentKinds[kind].folder === folder);
}

/** The kind whose Markdown link scheme is `scheme`, if any. */
export function kindForLinkScheme(scheme: string): DocumentKind | undefined {
  return documentKindNames.find((kind) => documentKinds[kind].linkScheme === scheme);
}
