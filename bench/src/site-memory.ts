// pnpm bench:memory [--measures N] [--versions N]: a cold `pnpm build` of a large synthetic corpus (default 10,000
// measures × 5 released versions, every version rendered, no cache), its wall time and the peak memory of its
// largest process, written into its section of BENCHMARKS.md. The PDF step is left out (STRATEGI_PDF=0): it runs
// in Chromium, a process of its own, and `pnpm bench:pdf` measures it.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus } from './generate.ts';
import { pnpmBuild } from './site-archive.ts';

const repo = path.resolve(new URL('../..', import.meta.url).pathname);
const out = path.join(repo, 'bench', 'out');
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const measures = option('--measures', 10_000);
const versions = option('--versions', 5);
const TARGET_BYTES = 2 * 1024 ** 3;

const corpus = path.join(out, `memory-${measures}-${versions}`);
process.stderr.write(`Generating ${measures} measures × ${versions} versions…\n`);
const generated = await generateCorpus(corpus, { measures, versions });
const dist = path.join(out, 'memory-dist');
process.stderr.write('pnpm build, cold…\n');
const build = await pnpmBuild(corpus, dist, undefined, { STRATEGI_PDF: '0' });
await rm(dist, { recursive: true, force: true });

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en-US')} MB`;
const section = `## Peak memory of a large build

A cold \`pnpm build\` (no archive cache, every version rendered, no PDFs) of ${measures.toLocaleString('en-US')} synthetic
measures × ${versions} released versions (${generated.files.toLocaleString('en-US')} Markdown files), timed with \`/usr/bin/time\`
around the whole command; peak memory is the largest process's resident set.

| corpus | pages | wall time | peak memory | target |
| --- | --- | --- | --- | --- |
| ${measures.toLocaleString('en-US')} measures × ${versions} versions | ${build.pages.toLocaleString('en-US')} | ${(build.wallMs / 60_000).toFixed(1)} min | ${mb(build.peakBytes)} | under ${mb(TARGET_BYTES)}: ${build.peakBytes < TARGET_BYTES ? 'met' : 'missed'} |

Produced by \`pnpm bench:memory\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}.
`;
const file = path.join(repo, 'BENCHMARKS.md');
const previous = await readFile(file, 'utf8');
const start = previous.search(/\n## Peak memory of a large build/);
const end = start < 0 ? -1 : previous.slice(start + 1).search(/\n## /);
const next = start < 0 ? `${previous.trimEnd()}\n\n${section}` : `${previous.slice(0, start)}\n${section}${end < 0 ? '' : previous.slice(start + 1 + end)}`;
await writeFile(file, next);
process.stdout.write(section);
// Keep the generated corpus out of the way of the next run's disk budget.
await rm(corpus, { recursive: true, force: true });
