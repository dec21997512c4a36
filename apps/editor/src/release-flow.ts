/**
 * Releasing from the editor as `strategi release` does, through the same model functions: what a release would
 * freeze (documents by kind, the draft's warnings), the form read into the model's `ReleaseInput`, a dry run that
 * stops at the model's confirmation question, the release itself, and `undoRelease` for a version git does not hold.
 */
import path from 'node:path';
import { type Corpus, type LoadOptions, type ReleaseInput, type ReleaseResult, releaseVersion, type UndoResult, undoRelease } from '@strategi/model';
import type { Problem } from '@strategi/problems';
import { type ChangeKind, changeKindVocabulary, type DocumentKind, documentKinds, isoMoment, VERSIONS_FOLDER, versionStatuses } from '@strategi/schema';
import type { ContentRepository } from './git.ts';

/** The form's fields; `consultationDeadline` and `consultationUrl` become the model's `consultation`. */
export const RELEASE_FIELDS = [
  'id',
  'status',
  'label',
  'date',
  'change',
  'changeNote',
  'notes',
  'consultationDeadline',
  'consultationUrl',
  'consultationReason',
  'publishAt',
] as const;
export type ReleaseValues = Record<(typeof RELEASE_FIELDS)[number], string>;

/** What the form says wrong before the model is asked; the view words each in the interface language. */
export type ReleaseIssue = 'statusInvalid' | 'changeInvalid' | 'changeNoteMissing' | 'consultationBoth' | 'publishAtInvalid';

export const releasableStatuses = versionStatuses.filter((status) => status !== 'erstattet');

export interface Freezing {
  /** The versioned documents of the working draft, by kind in the registry's order. */
  byKind: { kind: DocumentKind; count: number }[];
  files: number;
  warnings: Problem[];
  errors: Problem[];
}

/** What a release of the working draft would freeze now, from the corpus the page shows. */
export function freezingOf(corpus: Corpus): Freezing {
  const counts = new Map<DocumentKind, number>();
  for (const doc of corpus.working.documents) if (documentKinds[doc.kind].versioned) counts.set(doc.kind, (counts.get(doc.kind) ?? 0) + 1);
  const byKind = (Object.keys(documentKinds) as DocumentKind[]).filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind)! }));
  return {
    byKind,
    files: byKind.reduce((sum, { count }) => sum + count, 0),
    warnings: corpus.working.problems.filter((problem) => problem.severity === 'warning'),
    errors: corpus.working.problems.filter((problem) => problem.severity === 'error'),
  };
}

/** The form's values, each trimmed (the notes keep their inner lines). */
export const releaseValues = (get: (name: string) => string | undefined): ReleaseValues =>
  Object.fromEntries(RELEASE_FIELDS.map((name) => [name, (get(name) ?? '').replace(/\r\n/g, '\n').trim()])) as ReleaseValues;

/** The model's input from the form, or what is wrong with the form; the model checks the rest (id, dates, address). */
export function releaseInput(values: ReleaseValues): { ok: true; input: ReleaseInput } | { ok: false; issues: ReleaseIssue[] } {
  const issues: ReleaseIssue[] = [];
  if (!(releasableStatuses as readonly string[]).includes(values.status)) issues.push('statusInvalid');
  if (!(changeKindVocabulary.values as readonly string[]).includes(values.change)) issues.push('changeInvalid');
  if (!values.changeNote) issues.push('changeNoteMissing');
  const { consultationDeadline: deadline, consultationUrl: url } = values;
  if (!deadline !== !url) issues.push('consultationBoth');
  const publishAt = values.publishAt ? osloMoment(values.publishAt) : undefined;
  if (values.publishAt && !publishAt) issues.push('publishAtInvalid');
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    input: {
      id: values.id,
      status: values.status as ReleaseInput['status'],
      label: values.label || values.id,
      date: values.date,
      change: values.change as ChangeKind,
      changeNote: values.changeNote,
      ...(deadline && url ? { consultation: { deadline, url } } : {}),
      ...(publishAt ? { publishAt } : {}),
    },
  };
}

/**
 * A moment with its offset from UTC, as the schema wants it: given with an offset, as it is; given as the date and
 * time a `datetime-local` field sends (`2027-01-15T10:00`), read as Norwegian time (+01:00 in winter, +02:00 in summer).
 */
export function osloMoment(value: string): string | undefined {
  if (isoMoment.safeParse(value).success) return value;
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?$/.exec(value);
  if (!local) return undefined;
  const asUtc = Date.parse(`${local[1]}T${local[2]}:00Z`);
  if (Number.isNaN(asUtc)) return undefined;
  // The offset an hour before the time read as UTC is Oslo's offset at that local time, except inside the hour the
  // clocks change, where either reading is a time that exists.
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' })
    .formatToParts(new Date(asUtc - 3_600_000))
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name && name !== 'GMT' ? name.slice(3) : '+00:00';
  const moment = `${local[1]}T${local[2]}${offset}`;
  return isoMoment.safeParse(moment).success ? moment : undefined;
}

export interface ReleaseRun {
  contentFolder: string;
  /** How the folder is read: the workspace's display base and parse cache. */
  load: LoadOptions;
  input: ReleaseInput;
  notes: string;
  /** Why a consultation is shorter than six weeks; the model refuses such a release without it. */
  consultationReason?: string;
}

/** Everything the model checks, up to its confirmation question, which is answered no: nothing is written. */
export const dryRun = (run: ReleaseRun): Promise<ReleaseResult> => release(run, async () => false);

/**
 * The release. `expectedFiles` is the count the editor confirmed: when the draft has changed in between (a file
 * added or removed), the model's question is answered no, and the editor is asked again with the new count.
 */
export function confirmedRelease(run: ReleaseRun, expectedFiles: number): Promise<ReleaseResult> {
  return release(run, async ({ files }) => files === expectedFiles);
}

function release(
  { contentFolder, load, input, notes, consultationReason }: ReleaseRun,
  confirm: (freezing: { files: number; warnings: Problem[] }) => Promise<boolean>,
) {
  return releaseVersion(contentFolder, input, { ...load, ...(notes ? { notes } : {}), ...(consultationReason ? { consultationReason } : {}), confirm });
}

/** A version id as the model writes them; anything else is no version of this folder. */
const VERSION_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;

const versionFolder = (contentFolder: string, id: string) => path.join(contentFolder, VERSIONS_FOLDER, id);

/** Whether git holds the version (then it may be published and is never taken back); without git, it does not. */
const isCommitted = async (repository: ContentRepository | undefined, contentFolder: string, id: string) =>
  repository ? repository.isCommitted(versionFolder(contentFolder, id)) : false;

/** `strategi release --undo`: the model's undo, told by git whether the version is committed. */
export async function undo(contentFolder: string, id: string, repository: ContentRepository | undefined): Promise<UndoResult> {
  if (!VERSION_ID.test(id)) return { ok: false, reason: 'not-found', folder: versionFolder(contentFolder, id) };
  return undoRelease(contentFolder, id, { committed: await isCommitted(repository, contentFolder, id) });
}

/** The released versions git does not hold yet: those the page offers to undo. */
export async function undoableVersions(corpus: Corpus, repository: ContentRepository | undefined): Promise<{ id: string; label: string }[]> {
  const versions = corpus.versions.filter((edition) => edition.version);
  const committed = await Promise.all(versions.map((edition) => isCommitted(repository, corpus.root, edition.id)));
  return versions.filter((_, i) => !committed[i]).map((edition) => ({ id: edition.id, label: edition.version!.label }));
}
