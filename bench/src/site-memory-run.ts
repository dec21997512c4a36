// pnpm bench:memory [--measures N] [--versions N] [--heap-limit MB, 0 for Node's own]: only the large build of `pnpm bench` (bench/src/site-memory.ts),
// written into its section of BENCHMARKS.md; the other sections stay as the last full run wrote them.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { benchMemory, DEFAULT_HEAP_LIMIT_MB, memorySection, replaceSection } from './site-memory.ts';

const repo = path.resolve(new URL('../..', import.meta.url).pathname);
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const measures = option('--measures', 10_000);
const versions = option('--versions', 5);
const heapLimit = option('--heap-limit', DEFAULT_HEAP_LIMIT_MB);
const figures = await benchMemory(path.join(repo, 'bench', 'out'), measures, versions, (line) => process.stderr.write(`${line}\n`), heapLimit);
const section = `${memorySection(figures).trimEnd()}\n\nProduced by \`pnpm bench:memory${measures === 10_000 && versions === 5 ? '' : ` --measures ${measures} --versions ${versions}`}${heapLimit === DEFAULT_HEAP_LIMIT_MB ? '' : ` --heap-limit ${heapLimit}`}\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}.\n`;
const file = path.join(repo, 'BENCHMARKS.md');
await writeFile(file, replaceSection(await readFile(file, 'utf8'), 'Peak memory of a large build', section));
process.stdout.write(section);
