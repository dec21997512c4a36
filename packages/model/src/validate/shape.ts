import { createProblem, type Place, type Problem, START_OF_FILE, suggestName } from '@strategi/problems';
import { currentValueOf, describeObject, type FieldDescriptor, fieldAt, type TextIssue, vocabularies } from '@strategi/schema';
import type { z } from 'zod';
import { showInvisible } from '../parse/invisible.ts';
import type { Range } from '../parse/lines.ts';
import type { ParsedFile } from '../parse/parse-file.ts';
import { fieldPhrase } from './field-path.ts';

type Issue = z.core.$ZodIssue;

/** Where problems go and how fields are named in them. */
interface Target {
  file: string;
  /** The place of the value at `path`, or of the nearest field around it that has one. */
  place: (path: readonly PropertyKey[]) => Place;
  /** The place of the key at `path`, if it is known. */
  keyPlace: (path: readonly PropertyKey[]) => Place | undefined;
  /** Names for top-level fields (a command's `--label` rather than `label`). */
  names: Readonly<Record<string, string>>;
}

/**
 * Checks one document's frontmatter against its kind's schema. Every zod issue becomes a catalogue
 * problem at the key or value it concerns, with a did-you-mean where one helps.
 */
export function checkShape<S extends z.ZodType>(
  schema: S,
  parsed: Pick<ParsedFile, 'data' | 'keys' | 'values'>,
  file: string,
): { data: z.output<S> | undefined; problems: Problem[] } {
  return check(schema, parsed.data, {
    file,
    place: (path) => placeOf(parsed, path.map(String)),
    keyPlace: (path) => parsed.keys[path.map(String).join('.')],
    names: {},
  });
}

export interface CheckObjectOptions {
  /** Shown as the file of each problem. Default: none (`''`). */
  file?: string;
  /** How a top-level field is named in messages, e.g. `{ label: '--label' }` for a command's flags. */
  names?: Readonly<Record<string, string>>;
}

/**
 * Checks a plain object (a command's flags, a row of an import) against a schema, with no file positions. The
 * problems are the catalogue's, with the same Norwegian messages as for frontmatter, at the start of `file`:
 * `checkObject(versionSchema, { label: '' }, { names: { label: '--label' } })` gives «--label» kan ikke være tom.
 */
export function checkObject<S extends z.ZodType>(
  schema: S,
  value: unknown,
  options: CheckObjectOptions = {},
): { data: z.output<S> | undefined; problems: Problem[] } {
  return check(schema, value, { file: options.file ?? '', place: () => START_OF_FILE, keyPlace: () => undefined, names: options.names ?? {} });
}

function check<S extends z.ZodType>(schema: S, value: unknown, target: Target): { data: z.output<S> | undefined; problems: Problem[] } {
  const result = schema.safeParse(normalizeStrings(value), { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const fields = describeObject(schema);
  const problems = result.error.issues.flatMap((issue) => issueToProblems(issue, fields, target));
  return { data: undefined, problems };
}

/**
 * The fields of a document that are valid on their own, when the document as a whole is not: each field of the
 * kind's object schema is checked alone, and a missing one gets its default. The link and date rules run on these,
 * so that a wrong date does not hide a broken link elsewhere in the file. The shape problems are reported by
 * `checkShape`; what is left out here is never checked twice. Undefined when the schema is not an object schema
 * or the data is not a mapping.
 */
export function partialData(schema: z.ZodType, data: unknown): Record<string, unknown> | undefined {
  const shape = (schema as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape || !data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const values = normalizeStrings(data) as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const result = field.safeParse(values[key]);
    if (result.success && result.data !== undefined) kept[key] = result.data;
  }
  return kept;
}

/** Text is compared in NFC, so that æ, ø and å typed as two code points match the same letters typed as one. */
export function normalizeStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeStrings);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.normalize('NFC'), normalizeStrings(inner)]));
  }
  return value;
}

function issueToProblems(issue: Issue, fields: readonly FieldDescriptor[], target: Target): Problem[] {
  const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
  const field = fieldPhrase(path, target.names);
  const { file } = target;
  const valuePlace = target.place(path);
  const parentPlace = () => target.place(path.slice(0, -1));
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const siblings = path.length === 0 ? fields : (fieldAt(fields, path)?.fields ?? []);
        // A field name typed as its label («frist») is offered the field it names.
        const labels = (name: string) => Object.values(siblings.find((sibling) => sibling.key === name)?.label ?? {});
        const parent = path.length > 0 ? field : undefined;
        return createProblem(
          'schema/unknown-key',
          {
            key: showInvisible(key),
            suggestion: suggestName(
              key,
              siblings.map((sibling) => sibling.key),
              labels,
            ),
            parent,
          },
          file,
          target.keyPlace([...path, key]) ?? valuePlace,
        );
      });
    case 'invalid_type': {
      const expected = describeExpected(issue.expected, fieldAt(fields, path));
      if (issue.input === undefined) return [createProblem('schema/missing-field', { field, expected }, file, parentPlace())];
      return [createProblem('schema/invalid-type', { field, expected, received: describeValue(issue.input) }, file, valuePlace)];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (issue.input === undefined) {
        const expected = options.length === 1 ? q(options[0]!) : `en av ${options.map(q).join(', ')}`;
        return [createProblem('schema/missing-field', { field, expected }, file, parentPlace())];
      }
      const value = String(issue.input);
      // A value of the schema's other vocabulary (version 1's `on-track` for `i-rute`) is offered first.
      const vocabulary = fieldAt(fields, path)?.vocabulary;
      const current = vocabulary ? (currentValueOf(vocabulary, value) ?? formerTypo(vocabulary, value)) : undefined;
      return [
        createProblem(
          'schema/invalid-value',
          { field, value: showInvisible(value), options, suggestion: current ?? suggestName(value, options, () => []) },
          file,
          valuePlace,
        ),
      ];
    }
    case 'invalid_format':
      return [
        createProblem(
          'schema/invalid-format',
          { field, value: showInvisible(String(issue.input)), reason: formatReason(issue, helpAt(fields, path)) },
          file,
          valuePlace,
        ),
      ];
    case 'invalid_union': {
      const expected = lowerFirst(helpAt(fields, path) ?? 'en gyldig verdi').replace(/\.$/, '');
      if (issue.input === undefined) return [createProblem('schema/missing-field', { field, expected }, file, parentPlace())];
      return [createProblem('schema/invalid-type', { field, expected, received: describeValue(issue.input) }, file, valuePlace)];
    }
    case 'too_small':
      return [createProblem('schema/too-small', { field, reason: tooSmallReason(issue) }, file, valuePlace)];
    case 'too_big':
      return [createProblem('schema/invalid', { field, reason: tooBigReason(issue) }, file, valuePlace)];
    case 'not_multiple_of':
      return [
        createProblem(
          'schema/invalid',
          { field, reason: `Verdien skal gå opp i ${String(issue.divisor)}, men er ${describeValue(issue.input)}.` },
          file,
          valuePlace,
        ),
      ];
    case 'invalid_key': {
      // A key of a list keyed by code (a declared list in nettsted.yaml): the key's own check says what form it takes.
      const reason = issue.issues.find((inner) => inner.code === 'invalid_format')?.message ?? 'Et feltnavn her har feil form.';
      return [createProblem('schema/invalid', { field, reason }, file, target.keyPlace(path) ?? valuePlace)];
    }
    case 'invalid_element':
      return [createProblem('schema/invalid', { field, reason: 'En verdi her har feil form.' }, file, valuePlace)];
    case 'custom': {
      // The schema's text checks (schema/src/text.ts) name their problem; the catalogue has the words for it.
      const text = issue.params?.['text'] as TextIssue | undefined;
      if (text?.problem === 'control-character') return [createProblem('schema/control-character', { field, found: text.found }, file, valuePlace)];
      if (text?.problem === 'line-break') return [createProblem('schema/line-break', { field }, file, valuePlace)];
      if (text?.problem === 'blank') return [createProblem('schema/blank-text', { field }, file, valuePlace)];
      // Any other refinement in the schema has its message written in Norwegian there; zod's own default is not.
      const reason = issue.message && issue.message !== 'Invalid input' ? issue.message : 'Verdien er ikke gyldig her.';
      return [createProblem('schema/invalid', { field, reason }, file, valuePlace)];
    }
  }
}

function placeOf(parsed: Pick<ParsedFile, 'keys' | 'values'>, path: string[]): Range | Place {
  for (let length = path.length; length > 0; length--) {
    const key = path.slice(0, length).join('.');
    const range = parsed.values[key] ?? parsed.keys[key];
    if (range) return range;
  }
  return parsed.values[''] ?? { line: 1, column: 1 };
}

/** A typo of a value of schema version 1 (`adoptd`), as the current value it stood for (`vedtatt`). */
function formerTypo(vocabulary: keyof typeof vocabularies, value: string): string | undefined {
  const formers = Object.values(vocabularies[vocabulary].former) as string[];
  const near = suggestName(value, formers, () => []);
  return near === undefined ? undefined : currentValueOf(vocabulary, near);
}

/** The description of the field at `path`; of one item where the path ends inside a list. */
function helpAt(fields: readonly FieldDescriptor[], path: readonly PropertyKey[]): string | undefined {
  const field = fieldAt(fields, path);
  const inItem = field?.list && /^\d+$/.test(String(path.at(-1)));
  return (inItem ? field?.itemHelp : undefined) ?? field?.help;
}

const expectedNames: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  int: 'et heltall',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'felt med verdier',
  record: 'felt med verdier',
};

function describeExpected(expected: string, field: FieldDescriptor | undefined): string {
  const textItems = field?.list && (field.type === 'text' || field.type === 'reference' || field.type === 'id');
  if (expected === 'array' && textItems) return 'en liste med tekst, for eksempel [M-1, M-2]';
  return expectedNames[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'tom (null)';
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'string') return `teksten «${showInvisible(value, 40)}»`;
  if (typeof value === 'number') return `tallet ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'felt med verdier';
  return typeof value;
}

function formatReason(issue: z.core.$ZodIssueInvalidStringFormat, described: string | undefined): string {
  if (issue.format === 'url') return 'Skriv en fullstendig adresse som begynner med https://.';
  if (issue.format === 'regex') {
    return described ? `Riktig format: ${described}` : 'Se veiledningen for riktig format.';
  }
  return `Skriv et gyldig format (${issue.format}).`;
}

function tooSmallReason(issue: z.core.$ZodIssueTooSmall): string {
  if (issue.origin === 'array' || issue.origin === 'set') return `må ha minst ${String(issue.minimum)} ${issue.minimum === 1 ? 'verdi' : 'verdier'}`;
  if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'kan ikke være tom' : `må ha minst ${String(issue.minimum)} tegn`;
  return `må være minst ${String(issue.minimum)}`;
}

function tooBigReason(issue: z.core.$ZodIssueTooBig): string {
  const input = issue.input as unknown;
  if (issue.origin === 'string' && typeof input === 'string') return `Teksten kan ha høyst ${String(issue.maximum)} tegn, men har ${[...input].length}.`;
  if ((issue.origin === 'array' || issue.origin === 'set') && Array.isArray(input)) {
    return `Listen kan ha høyst ${String(issue.maximum)} ${issue.maximum === 1 ? 'verdi' : 'verdier'}, men har ${input.length}.`;
  }
  return `Verdien kan være høyst ${String(issue.maximum)}, men er ${describeValue(input)}.`;
}

const q = (value: string) => `«${value}»`;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
