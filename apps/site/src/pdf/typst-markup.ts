/** The pieces of Typst syntax the PDF step writes: escaped text, string literals and labels. */

/** Text as Typst markup: every character that means something there is escaped, runs of white space are one space. */
export function escapeMarkup(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\#*_$@<>[\]`~/=+\-"']/g, (char) => `\\${char}`)
    .replace(/(\d)\./g, '$1\\.');
}

/** A Typst string literal. */
export const typstString = (text: string) => JSON.stringify(text);

/**
 * Typst label names for HTML ids: a label may hold letters, digits, `_`, `-`, `.` and `:`; an id with anything else
 * gets those characters replaced, and a number when that name is taken.
 */
export function labelNames(): (id: string) => string {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  return (id) => {
    let name = names.get(id);
    if (name === undefined) {
      const base = id.replace(/[^\p{L}\p{N}_\-.:]/gu, '_') || '_';
      name = base;
      for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
      names.set(id, name);
      taken.add(name);
    }
    return name;
  };
}
