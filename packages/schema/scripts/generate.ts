// Writes json-schema/<kind>.schema.json (and settings.schema.json, for nettsted.yaml) from the zod schemas; with --check, fails if a file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { allFrontmatterJsonSchemas, settingsJsonSchema } from '../src/json-schema.ts';

const check = process.argv.includes('--check');
const outDir = new URL('../json-schema/', import.meta.url);
let stale = 0;
for (const [kind, schema] of Object.entries({ ...allFrontmatterJsonSchemas(), settings: settingsJsonSchema() })) {
  const file = new URL(`${kind}.schema.json`, outDir);
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current === text) continue;
  if (check) {
    console.error(`json-schema/${kind}.schema.json er utdatert. Kjør «pnpm schema:generate».`);
    stale++;
  } else {
    await writeFile(file, text);
    console.log(`skrev json-schema/${kind}.schema.json`);
  }
}
process.exitCode = stale ? 1 : 0;
