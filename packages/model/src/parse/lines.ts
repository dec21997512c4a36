/** Maps string offsets to 1-based line and column. CRLF counts as one line break. */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.#starts.push(i + 1);
  }

  place(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.#starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.#starts[low]! + 1 };
  }
}

/** A span in a file, 1-based and inclusive of its start. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function rangeOf(index: LineIndex, start: number, end: number): Range {
  const from = index.place(start);
  const to = index.place(end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}
