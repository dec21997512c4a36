import { inputSchema } from '@strategi/schema';
import { type ColumnSpec, columnsFor } from './columns.ts';
import type { CsvRow } from './rows.ts';

/** The columns of a spreadsheet of inputs: Norwegian headings first, then the schema's keys. `body` is the text. */
export const inputColumns: ColumnSpec[] = columnsFor(inputSchema, {
  title: ['tittel', 'title'],
  round: ['runde', 'innspillsrunde', 'round'],
  sender: ['avsender', 'sender'],
  senderKind: ['avsendertype', 'senderKind'],
  summary: ['sammendrag', 'summary'],
  date: ['dato', 'date'],
  url: ['lenke', 'url'],
  lang: ['språk', 'målform', 'lang'],
  example: ['eksempel', 'example'],
  body: ['tekst', 'body'],
});

const yes = /^(ja|true|yes|x|1)$/i;
const no = /^(nei|false|no|0)$/i;

/**
 * A row's frontmatter values and body text. `eksempel` reads ja/nei (and true/false, yes/no, 1/0, x); any other
 * word is passed on as text, so that the schema refuses it rather than it turning silently into «nei».
 */
export function inputFromRow(row: CsvRow): { data: Record<string, unknown>; body: string } {
  const data: Record<string, unknown> = {};
  let body = '';
  for (const [field, value] of Object.entries(row.values)) {
    if (field === 'body') body = value;
    else if (field === 'example') data[field] = yes.test(value) ? true : no.test(value) ? false : value;
    else data[field] = value;
  }
  return { data, body };
}
