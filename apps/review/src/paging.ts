/** Page numbers and sizes from a query string: absent is the default, anything but a whole number in range is refused. */
export function pageNumber(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return 1;
  if (!/^\d{1,6}$/.test(value)) return undefined;
  const page = Number(value);
  return page >= 1 ? page : undefined;
}

export function pageSize(value: string | undefined, fallback: number, max: number): number | undefined {
  if (value === undefined || value === '') return fallback;
  if (!/^\d{1,6}$/.test(value)) return undefined;
  const size = Number(value);
  return size >= 1 && size <= max ? size : undefined;
}

export function offsetOf(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return 0;
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}
