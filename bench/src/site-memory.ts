/**
 * Peak memory of a large build: one cold `pnpm build` of a synthetic corpus (by default 10,000 measures × 5
 * released versions), every version rendered, no archive cache and no PDFs (the PDF step runs in Chromium, a
 * process of its own, which `pnpm bench:pdf` measures). Wall time and the peak resident memory of the largest
 * process come from `/usr/bin/time` around the whole command.
 *
 * Node lets its heap grow towards a limit it derives from the machine's memory (4 GB here) before it collects
 * hard, so the resident memory of an unlimited build says how much the machine offered, not how much the build
 * needs. The build therefore runs with the heap limited (`--max-old-space-size`, as a user on a small machine or
 * container sets it in NODE_OPTIONS): it either completes within that, or fails with «heap out of memory».
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus } from './generate.ts';
import { type Build, pnpmBuild } from './site-archive.ts';

const MEMORY_TARGET_BYTES = 2 * 1024 ** 3;

export interface MemoryFigures {
  measures: number;
  versions: number;
  files: number;
  /** The heap limit the build ran with, in MB; 0 for Node's own. */
  heapLimitMb: number;
  build: Build;
}

/** The heap limit the build runs with by default: with Node's own overhead, a process that stays under 2 GB. */
export const DEFAULT_HEAP_LIMIT_MB = 1536;

export async function benchMemory(
  out: string,
  measures: number,
  versions: number,
  log: (line: string) => void,
  heapLimitMb = DEFAULT_HEAP_LIMIT_MB,
): Promise<MemoryFigures> {
  const corpus = path.join(out, `memory-${measures}-${versions}`);
  log(`Generating ${measures} measures × ${versions} versions…`);
  const generated = await generateCorpus(corpus, { measures, versions });
  const dist = path.join(out, 'memory-dist');
  log('pnpm build of the large corpus, cold…');
  const heap: Record<string, string> =
    heapLimitMb > 0 ? { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=${heapLimitMb}`.trim() } : {};
  const build = await pnpmBuild(corpus, dist, undefined, { STRATEGI_PDF: '0', ...heap });
  // The corpus and the site take gigabytes; the figures are what is kept.
  await rm(dist, { recursive: true, force: true });
  await rm(corpus, { recursive: true, force: true });
  return { measures, versions, files: generated.files, heapLimitMb, build };
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en-US')} MB`;

/** The BENCHMARKS.md section of the figures. */
export function memorySection(f: MemoryFigures): string {
  const { build } = f;
  return `## Peak memory of a large build

A cold \`pnpm build\` (no archive cache, every version rendered, no PDFs) of ${f.measures.toLocaleString('en-US')} synthetic
measures × ${f.versions} released versions (${f.files.toLocaleString('en-US')} Markdown files with the working draft, \`bench/src/site-memory.ts\`), timed with
\`/usr/bin/time\` around the whole command; peak memory is the largest process's resident set. ${
    f.heapLimitMb > 0
      ? `The build ran with \`NODE_OPTIONS=--max-old-space-size=${f.heapLimitMb}\`: without a limit Node grows its heap towards one it derives from the machine's memory before it collects hard, so an unlimited build's peak says what the machine offered, not what the build needs.`
      : 'The build ran with Node’s own heap limit.'
  }

| corpus | heap limit | pages | wall time | peak memory | target |
| --- | --- | --- | --- | --- | --- |
| ${f.measures.toLocaleString('en-US')} measures × ${f.versions} versions | ${f.heapLimitMb > 0 ? `${f.heapLimitMb.toLocaleString('en-US')} MB` : 'Node’s own'} | ${build.pages.toLocaleString('en-US')} | ${(build.wallMs / 60_000).toFixed(1)} min | ${mb(build.peakBytes)} | under ${mb(MEMORY_TARGET_BYTES)}: ${build.peakBytes < MEMORY_TARGET_BYTES ? 'met' : 'missed'} |
`;
}

/** `text` (BENCHMARKS.md) with its section `heading` replaced by `section`, or `section` added at the end. */
export function replaceSection(text: string, heading: string, section: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) return `${text.trimEnd()}\n\n${section.trimEnd()}\n`;
  const rest = text.slice(start + 1);
  const end = rest.slice(3).search(/\n## /);
  return `${text.slice(0, start)}\n${section.trimEnd()}\n${end < 0 ? '' : rest.slice(3 + end)}`;
}
