import { createProblem, type Problem, suggest } from '@strategi/problems';

/** A value read from a dataset, dated by its time category. */
export interface ReadPoint {
  date: string;
  value: number;
}

interface Dimension {
  id: string;
  /** Category codes in their position order. */
  codes: string[];
}

/**
 * The series a JSON-stat 2.0 dataset (the format SSB's statistics bank publishes) holds for one value of every
 * dimension but time: each dimension is pinned by `filters` (`Region` → `0`), or has one value only. Missing values
 * (`null`, SSB's «..») are left out. Problems say what is wrong with the file or the filters; nothing is guessed.
 */
export function readJsonStat(
  text: string,
  filters: Readonly<Record<string, string>>,
  shown: string,
): { points: ReadPoint[]; label: string | undefined; problems: Problem[] } {
  const invalid = (reason: string) => ({ points: [], label: undefined, problems: [createProblem('jsonstat/invalid', { reason }, shown)] });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return invalid('den er ikke gyldig JSON');
  }
  if (!isObject(data)) return invalid('den er ikke et JSON-objekt');
  if (data['class'] !== 'dataset') return invalid(`class er ${JSON.stringify(data['class'] ?? null)}, ikke "dataset"`);
  if (data['version'] !== '2.0') return invalid(`version er ${JSON.stringify(data['version'] ?? null)}, ikke "2.0"`);
  const ids = data['id'];
  const sizes = data['size'];
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return invalid('id er ikke en liste med navn');
  if (!Array.isArray(sizes) || sizes.length !== ids.length || !sizes.every((size) => Number.isInteger(size) && size >= 0)) {
    return invalid('size er ikke en liste med like mange heltall som id');
  }
  const dimensions: Dimension[] = [];
  for (const [i, id] of ids.entries()) {
    const codes = categoryCodes((data['dimension'] as Record<string, unknown> | undefined)?.[id]);
    if (!codes || codes.length !== sizes[i]) return invalid(`dimensjonen «${id}» har ikke ${sizes[i]} verdier med posisjon`);
    dimensions.push({ id, codes });
  }
  const role = isObject(data['role']) ? data['role'] : {};
  const time = (Array.isArray(role['time']) ? (role['time'][0] as string | undefined) : undefined) ?? (ids.includes('Tid') ? 'Tid' : undefined);
  if (time === undefined || !ids.includes(time)) return invalid('den har ingen tidsdimensjon (rollen «time»)');

  const problems: Problem[] = [];
  const chosen = new Map<string, number>();
  for (const [name, code] of Object.entries(filters)) {
    const dimension = dimensions.find((candidate) => candidate.id === name);
    if (!dimension) {
      problems.push(createProblem('jsonstat/unknown-dimension', { name, suggestion: suggest(name, ids), known: ids }, shown));
      continue;
    }
    const position = dimension.codes.indexOf(code);
    if (position < 0) {
      problems.push(
        createProblem('jsonstat/unknown-category', { dimension: name, code, suggestion: suggest(code, dimension.codes), known: dimension.codes }, shown),
      );
    } else chosen.set(name, position);
  }
  for (const dimension of dimensions) {
    if (dimension.id === time || chosen.has(dimension.id)) continue;
    if (dimension.codes.length === 1) chosen.set(dimension.id, 0);
    else
      problems.push(
        createProblem('jsonstat/unchosen-dimension', { dimension: dimension.id, count: dimension.codes.length, first: dimension.codes[0]! }, shown),
      );
  }
  if (problems.length > 0) return { points: [], label: undefined, problems };

  const values = data['value'];
  const valueAt = (index: number): unknown => (Array.isArray(values) ? values[index] : isObject(values) ? values[String(index)] : undefined);
  const timeDimension = dimensions.find((dimension) => dimension.id === time)!;
  const points: ReadPoint[] = [];
  for (const [position, code] of timeDimension.codes.entries()) {
    if (chosen.has(time) && chosen.get(time) !== position) continue;
    // Row-major: the last dimension varies fastest.
    let index = 0;
    for (const dimension of dimensions) index = index * dimension.codes.length + (dimension.id === time ? position : chosen.get(dimension.id)!);
    const value = valueAt(index);
    if (value === null || value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) return invalid(`verdien for «${code}» er ikke et tall`);
    const date = dateOfTimeCode(code);
    if (date === undefined) problems.push(createProblem('jsonstat/time-code', { code }, shown));
    else points.push({ date, value });
  }
  const label = typeof data['label'] === 'string' ? data['label'] : undefined;
  return { points, label, problems };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A dimension's category codes by position: `index` is a list of codes, or an object from code to position. */
function categoryCodes(dimension: unknown): string[] | undefined {
  if (!isObject(dimension) || !isObject(dimension['category'])) return undefined;
  const { index, label } = dimension['category'];
  if (Array.isArray(index)) return index.every((code) => typeof code === 'string') ? (index as string[]) : undefined;
  if (isObject(index)) {
    const codes: string[] = [];
    for (const [code, position] of Object.entries(index)) {
      if (!Number.isInteger(position)) return undefined;
      codes[position as number] = code;
    }
    return codes.length === Object.keys(index).length ? codes : undefined;
  }
  // A dimension of one category may leave out the index and give the label alone.
  if (isObject(label) && Object.keys(label).length === 1) return Object.keys(label);
  return undefined;
}

/** SSB's time codes as the content writes dates: 2024, 2024M06 → 2024-06, 2024K2 → 2024-04 (the quarter's first month). */
export function dateOfTimeCode(code: string): string | undefined {
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(code)) return code;
  const month = /^(\d{4})M(0[1-9]|1[0-2])$/.exec(code);
  if (month) return `${month[1]}-${month[2]}`;
  const quarter = /^(\d{4})[KQ]([1-4])$/.exec(code);
  if (quarter) return `${quarter[1]}-${String(Number(quarter[2]) * 3 - 2).padStart(2, '0')}`;
  return undefined;
}
