/**
 * What a responder may set, and nothing else: a strict schema, so a form or request that tries to set its own
 * state, moderator or input id is refused rather than stored. The limits keep one response readable and the
 * database small; single-line fields refuse control characters, since name and e-mail go into mail headers.
 */
import { vocabularies } from '@strategi/schema';
import { z } from 'zod';

export const MAX_NAME_LENGTH = 200;
export const MAX_RESPONSE_LENGTH = 20_000;
export const MAX_QUOTE_LENGTH = 2_000;
export const MAX_QUOTE_CONTEXT_LENGTH = 200;
export const MAX_EMAIL_LENGTH = 254;
export const PUBLICATIONS = ['named', 'anonymous', 'none'] as const;
/** The languages a response can be sent in: the service's pages', so that later mail is in the responder's. */
export const RESPONSE_LANGUAGES = ['nb', 'nn', 'en'] as const;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to refuse control characters
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;

const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !CONTROL.test(value), 'control');
const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !CONTROL.test(value), 'control')
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null);

/** Text may have line breaks and tabs, but no other control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to refuse control characters
const TEXT_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const quoteSchema = z.strictObject({
  exact: z.string().min(1).max(MAX_QUOTE_LENGTH),
  prefix: z.string().max(MAX_QUOTE_CONTEXT_LENGTH).default(''),
  suffix: z.string().max(MAX_QUOTE_CONTEXT_LENGTH).default(''),
});

const positionSchema = z
  .strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((position) => position.end >= position.start, 'order');

/** The tool's kinds of senders, for a caller that gives none (a strategy without `senderKinds` in nettsted.yaml). */
const DEFAULT_SENDER_KINDS = vocabularies.senderKind.values;

/** One of the kinds of senders the strategy declares: the service offers those, and takes no other. */
const senderKindIn = (senderKinds: readonly string[]) => z.string().refine((value) => senderKinds.includes(value), 'senderKind');

const responderFields = {
  name: line(MAX_NAME_LENGTH),
  organisation: optionalLine(MAX_NAME_LENGTH),
  publication: z.enum(PUBLICATIONS),
  text: z
    .string()
    .trim()
    .min(1)
    .max(MAX_RESPONSE_LENGTH)
    .refine((value) => !TEXT_CONTROL.test(value), 'control'),
};

const newResponseSchema = (senderKinds: readonly string[]) =>
  z.strictObject({
    version: line(100),
    document: optionalLine(300),
    quote: quoteSchema.nullable().optional().default(null),
    position: positionSchema.nullable().optional().default(null),
    email: optionalLine(MAX_EMAIL_LENGTH).pipe(z.email().nullable()),
    ...responderFields,
    senderKind: senderKindIn(senderKinds),
    lang: z.enum(RESPONSE_LANGUAGES).optional().default('nb'),
  });

/** A correction changes what was said and how it is shown; never the version, passage or receipt address. */
const responseChangeSchema = (senderKinds: readonly string[]) =>
  z.strictObject({
    name: responderFields.name.optional(),
    /** Absent: unchanged; empty: removed. */
    organisation: z
      .string()
      .trim()
      .max(MAX_NAME_LENGTH)
      .refine((value) => !CONTROL.test(value), 'control')
      .optional(),
    senderKind: senderKindIn(senderKinds).optional(),
    publication: responderFields.publication.optional(),
    text: responderFields.text.optional(),
  });

export type NewResponse = z.input<ReturnType<typeof newResponseSchema>>;
export type ResponseChange = z.input<ReturnType<typeof responseChangeSchema>>;

/** The fields that failed, by name (`name`, `email`, `quote` …), so a form can say what to fix beside each. */
export class ResponseInputError extends Error {
  readonly fields: string[];
  constructor(error: z.ZodError) {
    const fields = [...new Set(error.issues.map((issue) => String(issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : ''))))];
    super(`Invalid response: ${fields.join(', ')}`);
    this.name = 'ResponseInputError';
    this.fields = fields;
  }
}

/** A new response, checked; `senderKinds` are the codes the strategy declares (default: the tool's list). */
export function parseNewResponse(input: unknown, senderKinds: readonly string[] = DEFAULT_SENDER_KINDS): z.output<ReturnType<typeof newResponseSchema>> {
  const parsed = newResponseSchema(senderKinds).safeParse(input);
  if (!parsed.success) throw new ResponseInputError(parsed.error);
  return parsed.data;
}

export function parseResponseChange(input: unknown, senderKinds: readonly string[] = DEFAULT_SENDER_KINDS): z.output<ReturnType<typeof responseChangeSchema>> {
  const parsed = responseChangeSchema(senderKinds).safeParse(input);
  if (!parsed.success) throw new ResponseInputError(parsed.error);
  return parsed.data;
}
