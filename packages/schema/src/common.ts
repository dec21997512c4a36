import { z } from 'zod';
import { line, prose } from './text.ts';

/** The strategy runs from 2023 to 2030; every date in the content must fall inside it. */
export const STRATEGY_PERIOD = { start: 2023, end: 2030 } as const;

/** The written forms the content may use: bokmål, nynorsk and English. */
export const languages = ['nb', 'nn', 'en'] as const;
export const language = z
  .enum(languages)
  .describe('Målform for dokumentet: nb (bokmål), nn (nynorsk) eller en (engelsk).')
  .meta({ examples: ['nb', 'nn'] });
export type Language = z.output<typeof language>;

const monthNames = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Why a date shaped as `YYYY-MM` or `YYYY-MM-DD` is not in the calendar (`2023-02-30`, `2023-13-01`), or
 * undefined when it is. The regular expressions only check the shape, so that the message can say what is wrong.
 */
function impossibleDateReason(value: string): string | undefined {
  const [year, month, day] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return undefined;
  if (month < 1 || month > 12) return `${value} finnes ikke: måneden må være fra 01 til 12.`;
  if (day === undefined) return undefined;
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day >= 1 && day <= days) return undefined;
  if (month === 2 && day === 29) return `${value} finnes ikke: ${year} er ikke et skuddår, så februar har 28 dager.`;
  return `${value} finnes ikke: ${monthNames[month - 1]} ${year} har ${days} dager.`;
}

function mustBeInCalendar(shape: RegExp) {
  return (value: string, context: z.RefinementCtx<string>) => {
    const reason = shape.test(value) ? impossibleDateReason(value) : undefined;
    if (reason) context.addIssue({ code: 'custom', message: reason, input: value });
  };
}

// The JSON Schemas carry the whole calendar in their patterns, leap years included, so that an editor marks
// `2023-02-30` as the validator does.
const leapYear = String.raw`(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)`;
const calendarDay = String.raw`(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|${leapYear}-02-29)`;
const dayShape = /^\d{4}-\d{2}-\d{2}$/;
const partialDateShape = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A date as precise as the facts allow: a year (2026), a month (2026-06) or a day (2026-06-15).
 * YAML reads a bare year as a number; both come out as the same string. The month and day must exist.
 */
export const partialDate = z
  .union([
    z.int().min(1900).max(2100),
    z
      .string()
      .regex(partialDateShape)
      .superRefine(mustBeInCalendar(partialDateShape))
      .meta({ pattern: String.raw`^\d{4}(?:-(?:0[1-9]|1[0-2]))?$|^${calendarDay}$` }),
  ])
  .transform((value) => String(value))
  .describe('År (2026), måned (2026-06) eller dato (2026-06-15).')
  .meta({ examples: [2026, '2026-06', '2026-06-15'] });
export type PartialDate = z.output<typeof partialDate>;

/** A full calendar day, YYYY-MM-DD, that exists (no 2023-02-30). YAML 1.2 keeps it as a string. */
export const isoDay = z
  .string()
  .regex(dayShape)
  .superRefine(mustBeInCalendar(dayShape))
  .describe('Dato på formen ÅÅÅÅ-MM-DD.')
  .meta({ examples: ['2023-04-19'], pattern: `^${calendarDay}$` });

/** A period of whole years, e.g. an action plan for 2023–2025. */
export const yearPeriod = z
  .strictObject({
    /** First year of the period. @example 2023 */
    start: z.int().min(1900).max(2100).describe('Første år i perioden.'),
    /** Last year of the period. @example 2025 */
    end: z.int().min(1900).max(2100).describe('Siste år i perioden.'),
  })
  .refine((period) => period.end >= period.start, {
    message: 'Perioden slutter før den begynner.',
    path: ['end'],
  })
  .describe('Periode i hele år, med start og slutt.');

/** Where a fact comes from. */
export const source = z
  .strictObject({
    /** What the source is called. @example "Regjeringen.no: Strategi for digital kompetanse og infrastruktur" */
    title: line().min(1).describe('Hva kilden heter.'),
    /** Where it can be read. @example "https://www.regjeringen.no/…" */
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('Adressen der kilden kan leses (http eller https).'),
  })
  .describe('En kilde for faktaene i dokumentet.');
export type Source = z.output<typeof source>;

/** Fields every document of the strategy may carry. */
export const commonFields = {
  /** The document's written form. @example "nb" */
  lang: language.default('nb'),
  /** Sources of the facts in the document. */
  sources: z.array(source).default([]).describe('Kildene faktaene i dokumentet bygger på.'),
  /**
   * What in the document is an illustration, not a fact, so that the site marks exactly that: `true` for the whole
   * document, or the fields that are examples (`body` for the whole text). One invented passage of a text that is
   * otherwise real is marked in the text itself, with a `:::eksempel` block (`EXAMPLE_PASSAGE`), not here.
   * Use `exampleFields` and `isWholeExample` to read it.
   * @example ["status", "deadline", "history"]
   */
  example: z
    .union([z.boolean(), z.array(line().min(1).max(64)).min(1)])
    .default(false)
    .describe('true, false eller en liste med feltene som er eksempler')
    .meta({ examples: [true, ['status', 'deadline', 'history']] }),
  /** A note for the editors only. It is never published. */
  internalNote: prose().optional().describe('Intern merknad til redaksjonen. Publiseres aldri.'),
  /** Former ids of this document; the site redirects them. @example ["T-7"] */
  aliases: z.array(z.string()).default([]).describe('Tidligere id-er for dokumentet. Nettstedet sender lesere videre.'),
};

/** The name `example` uses for a document's text (its Markdown body). */
export const EXAMPLE_BODY = 'body';

/** The name of the block that marks one invented passage of a body: a line `:::eksempel`, the passage, a line `:::`. */
export const EXAMPLE_PASSAGE = 'eksempel';

/** Fields that describe the document rather than state facts, so they are never marked as examples. */
export const NOT_EXAMPLE_FIELDS: ReadonlySet<string> = new Set(['id', 'lang', 'sources', 'example', 'internalNote', 'aliases']);

/** How forms and pages name the two choices of `example` that are not a field: the whole document and its text. */
export const exampleChoiceLabels = {
  whole: { nb: 'hele dokumentet', nn: 'heile dokumentet', en: 'the whole document' },
  [EXAMPLE_BODY]: { nb: 'teksten', nn: 'teksten', en: 'the text' },
} as const;

/** True when the whole document is marked as an example. */
export function isWholeExample(data: { example: boolean | readonly string[] }): boolean {
  return data.example === true;
}

/** The fields marked as examples: every name listed, or none when the mark is for the whole document or absent. */
export function exampleFields(data: { example: boolean | readonly string[] }): readonly string[] {
  return Array.isArray(data.example) ? data.example : [];
}

/** True when `field` (or the whole document) is marked as an example. */
export function isExampleField(data: { example: boolean | readonly string[] }, field: string): boolean {
  return data.example === true || exampleFields(data).includes(field);
}
