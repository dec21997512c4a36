/** A posted form's text fields; a file or a repeated field is no value, so nothing unexpected reaches the store. */
import type { Context } from 'hono';

export type FormBody = (name: string) => string;

export async function formBody(c: Context): Promise<FormBody | undefined> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return undefined;
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    return undefined;
  }
  return (name) => {
    const value = Object.hasOwn(body, name) ? body[name] : undefined;
    return typeof value === 'string' ? value : '';
  };
}
