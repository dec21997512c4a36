// Hostile inputs, generated at test time: each is the content of one new file beside the valid baseline.
// Random bytes come from a seeded generator, so every run writes the same files and the same problems.

/** A deterministic byte generator (mulberry32), so that «random» files are the same in every run. */
export function seededBytes(seed: number, length: number): Uint8Array {
  let state = seed >>> 0;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return bytes;
}

/** A measure that passes every check on its own; `body` replaces its one line of text. */
export function measure(id: string, body = 'Tiltaket gir et bilde av utstyret.\n', extra = ''): string {
  return `---\nid: ${id}\ntitle: Kartlegge utstyr\ngoals: [M-2]\nresponsible: [KD]\nsectors: [grunnskole]\nstart: 2024\ndeadline: 2026\nstatus: planlagt\n${extra}---\n${body}`;
}

/** `text` as bytes with `bytes` put in place of the first `#`. */
export function withBytes(text: string, bytes: number[]): Uint8Array {
  const at = text.indexOf('#');
  return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(bytes), Buffer.from(text.slice(at + 1))]);
}

/** The classic «billion laughs»: ten levels, each an anchored list of ten aliases to the level below. */
export function billionLaughs(): string {
  const levels = ['lol0: &l0 "lol"'];
  for (let i = 1; i <= 9; i++) levels.push(`lol${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
  return `${levels.join('\n')}\n`;
}

/** Pathological Markdown: one line of a repeated pattern, and the same line over 50 lines (more than 16 KB). */
export const patterns = {
  'link-openers': '[a]('.repeat(4000),
  'quote-markers': '>'.repeat(10_000),
  'emphasis-openers': '*a '.repeat(5000),
  'list-markers': '- '.repeat(3000),
} as const;

/** The line repeated on as many lines as fit in 240 kB: one paragraph, just under the 256 kB file limit. */
export const manyLines = (line: string) => `${Array.from({ length: Math.floor(240_000 / (line.length + 1)) }, () => line).join('\n')}\n`;
