// The re-check `strategi validate --watch` does after one saved file, in one process with the parse cache kept
// open between checks: loads a content folder, edits one measure, loads it again. Prints both times.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus, openParseCache } from '@strategi/model';

const source = process.argv[2]!;
const runs = Number(process.argv[3] ?? 5);
const folder = await mkdtemp(path.join(tmpdir(), 'strategi-watch-'));
await cp(source, folder, { recursive: true });
const cache = await openParseCache(folder, path.join(folder, '.cache'));
const first = performance.now();
await loadCorpus(folder, { cache, cacheFolder: false });
const firstMs = performance.now() - first;
const measure = path.join(folder, 'tiltak', (await readdir(path.join(folder, 'tiltak'))).sort()[0]!);
const original = await readFile(measure, 'utf8');
const times: number[] = [];
for (let run = 0; run < runs; run++) {
  await writeFile(measure, `${original}\nEn ny setning i runde ${run}.\n`);
  const started = performance.now();
  await loadCorpus(folder, { cache, cacheFolder: false });
  times.push(performance.now() - started);
}
await rm(folder, { recursive: true, force: true });
times.sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ firstMs, recheckMs: times[Math.floor(times.length / 2)] })}\n`);
