// pnpm bench:peers [--measures N] [--rounds N]: only the cold build against bare Astro and Starlight and the preview
// after one changed file (bench/src/site-peers.ts), written into their section of BENCHMARKS.md. With --preview-only,
// only the preview's two builds, written into the preview's part of that section.
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from './generate.ts';
import { replaceSection } from './site-memory.ts';
import { benchPeers, benchPreview, peersSection, previewPart, replacePreviewPart } from './site-peers.ts';

const repo = path.resolve(new URL('../..', import.meta.url).pathname);
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const measures = option('--measures', 1000);
const rounds = option('--rounds', 2);
const before = os.loadavg()[0]!;
const cpus = os.cpus();
const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 1024 / 1024)} MB`;
const file = path.join(repo, 'BENCHMARKS.md');
const out = path.join(repo, 'bench', 'out');
const progress = (line: string) => process.stderr.write(`${line}\n`);

if (process.argv.includes('--preview-only')) {
  const corpus = path.join(out, `peers-${measures}`);
  await generateCorpus(corpus, { measures, versions: 1 });
  const part = `${previewPart(await benchPreview(out, corpus, progress)).trimEnd()}

Measured alone by \`pnpm bench:peers --preview-only --measures ${measures}\` on ${new Date().toISOString().slice(0, 10)} (${machine}, Node ${process.version});
the one-minute load average was ${before.toFixed(1)} when the run started and ${os.loadavg()[0]!.toFixed(1)} when it ended.
`;
  await writeFile(file, replacePreviewPart(await readFile(file, 'utf8'), part));
  process.stdout.write(part);
  process.exit(0);
}

const figures = await benchPeers(out, measures, rounds, progress);
const section = `${peersSection(figures).trimEnd()}

Produced by \`pnpm bench:peers --measures ${measures} --rounds ${rounds}\` on ${new Date().toISOString().slice(0, 10)} (${machine}, Node ${process.version});
the one-minute load average was ${before.toFixed(1)} when the run started and ${os.loadavg()[0]!.toFixed(1)} when it ended.
`;
await writeFile(file, replaceSection(await readFile(file, 'utf8'), 'Cold build against the peers a user would pick', section));
process.stdout.write(section);
