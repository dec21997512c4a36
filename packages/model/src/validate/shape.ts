import { createProblem, type Problem, suggest } from '@strategi/problems';
import type { z } from 'zod';
import type { Range } from '../parse/lines.ts';
import type { ParsedFile } from '../parse/parse-file.ts';

type Issue = z.core.$ZodIssue;

/**
 * Checks one document's frontmatter against its kind's schema. Every zod issue becomes a catalogue
 * problem at the key or value it concerns, with a did-you-mean where one helps.
 */
export function checkShape<S extends z.ZodType>(
  schema: S,
  parsed: Pick<ParsedFile, 'data' | 'keys' | 'values'>,
  file: string,
): { data: z.output<S> | undefined; problems: Problem[] } {
  const result = schema.safeParse(normalizeStrings(parsed.data), { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => issueToProblems(issue, schema, parsed, file));
  return { data: undefined, problems };
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

function issueToProblems(issue: Issue, schema: z.ZodType, parsed: Pick<ParsedFile, 'keys' | 'values'>, file: string): Problem[] {
  const path = issue.path.map(String);
  const field = path.join('.') || 'frontmatter';
  const valuePlace = placeOf(parsed, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const candidates = Object.keys(shapeAt(schema, path) ?? {});
        const keyPath = [...path, key].join('.');
        return createProblem('schema/unknown-key', { key, suggestion: suggest(key, candidates) }, file, parsed.keys[keyPath] ?? valuePlace);
      });
    case 'invalid_type': {
      const expected = describeExpected(issue.expected, schema, path);
      if (issue.input === undefined) {
        return [createProblem('schema/missing-field', { field, expected }, file, placeOf(parsed, path.slice(0, -1)))];
      }
      return [createProblem('schema/invalid-type', { field, expected, received: describeValue(issue.input) }, file, valuePlace)];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (issue.input === undefined) {
        const expected = options.length === 1 ? q(options[0]!) : `en av ${options.map(q).join(', ')}`;
        return [createProblem('schema/missing-field', { field, expected }, file, placeOf(parsed, path.slice(0, -1)))];
      }
      const value = String(issue.input);
      return [createProblem('schema/invalid-value', { field, value, options, suggestion: suggest(value, options) }, file, valuePlace)];
    }
    case 'invalid_format':
      return [createProblem('schema/invalid-format', { field, value: String(issue.input), reason: formatReason(issue, schema, path) }, file, valuePlace)];
    case 'invalid_union': {
      const expected = lowerFirst(describeAt(schema, path) ?? 'en gyldig verdi').replace(/\.$/, '');
      if (issue.input === undefined) return [createProblem('schema/missing-field', { field, expected }, file, placeOf(parsed, path.slice(0, -1)))];
      return [createProblem('schema/invalid-type', { field, expected, received: describeValue(issue.input) }, file, valuePlace)];
    }
    case 'too_small':
      return [createProblem('schema/too-small', { field, reason: tooSmallReason(issue) }, file, valuePlace)];
    case 'too_big':
      return [
        createProblem(
          'schema/invalid',
          { field, reason: `Verdien kan være høyst ${String(issue.maximum)}, men er ${describeValue(issue.input)}.` },
          file,
          valuePlace,
        ),
      ];
    default:
      return [createProblem('schema/invalid', { field, reason: issue.message }, file, valuePlace)];
  }
}

function placeOf(parsed: Pick<ParsedFile, 'keys' | 'values'>, path: string[]): Range | { line: number; column: number } {
  for (let length = path.length; length > 0; length--) {
    const key = path.slice(0, length).join('.');
    const range = parsed.values[key] ?? parsed.keys[key];
    if (range) return range;
  }
  return parsed.values[''] ?? { line: 1, column: 1 };
}

/** Unwraps defaults, optionals and pipes to the schema that says what a value is. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema as z.ZodType & { _zod: { def: Record<string, unknown> } };
  for (let i = 0; i < 10; i++) {
    const def = current._zod.def;
    const inner = (def['innerType'] ?? (def['type'] === 'pipe' ? def['in'] : undefined)) as typeof current | undefined;
    if (!inner) break;
    current = inner;
  }
  return current;
}

function schemaAt(schema: z.ZodType, path: string[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const bare = unwrap(current) as z.ZodType & { _zod: { def: Record<string, unknown> } };
    const def = bare._zod.def;
    if (def['type'] === 'object') current = (def['shape'] as Record<string, z.ZodType>)[segment];
    else if (def['type'] === 'array') current = def['element'] as z.ZodType;
    else if (def['type'] === 'record') current = def['valueType'] as z.ZodType;
    else return undefined;
  }
  return current;
}

function shapeAt(schema: z.ZodType, path: string[]): Record<string, unknown> | undefined {
  const at = schemaAt(schema, path);
  if (!at) return undefined;
  const def = (unwrap(at) as z.ZodType & { _zod: { def: Record<string, unknown> } })._zod.def;
  return def['type'] === 'object' ? (def['shape'] as Record<string, unknown>) : undefined;
}

function describeAt(schema: z.ZodType, path: string[]): string | undefined {
  const at = schemaAt(schema, path);
  return at?.description ?? (at ? unwrap(at).description : undefined);
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

function describeExpected(expected: string, schema: z.ZodType, path: string[]): string {
  const base = expectedNames[expected] ?? expected;
  if (expected === 'array') {
    const element = schemaAt(schema, [...path, '0']);
    const elementDef = element ? (unwrap(element) as z.ZodType & { _zod: { def: Record<string, unknown> } })._zod.def : undefined;
    if (elementDef?.['type'] === 'string') return 'en liste med tekst, for eksempel [M-1, M-2]';
  }
  return base;
}

function describeValue(value: unknown): string {
  if (value === null) return 'tom (null)';
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'string') return `teksten «${value.length > 40 ? `${value.slice(0, 40)}…` : value}»`;
  if (typeof value === 'number') return `tallet ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'felt med verdier';
  return typeof value;
}

function formatReason(issue: z.core.$ZodIssueInvalidStringFormat, schema: z.ZodType, path: string[]): string {
  if (issue.format === 'url') return 'Skriv en fullstendig adresse som begynner med https://.';
  if (issue.format === 'regex') {
    const described = describeAt(schema, path);
    return described ? `Riktig format: ${described}` : 'Se veiledningen for riktig format.';
  }
  return `Skriv et gyldig format (${issue.format}).`;
}

function tooSmallReason(issue: z.core.$ZodIssueTooSmall): string {
  if (issue.origin === 'array') return `må ha minst ${String(issue.minimum)} ${issue.minimum === 1 ? 'verdi' : 'verdier'}`;
  if (issue.origin === 'string') return 'kan ikke være tom';
  return `må være minst ${String(issue.minimum)}`;
}

const q = (value: string) => `«${value}»`;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
