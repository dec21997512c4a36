import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { blocksRelease, createProblem, type Problem } from '@strategi/problems';
import {
  documentKinds,
  MANIFEST_FILE,
  SCHEMA_VERSION,
  SETTINGS_FILE,
  VERSION_FILE,
  VERSIONS_FOLDER,
  type Version,
  type VersionStatus,
  versionSchema,
} from '@strategi/schema';
import { type LoadOptions, loadCorpus } from './corpus.ts';
import { diffEditions } from './diff/index.ts';
import { mapLimited, WORKING_DRAFT_ID } from './edition.ts';
import { ledgerProblems } from './ledger/rules.ts';
import { limits } from './limits.ts';
import { parseMarkdown } from './parse/markdown.ts';
import { nestingOf } from './parse/nesting.ts';
import { withoutBidiControls } from './parse/yaml.ts';
import { processIsAlive } from './process-alive.ts';
import { listContentFiles } from './read/classify.ts';
import { contentHash } from './read/load-document.ts';
import { snapshotSource } from './read/source.ts';
import { readStable } from './read/stable-read.ts';
import { consultationPeriodProblems, isShortConsultation, measureChange, newConsultationProblems } from './release-consultation.ts';
import type { Edition } from './types.ts';
import { checkShape } from './validate/shape.ts';
import { formatManifest } from './versions/manifest.ts';
import { TEMPORARY_RELEASE } from './versions/read.ts';
import { sealedDocumentText } from './versions/seal.ts';
import { inSchemaOrder } from './write/frontmatter.ts';

export type ReleaseResult =
  | { ok: true; version: Version; folder: string; files: number; warnings: Problem[]; cleaned: string[] }
  | { ok: false; reason: 'invalid-content'; problems: Problem[] }
  | { ok: false; reason: 'version-exists'; folder: string }
  | { ok: false; reason: 'invalid-version'; problems: Problem[] }
  | { ok: false; reason: 'cancelled'; files: number; warnings: Problem[] };

export interface ReleaseOptions extends LoadOptions {
  /** Called with (done, total) while files are written. */
  onProgress?: (done: number, total: number) => void;
  /** Release notes, written as the body of `versjon.md`. */
  notes?: string;
  /**
   * Asked after the content is read and checked, before anything is written, with what would be frozen: the
   * number of files and the warnings they carry. The release goes on only when it resolves to true.
   */
  confirm?: (freezing: { files: number; warnings: Problem[] }) => Promise<boolean>;
  /** Why a consultation is shorter than six weeks (utredningsinstruksen 3-3); without it such a release is refused. */
  consultationReason?: string;
}

export interface ReleaseInput {
  id: string;
  status: Exclude<VersionStatus, 'erstattet'>;
  label: string;
  date: string;
  example?: boolean;
  /** For a consultation: the last day to respond, the page where the public responds, and why the period is short. */
  consultation?: { deadline: string; url: string; shortDeadlineReason?: string };
  /** `vesentlig` (the strategy changed in substance) or `mindre` (corrections). */
  change?: 'vesentlig' | 'mindre';
  /** What changed, in a sentence or two of Markdown. */
  changeNote?: string;
  /** When the version becomes public, an ISO date-time with its offset; a public build before it leaves it out. */
  publishAt?: string;
}

/**
 * Freezes the working draft as a released version. The files of the draft (as the validator's walker finds them)
 * are read once; exactly those bytes are validated and exactly those bytes are written, so a file saved while the
 * release runs is either in it as validated or not in it at all. The copy is built in a hidden temporary folder,
 * with `versjon.sha256` (every file's hash) and a sealed `versjon.md`, and renamed into place in one step: an
 * interrupted release leaves the whole version or none of it, and the next release removes what a killed one left.
 * Refuses content with errors, an invalid description and an id that exists.
 */
export async function releaseVersion(contentFolder: string, requested: ReleaseInput, options: ReleaseOptions = {}): Promise<ReleaseResult> {
  const root = path.resolve(contentFolder);
  const versionsRoot = path.join(root, VERSIONS_FOLDER);
  // The reason for a short consultation is kept in the description, so that validate and the site can show it later.
  const statedReason = (requested.consultation?.shortDeadlineReason ?? options.consultationReason)?.trim() || undefined;
  const short =
    requested.status === 'høring' && requested.consultation !== undefined && isShortConsultation({ date: requested.date, ...requested.consultation });
  const reason = short ? statedReason : undefined;
  const input: ReleaseInput = requested.consultation
    ? {
        ...requested,
        consultation: { deadline: requested.consultation.deadline, url: requested.consultation.url, ...(reason ? { shortDeadlineReason: reason } : {}) },
      }
    : requested;
  const history = [{ status: input.status, date: input.date }];
  // Only the fields given are written: a key with no value would read as an empty field. Bidirectional controls
  // are taken out as the reader takes them out of any frontmatter, so that what is sealed is what is read back.
  const given = withoutBidiControls(Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined))) as ReleaseInput;
  const description = { ...given, example: input.example ?? false, schemaVersion: SCHEMA_VERSION, history };
  const checked = versionSchema.safeParse({ ...description, manifest: `sha256-${'0'.repeat(64)}`, seal: `sha256-${'0'.repeat(64)}` });
  if (!checked.success) {
    const flags = versionSchema.pick({
      id: true,
      label: true,
      status: true,
      date: true,
      example: true,
      change: true,
      changeNote: true,
      publishAt: true,
      consultation: true,
    });
    return { ok: false, reason: 'invalid-version', problems: checkShape(flags, { data: given, keys: {}, values: {} }, '').problems };
  }
  // The notes and the change note are Markdown the site renders: nested too deep, they are refused here as a body is.
  if ([options.notes ?? '', given.changeNote ?? ''].some((text) => nestingOf(parseMarkdown(text), limits.maxNestingDepth).depth > limits.maxNestingDepth)) {
    return { ok: false, reason: 'invalid-version', problems: [createProblem('file/too-complex', { limit: limits.maxNestingDepth }, '')] };
  }
  if (input.id === WORKING_DRAFT_ID) {
    const reason = `«${WORKING_DRAFT_ID}» er navnet på arbeidsutkastet og kan ikke være id-en til en versjon.`;
    return { ok: false, reason: 'invalid-version', problems: [createProblem('schema/invalid', { field: 'id', reason }, '')] };
  }
  const target = path.join(versionsRoot, input.id);
  if (await exists(target)) return { ok: false, reason: 'version-exists', folder: target };
  const descriptionFile = shownPath(path.join(target, VERSION_FILE), options.displayBase);
  const period =
    input.status === 'høring' && input.consultation
      ? consultationPeriodProblems({ date: input.date, deadline: input.consultation.deadline, reason }, descriptionFile)
      : [];
  if (period.some((problem) => problem.severity === 'error')) return { ok: false, reason: 'invalid-version', problems: period };
  const cleaned = await removeAbandonedReleases(versionsRoot);

  // One read of every file of the draft; what is validated below is what is written after.
  // The validator's one walker decides what a content file is; what it refuses (a symlink, `T-50.MD`) stops the release.
  const {
    documents: listedDocuments,
    images,
    problems: listed,
  } = await listContentFiles(root, {
    working: true,
    displayPath: (absolute) =>
      path
        .relative(options.displayBase ?? process.cwd(), absolute)
        .split(path.sep)
        .join('/'),
  });
  // Progress reports are published on their own dates, not frozen into a version of the text.
  const documents = listedDocuments.filter(({ kind }) => documentKinds[kind].versioned);
  // Read whole or refused: a file caught changing (an editor's program saving in two writes) stops the release.
  const shown = (absolute: string) =>
    path
      .relative(options.displayBase ?? process.cwd(), absolute)
      .split(path.sep)
      .join('/');
  // The images the bodies may show are frozen and sealed with them, so a released page keeps its figures.
  const frozen = [...documents.map(({ entry }) => entry), ...images];
  const read = await readStable(
    frozen.map((entry) => ({ absolute: entry.absolute, file: shown(entry.absolute) })),
    (items, each) => mapLimited(items, 32, each),
  );
  if (read.problems.length > 0) return { ok: false, reason: 'invalid-content', problems: read.problems };
  const snapshot = new Map(frozen.map((entry) => [entry.relative, read.bytes.get(entry.absolute)!]));
  // The settings declare the sectors and actor kinds the draft is checked against; they are read, not frozen.
  const settings = await readFile(path.join(root, SETTINGS_FILE)).catch(() => undefined);
  const withSettings = settings ? new Map([...snapshot, [SETTINGS_FILE, settings]]) : snapshot;
  const corpus = await loadCorpus(root, { ...options, source: snapshotSource(root, withSettings), workingOnly: true });
  // A commitment dropped or reworded shows only against the versions released before, which the snapshot leaves out.
  const released = (await loadCorpus(root, { ...options, workingOnly: false })).versions;
  const commitments = ledgerProblems(released, corpus.working).get(corpus.working) ?? [];
  // Some warnings may stand in a draft but not in a version (the catalogue's `blocksRelease`).
  const refusing = [...listed, ...corpus.working.problems, ...commitments].filter(blocksRelease);
  if (refusing.length > 0) return { ok: false, reason: 'invalid-content', problems: refusing };
  const rules = [...period, ...(input.status === 'vedtatt' ? await adoptionProblems(root, corpus.working, options, descriptionFile) : [])];
  const freezing = { files: snapshot.size, warnings: [...rules, ...corpus.working.problems.filter((problem) => problem.severity === 'warning')] };
  if (options.confirm && !(await options.confirm(freezing))) return { ok: false, reason: 'cancelled', ...freezing };

  const temporary = path.join(versionsRoot, `.${input.id}.tmp-${process.pid}`);
  await rm(temporary, { recursive: true, force: true });
  try {
    const hashes = new Map<string, string>();
    let done = 0;
    const files = [...snapshot];
    await mapLimited(files, 16, async ([relative, bytes]) => {
      const destination = path.join(temporary, relative);
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, bytes, { flag: 'wx' });
      hashes.set(relative, contentHash(bytes));
      options.onProgress?.(++done, files.length);
    });
    const manifest = formatManifest(hashes);
    await writeFile(path.join(temporary, MANIFEST_FILE), manifest, { flag: 'wx' });
    const notes = options.notes?.trim() ?? '';
    const frontmatter = inSchemaOrder(versionSchema.shape, { ...description, manifest: contentHash(new TextEncoder().encode(manifest)) });
    await writeFile(path.join(temporary, VERSION_FILE), sealedDocumentText(frontmatter, notes), { flag: 'wx' });
    if (await exists(target)) return { ok: false, reason: 'version-exists', folder: target };
    const moved = await read.moved();
    if (moved.length > 0) return { ok: false, reason: 'invalid-content', problems: moved };
    await rename(temporary, target);
    const version = versionSchema.parse(frontmatter);
    return { ok: true, version, folder: target, files: files.length, warnings: [...rules, ...corpus.working.problems], cleaned };
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/**
 * Compares the draft being adopted with the latest consultation draft (the newest released version with a
 * consultation): a substantial change may call for a new consultation.
 */
async function adoptionProblems(root: string, adopted: Edition, options: LoadOptions, file: string): Promise<Problem[]> {
  const { versions } = await loadCorpus(root, { ...options, workingOnly: false });
  const draft = versions.findLast((edition) => edition.version?.consultation !== undefined);
  if (!draft) return [];
  return newConsultationProblems(measureChange(diffEditions(draft, adopted), draft, adopted), draft.id, file);
}

const shownPath = (absolute: string, base = process.cwd()) => path.relative(base, absolute).split(path.sep).join('/');

/**
 * Removes the temporary folders of releases that were stopped (Ctrl-C, SIGKILL, a power cut), whose process is
 * gone; a folder of a release still running in another process is left alone.
 */
async function removeAbandonedReleases(versionsRoot: string): Promise<string[]> {
  const names = await readdir(versionsRoot).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMPORARY_RELEASE.exec(name);
    if (!match) continue;
    const pid = Number(match[2]);
    if (pid !== process.pid && processIsAlive(pid)) continue;
    await rm(path.join(versionsRoot, name), { recursive: true, force: true });
    removed.push(path.join(versionsRoot, name));
  }
  return removed;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
