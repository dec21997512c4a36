/** The image upload's form as a document's page gives it, filled in with a file, for the upload tests. */
import { submitForm } from './helpers.ts';

/** The smallest PNG: a one-pixel image. */
export const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));

/**
 * The upload form of a document's page, filled in, with the file. A reader's page has none: its fields are then
 * the ones the editor's page would have, with the reader's own form token.
 */
export async function uploadForm(
  request: (url: string, init?: RequestInit) => Response | Promise<Response>,
  fields: { name?: string; bytes?: Uint8Array<ArrayBuffer>; alt?: string; document?: string; cookie?: string } = {},
) {
  const page = await (await request('/dokument/measure/T-2', fields.cookie ? { headers: { Cookie: fields.cookie } } : {})).text();
  const body = page.includes('action="/bilder"')
    ? submitForm(page, undefined, '/bilder').body
    : new URLSearchParams({ csrf: submitForm(page).body.get('csrf')!, dokument: 'tiltak/T-2.md', tilbake: '/dokument/measure/T-2' });
  const form = new FormData();
  for (const [name, value] of body) form.append(name, value);
  form.set('alt', fields.alt ?? 'Søylediagram over nettverket');
  if (fields.document !== undefined) form.set('dokument', fields.document);
  form.set('bilde', new File([fields.bytes ?? PNG], fields.name ?? 'Figur 1.png', { type: 'image/png' }));
  return form;
}
