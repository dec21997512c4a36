/**
 * Characters that change the direction text is shown in: the Arabic letter mark, the left-to-right and
 * right-to-left marks, the embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069). In a title
 * they can make the text read differently from what it is («Trojan source»); nothing in this strategy needs them.
 */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The bidirectional controls in `text`, each once, as `U+202E`, in the order they first appear. */
export function bidiControlsIn(text: string): string[] {
  return [...new Set(text.match(BIDI_CONTROL) ?? [])].map(codePointName);
}

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROL, '');
}

/**
 * Characters a reader cannot see or tell from a space: controls, format characters (zero-width space and joiners,
 * the soft hyphen, the byte order mark, the bidirectional controls), separators other than the space, the
 * combining grapheme joiner and the variation selectors.
 */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u180e]$/u;
const isInvisible = (char: string) => {
  const code = char.codePointAt(0)!;
  return INVISIBLE.test(char) || code === 0x034f || (code >= 0xfe00 && code <= 0xfe0f);
};

/** `text` for a message: each invisible character written as `<U+200B>`, and cut after `max` characters. */
export function showInvisible(text: string, max = 60): string {
  const chars = [...text];
  const shown = chars.slice(0, max).map((char) => (isInvisible(char) ? `<${codePointName(char)}>` : char));
  return `${shown.join('')}${chars.length > max ? '…' : ''}`;
}

function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
