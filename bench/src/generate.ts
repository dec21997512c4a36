import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentHash, documentText, formatManifest, sealOf } from '@strategi/model';
import { MANIFEST_FILE, SCHEMA_VERSION, VERSION_FILE } from '@strategi/schema';

/** The size of a synthetic corpus. */
export interface CorpusSize {
  measures: number;
  /** Released versions besides the working draft; each changes about `changeShare` of the measures. */
  versions: number;
  changeShare?: number;
}

const FOCUS_AREAS = 5;
const ACTORS = ['KD', 'KS', 'Udir', 'Digdir', 'Sikt', 'kommuner', 'fylkeskommuner', 'private-eiere'];
const SECTORS = ['barnehage', 'grunnskole', 'videregående'];
const STATUSES = ['planlagt', 'startet', 'i-rute', 'forsinket', 'fullført'];
const WORDS =
  'kommunen skolen barnehagen elevene lærerne digitale verktøy kompetanse personvern læremidler infrastruktur tjenester samarbeid utvikling veiledning strategien tiltaket arbeidet sektoren nasjonale felles løsninger'.split(
    ' ',
  );

/** A deterministic pseudo-random sequence, so that every run generates the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number, words: number): string {
  const list = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  const text = list.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(next, 8 + Math.floor(next() * 8))).join(' ');
}

function measureFile(i: number, goals: number, plans: number, measures: number, next: () => number, revision: number): string {
  const goal = 1 + (i % goals);
  const plan = 1 + (i % plans);
  const planStart = 2023 + ((plan - 1) % 2) * 4;
  const related = 1 + ((i * 7) % measures);
  const status = STATUSES[(i + revision) % STATUSES.length]!;
  // The title is the measure's promise: a revision keeps it (a reworded promise of an adopted version needs a fate in
  // strategi.md, ledger/reworded-promise) and changes the text, the deadline and the status. It is the first version's
  // title, and `next` moves on past it, so that the first version's files stay as they were.
  const title = sentence(random(i * 31), 6).slice(0, -1);
  sentence(next, 6);
  return `---
id: T-${i}
title: ${title} ${i}
goals: [M-${goal}]
responsible: [${ACTORS[i % ACTORS.length]}]
partners: [${ACTORS[(i + 3) % ACTORS.length]}]
sectors: [${SECTORS[i % SECTORS.length]}]
start: ${planStart}
deadline: ${planStart + 2 + ((i + revision) % 2)}
status: ${status}
actionPlan: H-${plan}${
    // A completed measure is shown by a milestone with evidence (milestone/done-without-evidence).
    status === 'fullført' ? `\nmilestones:\n  - title: Resultatet levert\n    done: ${planStart + 2}-06-01\n    evidence: M-${goal}` : ''
  }
---
## Bakgrunn

${paragraph(next, 4)} Tiltaket henger sammen med [tiltaket](tiltak:T-${related}) og [målet](mal:M-${goal}).

## Hva skal gjøres

${paragraph(next, 5)}

${paragraph(next, 4)}${revision ? `\n\nEndret i revisjon ${revision}: ${sentence(next, 10)}` : ''}
`;
}

/** Writes a synthetic corpus: the working draft and `versions` released versions with recorded hashes. */
export async function generateCorpus(root: string, size: CorpusSize): Promise<{ files: number; bytes: number }> {
  await rm(root, { recursive: true, force: true });
  const goals = Math.max(5, Math.round(size.measures / 10));
  const plans = Math.max(2, Math.round(size.measures / 50));
  const next = random(2030);
  const write = async (relative: string, text: string) => {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), text);
  };
  await write(
    'strategi.md',
    `---\nid: strategi\ntitle: Syntetisk strategi\nperiod: { start: 2023, end: 2030 }\nowners: [KD, KS]\nvision: ${sentence(next, 12)}\n---\n${paragraph(next, 6)}\n`,
  );
  for (const id of ACTORS) await write(`aktorer/${id}.md`, `---\nid: ${id}\nname: Aktør ${id}\nkind: etat\nresponsibility: ${sentence(next, 8)}\n---\n`);
  for (let i = 1; i <= FOCUS_AREAS; i++)
    await write(`innsatsomrader/I-${i}.md`, `---\nid: I-${i}\ntitle: Innsatsområde ${i}\norder: ${i}\n---\n${paragraph(next, 3)}\n`);
  for (let i = 1; i <= goals; i++)
    await write(`mal/M-${i}.md`, `---\nid: M-${i}\ntitle: ${sentence(next, 7)}\nfocusArea: I-${1 + (i % FOCUS_AREAS)}\n---\n${paragraph(next, 2)}\n`);
  for (let i = 1; i <= plans; i++) {
    const start = 2023 + ((i - 1) % 2) * 4;
    await write(
      `handlingsplaner/H-${i}.md`,
      `---\nid: H-${i}\ntitle: Handlingsplan ${i}\nperiod: { start: ${start}, end: ${start + 3} }\n---\n${paragraph(next, 2)}\n`,
    );
  }
  const revisionOf = new Map<number, number>();
  const writeMeasures = async (changed: Iterable<number>) => {
    for (const i of changed)
      await write(`tiltak/T-${i}.md`, measureFile(i, goals, plans, size.measures, random(i * 31 + (revisionOf.get(i) ?? 0)), revisionOf.get(i) ?? 0));
  };
  await writeMeasures(Array.from({ length: size.measures }, (_, i) => i + 1));

  const share = size.changeShare ?? 0.1;
  for (let v = 1; v <= size.versions; v++) {
    // One month apart, so that versions sort by date however many there are.
    await release(root, `v${v}`, `${2023 + Math.floor((v - 1) / 12)}-${String(((v - 1) % 12) + 1).padStart(2, '0')}-01`);
    const changed = Array.from({ length: Math.round(size.measures * share) }, (_, k) => 1 + ((k * 97 + v * 13) % size.measures));
    for (const i of changed) revisionOf.set(i, v);
    await writeMeasures(changed);
  }
  return countFiles(root);
}

/**
 * A release as `strategi release` writes it (the files, `versjon.sha256` and a sealed `versjon.md`), without
 * re-validating the synthetic content each time.
 */
async function release(root: string, id: string, date: string): Promise<void> {
  const target = path.join(root, 'versjoner', id);
  const { walkFiles } = await import('./walk-files.ts');
  const files = (await walkFiles(root)).filter((file) => !file.startsWith('versjoner/'));
  const hashes = new Map<string, string>();
  for (const file of files) {
    await mkdir(path.dirname(path.join(target, file)), { recursive: true });
    await cp(path.join(root, file), path.join(target, file));
    hashes.set(file, contentHash(await readFile(path.join(root, file))));
  }
  const manifest = formatManifest(hashes);
  await writeFile(path.join(target, MANIFEST_FILE), manifest);
  const data: Record<string, unknown> = {
    id,
    label: `Versjon ${id}`,
    status: 'vedtatt',
    date,
    example: false,
    schemaVersion: SCHEMA_VERSION,
    manifest: contentHash(new TextEncoder().encode(manifest)),
    history: [{ status: 'vedtatt', date }],
  };
  data['seal'] = sealOf(data, '');
  await writeFile(path.join(target, VERSION_FILE), documentText(data, ''));
}

async function countFiles(root: string): Promise<{ files: number; bytes: number }> {
  const { walkFiles } = await import('./walk-files.ts');
  const files = await walkFiles(root);
  let bytes = 0;
  for (const file of files) bytes += (await readFile(path.join(root, file))).length;
  return { files: files.length, bytes };
}
