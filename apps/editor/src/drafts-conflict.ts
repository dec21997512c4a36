/**
 * A save whose file changed on disk since the form was opened: what the editor typed is laid over the file as it is
 * now, field by field, so nothing typed is lost and nothing the other writer changed is undone by a stale form.
 * With the text the form was opened with (its hash travels in the form), a field is a conflict only when both
 * sides changed it differently; without it (the server restarted), every field where the two differ is one.
 */
import type { DocumentKind } from '@strategi/schema';
import type { KindConfig } from './form-config.ts';
import { changesOf, type FormFields } from './submission.ts';

/** The form field that says which side of a conflicting field wins: `skjema` (the form's value) or `fil`. */
export const choiceName = (field: string) => `konflikt:${field}`;
export const TAKE_FILE = 'fil';

export interface Conflicts {
  /** Top-level fields both sides changed differently, in the form's order. */
  fields: string[];
  /** The body, when both sides changed it differently. */
  body: boolean;
}

const normalised = (body: string) => body.replace(/\r\n?/g, '\n').replace(/\n+$/, '');

/** The submitted fields with the ones the editor left as they were (the opened values) taken from the file now. */
export function mergeTyped(
  kind: DocumentKind,
  config: KindConfig,
  typed: Record<string, unknown>,
  current: Readonly<Record<string, unknown>>,
  opened: Readonly<Record<string, unknown>> | undefined,
): { submitted: Record<string, unknown>; fields: string[] } {
  const asSubmitted = (data: Readonly<Record<string, unknown>>) => Object.fromEntries(Object.keys(typed).map((name) => [name, data[name]]));
  const byEditor = opened ? changesOf(kind, config, opened, typed) : typed;
  const byOther = opened ? changesOf(kind, config, opened, asSubmitted(current)) : undefined;
  const differ = changesOf(kind, config, current, typed);
  const submitted = Object.fromEntries(Object.entries(typed).filter(([name]) => name in byEditor));
  const fields = Object.keys(differ).filter((name) => name in byEditor && (!byOther || name in byOther));
  return { submitted, fields };
}

/** The body to show after a conflict and whether it is itself a conflict. */
export function mergeBody(typed: string | undefined, current: string, opened: string | undefined): { body: string; conflict: boolean } {
  if (typed === undefined || normalised(typed) === normalised(current)) return { body: current, conflict: false };
  if (opened !== undefined && normalised(typed) === normalised(opened)) return { body: current, conflict: false };
  if (opened !== undefined && normalised(current) === normalised(opened)) return { body: typed, conflict: false };
  return { body: typed, conflict: true };
}

/** The submission without the fields the editor chose to take from the file (they are then left as the file has them). */
export function withChoices(form: FormFields, submitted: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(submitted).filter(([name]) => form.get(choiceName(name))?.[0] !== TAKE_FILE));
}

/** Whether the editor chose the file's body over the one in the form. */
export const takesFileBody = (form: FormFields, bodyField: string) => form.get(choiceName(bodyField))?.[0] === TAKE_FILE;
