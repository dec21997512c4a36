/**
 * Where a form may send the reader back to: a path on this server as the WHATWG URL parser reads it, and nothing
 * a browser could read as another host. Refused: anything not starting with one `/`, a `\` anywhere, any control
 * character (tab, CR and LF included — the parser drops tab and newlines silently, so `/\t/evil` would become
 * `//evil`), and the same after percent-decoding (`/%5Cevil`, `/%09/evil`, `/%2F/evil`).
 */
/** Any C0 control character or DEL. */
const hasControl = (text: string) => [...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
const BASE = 'http://strategi.invalid';

function unsafe(text: string): boolean {
  return !text.startsWith('/') || text.startsWith('//') || text.includes('\\') || hasControl(text);
}

/** The path to redirect to, or undefined when `value` is not a safe same-origin path. */
export function safeRedirectPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2_000) return undefined;
  if (unsafe(value)) return undefined;
  // Decode until stable (bounded), checking each form: a server or browser along the way may decode once more.
  let decoded = value;
  for (let round = 0; round < 3; round++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return undefined;
    }
    if (unsafe(next)) return undefined;
    if (next === decoded) break;
    decoded = next;
  }
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return unsafe(path) ? undefined : path;
}
