// The floor: the least any validator must do — read every Markdown file, parse its YAML frontmatter,
// and check it with zod — in one process. Prints the milliseconds taken.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { documentKinds, kindForFolder, versionSchema } from '@strategi/schema';
import { parse } from 'yaml';
import { walkFiles } from './walk-files.ts';

const root = process.argv[2]!;
const started = performance.now();
let checked = 0;
for (const file of await walkFiles(root)) {
  if (!file.endsWith('.md')) continue;
  const text = await readFile(path.join(root, file), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) continue;
  const data = parse(match[1]!);
  const parts = file.split('/');
  const name = parts.at(-1)!;
  const folder = parts.at(-2) ?? '';
  const schema =
    name === 'versjon.md' ? versionSchema : name === 'strategi.md' ? documentKinds.strategy.schema : documentKinds[kindForFolder(folder) ?? 'measure'].schema;
  if (schema.safeParse(data).success) checked++;
}
process.stdout.write(`${JSON.stringify({ ms: performance.now() - started, checked })}\n`);
