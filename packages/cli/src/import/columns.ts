import { createProblem, type Problem, suggest } from '@strategi/problems';
import type { CsvRecord } from './parse-records.ts';

/** A column an import understands. */
export interface ColumnSpec {
  /** The schema field the column fills. */
  field: string;
  /** Headings accepted for it, compared ignoring case; the first is the one messages use. */
  headings: string[];
  /** Whether every row must fill it. */
  required: boolean;
}

/** A heading of the file, matched to its field. */
export interface Column {
  field: string;
  /** The heading as written in the file. */
  heading: string;
  /** 0-based position among the cells. */
  index: number;
}

/** What `columnsFor` needs of a zod object schema. */
interface ObjectSchema {
  shape: Record<string, { safeParse(value: unknown): { success: boolean } }>;
}

/**
 * Column specs for the fields of an object schema, with the headings editors may use. A field is required
 * when the schema refuses it missing, so that the schema stays the one place that says so.
 */
export function columnsFor(schema: ObjectSchema, headings: Record<string, string[]>): ColumnSpec[] {
  return Object.entries(headings).map(([field, names]) => {
    const fieldSchema = schema.shape[field];
    return { field, headings: names, required: fieldSchema !== undefined && !fieldSchema.safeParse(undefined).success };
  });
}

const normalize = (heading: string) => heading.trim().normalize('NFC').toLowerCase();

/**
 * Matches the heading row to the specs. Every unknown heading, every field given twice (also under two names,
 * `tittel` and `title`) and every missing required column is a problem at the heading row. A column without a
 * heading is left out when it is empty in every row, and is a problem when it holds values.
 */
export function matchHeadings(header: CsvRecord, rows: CsvRecord[], specs: ColumnSpec[], shown: string): { columns: Column[]; problems: Problem[] } {
  const byHeading = new Map(specs.flatMap((spec) => spec.headings.map((heading) => [heading.toLowerCase(), spec] as const)));
  const columns: Column[] = [];
  const problems: Problem[] = [];
  header.cells.forEach((cell, index) => {
    const place = { line: header.line, column: index + 1 };
    const heading = cell.trim();
    if (heading === '') {
      if (rows.some((row) => (row.cells[index] ?? '') !== '')) problems.push(createProblem('csv/empty-heading', { column: index + 1 }, shown, place));
      return;
    }
    const spec = byHeading.get(normalize(heading));
    if (!spec) {
      const suggestion = suggest(heading, byHeading.keys());
      problems.push(createProblem('csv/unknown-column', { heading, suggestion, known: specs.map((known) => known.headings[0]!) }, shown, place));
      return;
    }
    const earlier = columns.find((column) => column.field === spec.field);
    if (earlier) {
      problems.push(
        createProblem('csv/duplicate-column', { heading, column: index + 1, other: earlier.heading, otherColumn: earlier.index + 1 }, shown, place),
      );
      return;
    }
    columns.push({ field: spec.field, heading, index });
  });
  for (const spec of specs) {
    if (spec.required && !columns.some((column) => column.field === spec.field)) {
      problems.push(createProblem('csv/missing-column', { heading: spec.headings[0]!, names: spec.headings }, shown, { line: header.line, column: 1 }));
    }
  }
  return { columns, problems };
}
