/**
 * A link chosen in the form's link picker, added to the end of the body without JavaScript (with it, the page's
 * script puts it at the cursor). Nothing is saved: the form is shown again with the link in it.
 */

import { kindParam } from './context.ts';
import { firstOf } from './form-request.ts';
import type { FormFields } from './submission.ts';
import type { Workspace } from './workspace.ts';

/** `[text](../tiltak/T-3.md)` added to the body, in the canonical relative link form; the body as it was without a choice. */
export function withLink(workspace: Workspace, body: string, form: FormFields, from: string): string {
  const chosen = firstOf(form, 'lenke-dokument') ?? '';
  const [kindName, id] = chosen.split(':');
  const kind = kindParam(kindName ?? '');
  if (!kind || !id) return body;
  const text = (firstOf(form, 'lenke-tekst') ?? '').trim() || id;
  return `${body.replace(/\s+$/, '')}${body.trim() ? ' ' : ''}[${text.replace(/[[\]]/g, '\\$&')}](${workspace.linkHref(from, kind, id)})\n`;
}
