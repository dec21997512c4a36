// Writes the field tables of the guides in docs/ from the schema; with --check, fails if a guide is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { withFieldTables } from './guide-tables.ts';

/** The guides with field tables, relative to the repository root. */
const GUIDES = ['docs/veiledning.md', 'docs/nettredigering.md'];

const check = process.argv.includes('--check');
let stale = 0;
for (const guide of GUIDES) {
  const file = new URL(`../../../${guide}`, import.meta.url);
  const current = await readFile(file, 'utf8');
  const text = withFieldTables(current);
  if (text === current) continue;
  if (check) {
    console.error(`Felttabellene i ${guide} er utdaterte. Kjør «pnpm docs:generate».`);
    stale++;
  } else {
    await writeFile(file, text);
    console.log(`skrev felttabellene i ${guide}`);
  }
}
process.exitCode = stale ? 1 : 0;
