/**
 * A submitted form, read once for every router that changes something: each field checked for control characters
 * and length, the session's form token, and the role — so a handler only ever sees a form it may act on.
 */
import { textRefusal } from '@strategi/hosting';
import { limits } from '@strategi/model';
import type { Access } from './access.ts';
import { contextOf, type EditorRequest, plainPage } from './context.ts';
import { BODY_FIELD, type FormFields } from './submission.ts';

/** The fields that hold a whole text (the body, a file edited as text) may be as long as a file; others far less. */
const TEXT_FIELDS = new Set([BODY_FIELD, 'tekst', 'notes']);
const MAX_FIELD_LENGTH = 10_000;

/** A form as sent, every name with all its values in order. */
function formFields(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(text)) fields.set(name, [...(fields.get(name) ?? []), value]);
  return fields;
}

export const firstOf = (form: FormFields, name: string) => form.get(name)?.[0];

/** The form of a changing request, or the refusal page to answer with. */
export async function readForm(c: EditorRequest, access: Access): Promise<FormFields | Response> {
  const form = formFields(await c.req.text());
  // A NUL or another control character, or a field longer than any document, is refused before it reaches the
  // model (400 or 413), never a 500 further on.
  for (const [name, values] of form)
    for (const value of values) {
      const refusal = textRefusal(value, TEXT_FIELDS.has(name) ? limits.maxFileBytes : MAX_FIELD_LENGTH);
      if (refusal) return plainPage(c, refusal.status as 400 | 413, refusal.message);
    }
  if (!access.validCsrfToken(c.get('session'), firstOf(form, 'csrf'))) return plainPage(c, 403, contextOf(c).t.editor.forgedForm);
  if (!c.get('session').canEdit) return plainPage(c, 403, contextOf(c).t.editor.readOnlyRole);
  return form;
}
