/**
 * The page numbers a pager shows: all of them up to seven, else the first, the last and two on each side of the
 * page read, with a gap (`undefined`, shown as «…») where numbers are left out, as Designsystemet's pagination does.
 * A pager over hundreds of pages stays a short line.
 */
export function pagerNumbers(part: number, parts: number): (number | undefined)[] {
  const numbers: (number | undefined)[] = [];
  for (let n = 1; n <= parts; n++) {
    if (parts <= 7 || n === 1 || n === parts || Math.abs(n - part) <= 2) numbers.push(n);
    else if (numbers.at(-1) !== undefined) numbers.push(undefined);
  }
  return numbers;
}
