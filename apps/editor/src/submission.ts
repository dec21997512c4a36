/**
 * From a submitted form to the frontmatter changes to write. Every field of the form is read back into the value an
 * author would write, and compared with what the file says: a field whose meaning is the same (the schema reads
 * both to the same value; lists of ids as sets) is not a change, so a file opened and saved without edits is not
 * touched, and a changed field changes only its own lines.
 */
import type { DocumentKind } from '@strategi/schema';
import { documentKinds } from '@strategi/schema';
import type { z } from 'zod';
import type { FieldConfig, KindConfig } from './form-config.ts';

/** A form as submitted: every name with all its values, in the order the browser sent them. */
export type FormFields = ReadonlyMap<string, readonly string[]>;

/** The form field that holds a frontmatter field (`f:title`, `f:period.start`, `f:history.0.date`). */
export const inputName = (path: string) => `f:${path}`;
export const BODY_FIELD = 'body';

const first = (form: FormFields, name: string) => form.get(name)?.[0];

/** `2026` as a number (YAML writes a bare year), anything else as typed. */
const yearOrText = (text: string): string | number => (/^\d{4}$/.test(text) ? Number(text) : text);
/** `12` or `0.1` as a number (an indicator's figures and tolerance have decimals), anything else as typed. */
const numberOrText = (text: string): string | number => (/^-?\d{1,15}(\.\d{1,15})?$/.test(text) ? Number(text) : text);

/** Reads one field from the form; undefined when it is left empty. */
function readField(field: FieldConfig, path: string, form: FormFields): unknown {
  const name = inputName(path);
  switch (field.widget) {
    case 'id':
      return undefined;
    case 'boolean':
      return form.has(name);
    case 'example': {
      // «The whole document» wins over single fields; nothing ticked is the default (no example), not written.
      const values = [...new Set((form.get(name) ?? []).map((value) => value.trim()).filter((value) => value !== ''))];
      if (values.includes('true')) return true;
      return values.length > 0 ? values : undefined;
    }
    case 'references':
    case 'checkboxes': {
      const values = (form.get(name) ?? []).map((value) => value.trim()).filter((value) => value !== '');
      return values.length > 0 ? [...new Set(values)] : field.required ? [] : undefined;
    }
    case 'list': {
      const values = (first(form, name) ?? '')
        .split(/\r?\n|,/)
        .map((value) => value.trim())
        .filter((value) => value !== '');
      return values.length > 0 ? values : undefined;
    }
    case 'group': {
      // An optional group left blank is no entry, although its required fields read as empty text.
      const prefix = `${name}.`;
      const typed = [...form].some(([key, values]) => key.startsWith(prefix) && values.some((value) => value.trim() !== ''));
      if (!field.required && !typed) return undefined;
      const entries = (field.fields ?? []).map((child) => [child.name, readField(child, `${path}.${child.name}`, form)] as const);
      if (entries.every(([, value]) => value === undefined)) return field.required ? {} : undefined;
      return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
    }
    case 'rows': {
      const count = Number(first(form, `${name}.count`) ?? '0');
      const rows: Record<string, unknown>[] = [];
      for (let i = 0; i < Math.min(count, 500); i++) {
        if (form.has(`${name}.${i}.remove`)) continue;
        // A row left blank (the empty row at the end of every list) is no entry.
        const prefix = `${name}.${i}.`;
        const typed = [...form].some(([key, values]) => key.startsWith(prefix) && values.some((value) => value.trim() !== ''));
        if (!typed) continue;
        const entries = (field.fields ?? []).map((child) => [child.name, readField(child, `${path}.${i}.${child.name}`, form)] as const);
        rows.push(Object.fromEntries(entries.filter(([, value]) => value !== undefined)));
      }
      return rows.length > 0 ? rows : undefined;
    }
    default: {
      const text = (first(form, name) ?? '').replace(/\r\n?/g, '\n');
      const trimmed = text.trim();
      if (trimmed === '') return field.required ? '' : undefined;
      if (field.widget === 'partial-date') return yearOrText(trimmed);
      if (field.widget === 'number') return numberOrText(trimmed);
      return trimmed;
    }
  }
}

/** Every field of the kind's form, read from the submission (the id and fields no longer written are left out). */
export function readSubmission(config: KindConfig, form: FormFields): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of config.fields) {
    if (field.widget === 'id' || field.deprecated) continue;
    data[field.name] = readField(field, field.name, form);
  }
  return data;
}

/** Equal as data, with text compared without the spaces and line breaks around it (a form trims them). */
function sameJson(a: unknown, b: unknown): boolean {
  const trimmed = (_key: string, value: unknown) => (typeof value === 'string' ? value.trim() : value);
  return JSON.stringify(a, trimmed) === JSON.stringify(b, trimmed);
}

/** What the schema makes of a value (defaults filled in, a year as text), or undefined when it does not accept it. */
function meaning(schema: z.ZodType, value: unknown): { ok: true; value: unknown } | { ok: false } {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false };
}

function sameMeaning(field: FieldConfig, schema: z.ZodType, before: unknown, after: unknown): boolean {
  const a = meaning(schema, before);
  const b = meaning(schema, after);
  if (a.ok && b.ok) {
    if ((field.widget === 'references' || field.widget === 'checkboxes') && Array.isArray(a.value) && Array.isArray(b.value)) {
      return a.value.length === b.value.length && sameJson([...a.value].sort(), [...b.value].sort());
    }
    return sameJson(a.value, b.value);
  }
  return sameJson(before, after);
}

/** A list of ids in the file's order where it keeps them, new ones after, so that adding one never reorders the rest. */
function keepOrder(before: unknown, after: unknown): unknown {
  if (!Array.isArray(before) || !Array.isArray(after)) return after;
  const kept = before.filter((value) => after.includes(value));
  return [...kept, ...after.filter((value) => !kept.includes(value))];
}

/**
 * The top-level fields whose value the submission changes, with their new values (`undefined` removes a field).
 * `current` is the frontmatter as written in the file.
 */
export function changesOf(kind: DocumentKind, config: KindConfig, current: Readonly<Record<string, unknown>>, submitted: Record<string, unknown>) {
  const shape = documentKinds[kind].schema.shape as Record<string, z.ZodType>;
  const changes: Record<string, unknown> = {};
  for (const field of config.fields) {
    if (!(field.name in submitted)) continue;
    const before = current[field.name];
    const after = submitted[field.name];
    if (sameMeaning(field, shape[field.name]!, before, after)) continue;
    changes[field.name] = field.widget === 'references' || field.widget === 'checkboxes' ? keepOrder(before, after) : after;
  }
  return changes;
}

/**
 * The fields of a new document worth writing: a value that is what the schema gives anyway when the field is left
 * out (`example: false`, an empty list of partners) is left out, as a careful author would.
 */
export function withoutDefaults(kind: DocumentKind, data: Record<string, unknown>): Record<string, unknown> {
  const shape = documentKinds[kind].schema.shape as Record<string, z.ZodType>;
  return Object.fromEntries(
    Object.entries(data).filter(([name, value]) => {
      if (value === undefined) return false;
      const schema = shape[name];
      if (!schema) return true;
      const fallback = schema.safeParse(undefined);
      const typed = schema.safeParse(value);
      return !(fallback.success && typed.success && sameJson(fallback.data, typed.data));
    }),
  );
}

/** The body as typed in the form, with the file's line breaks read as `\n`. */
export function submittedBody(form: FormFields): string | undefined {
  const body = first(form, BODY_FIELD);
  return body === undefined ? undefined : body.replace(/\r\n?/g, '\n');
}
