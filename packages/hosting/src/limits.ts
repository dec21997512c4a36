/**
 * Request size limits: a body larger than the limit is refused with 413 before it is read, and a text field that
 * holds a NUL (or another control character but tab and line breaks) or is too long is a 400 or 413 with a
 * Norwegian message — never a 500 from the database or the renderer further on.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type Refusal, refusals } from './messages.ts';

/** Refuses bodies over `maxBytes` (by Content-Length, or while reading a chunked body) with `onRefused`. */
export function bodySizeLimit(maxBytes: number, onRefused: (c: Context, refusal: Refusal) => Response | Promise<Response>): MiddlewareHandler {
  return bodyLimit({ maxSize: maxBytes, onError: (c) => onRefused(c, refusals.tooLarge) });
}

/** C0 control characters and DEL, except tab, line feed and carriage return. */
const forbiddenControl = (text: string) =>
  [...text].some((char) => {
    const code = char.charCodeAt(0);
    return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
  });

/** The refusal for a text field, or undefined when it may be stored. `maxLength` counts characters. */
export function textRefusal(value: string, maxLength: number): Refusal | undefined {
  if (value.length > maxLength) return refusals.tooLarge;
  if (forbiddenControl(value)) return refusals.badText;
  return undefined;
}
