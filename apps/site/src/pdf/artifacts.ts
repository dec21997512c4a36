/**
 * Marks what Chromium draws outside the structure tree as artifacts. Chromium tags the page's content (marked
 * content with an MCID under a structure element) but draws the page margin boxes — running header, page
 * numbers, draft mark — and some backgrounds as plain content. PDF/UA wants every piece of content either tagged
 * or marked `/Artifact`, so each text object and each painted path outside any marked-content sequence is
 * wrapped in `/Artifact BMC … EMC`. Nothing tagged is touched: a text object or path with a marked-content
 * sequence inside it is left as it is.
 */

interface Operation {
  operator: string;
  /** Offsets in the content stream: from the first operand to the end of the operator. */
  start: number;
  end: number;
}

const whitespace = /[\0\t\n\f\r ]/;
const delimiter = /[()<>[\]{}/%]/;

/** Skips a literal string `( … )` starting at `i`, with nested parentheses and backslash escapes. */
function skipString(text: string, i: number): number {
  let depth = 0;
  for (; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i + 1;
  }
  return i;
}

/** Splits a content stream into its operations (operands and operator), with their offsets. */
export function operationsOf(text: string): Operation[] {
  const operations: Operation[] = [];
  let start = -1;
  let nesting = 0; // inside [ … ] or << … >>
  let i = 0;
  const operand = (at: number) => {
    if (start === -1) start = at;
  };
  while (i < text.length) {
    const char = text[i]!;
    if (whitespace.test(char)) i++;
    else if (char === '%') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (char === '(') {
      operand(i);
      i = skipString(text, i);
    } else if (char === '<' && text[i + 1] === '<') {
      operand(i);
      nesting++;
      i += 2;
    } else if (char === '>' && text[i + 1] === '>') {
      nesting--;
      i += 2;
    } else if (char === '<') {
      operand(i);
      i = text.indexOf('>', i) + 1 || text.length;
    } else if (char === '[') {
      operand(i);
      nesting++;
      i++;
    } else if (char === ']') {
      nesting--;
      i++;
    } else {
      let j = i + 1;
      while (j < text.length && !whitespace.test(text[j]!) && !delimiter.test(text[j]!)) j++;
      const token = text.slice(i, j);
      const isOperand = char === '/' || /^[+\-.\d]/.test(token) || token === 'true' || token === 'false' || token === 'null' || nesting > 0;
      if (isOperand) operand(i);
      else {
        operations.push({ operator: token, start: start === -1 ? i : start, end: j });
        start = -1;
      }
      i = j;
    }
  }
  return operations;
}

const pathConstruction = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const pathPainting = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);

/** The content stream with every untagged text object, painted path, image and shading wrapped as an artifact. */
export function markUntaggedAsArtifacts(text: string): string {
  const spans: [number, number][] = [];
  let depth = 0;
  let textStart: number | undefined;
  let pathStart: number | undefined;
  let taggedInside = false;
  for (const op of operationsOf(text)) {
    if (op.operator === 'BDC' || op.operator === 'BMC') {
      depth++;
      taggedInside = true;
      continue;
    }
    if (op.operator === 'EMC') {
      depth--;
      continue;
    }
    if (depth !== 0) continue;
    if (op.operator === 'BT') {
      textStart = op.start;
      taggedInside = false;
    } else if (op.operator === 'ET') {
      if (textStart !== undefined && !taggedInside) spans.push([textStart, op.end]);
      textStart = undefined;
    } else if (textStart !== undefined) {
      // Inside a text object: nothing else to wrap separately.
    } else if (pathConstruction.has(op.operator)) {
      if (pathStart === undefined) {
        pathStart = op.start;
        taggedInside = false;
      }
    } else if (pathPainting.has(op.operator)) {
      if (!taggedInside) spans.push([pathStart ?? op.start, op.end]);
      pathStart = undefined;
    } else if (op.operator === 'n') {
      pathStart = undefined;
    } else if (op.operator === 'Do' || op.operator === 'sh') {
      spans.push([op.start, op.end]);
    }
  }
  let out = text;
  for (const [start, end] of spans.reverse()) out = `${out.slice(0, start)}/Artifact BMC\n${out.slice(start, end)}\nEMC${out.slice(end)}`;
  return out;
}
