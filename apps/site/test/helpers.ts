import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const siteRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Four released versions (draft, consultation, adopted 2023, adopted 2024 as an example) and a working draft. */
export const fixtureContent = path.join(siteRoot, 'test/fixtures/content');

/** Strings that exist only where the public must never see them. */
export const markers = {
  workingDraft: 'UTKASTMARKOR7Q',
  draftVersion: 'DRAFTVERSJONMARKOR4Z',
  internalNote: 'INTERNNOTATMARKOR9K',
  /** A progress report without `published`: a draft. */
  draftReport: 'RAPPORTUTKASTMARKOR3D',
  /** A progress report published on a day after the build day. */
  futureReport: 'FREMTIDSRAPPORTMARKOR8F',
  /** A published report's entry for a measure only the working draft has. */
  reportOnUnreleasedMeasure: 'RAPPORTTILTAKMARKOR4N',
} as const;

/** The note of a published progress report's entry for a released measure: public from its publication day. */
export const publishedReportMarker = 'RAPPORTSYNLIGMARKOR2K';

/** Strings in released content that the page hides, so that no public output may hold them (see make-content.sh). */
export const hiddenMarkers = {
  bodyComment: 'KOMMENTARMARKOR3X',
  unusedDefinition: 'DEFINISJONSMARKOR8P',
  bodyScriptAndHandler: 'RAWHTMLMARKOR5M',
  notesComment: 'NOTATKOMMENTARMARKOR2V',
  notesScript: 'NOTATSKRIPTMARKOR6B',
  notesOnerror: 'NOTATONERRORMARKOR1C',
} as const;

const lowered = new WeakMap<ReadonlyMap<string, string>, [string, string][]>();

/** The names of the files in `files` whose text holds `text`, in any case; each map's texts are lowercased once. */
export function filesHolding(files: ReadonlyMap<string, string>, text: string): string[] {
  let lower = lowered.get(files);
  if (!lower) {
    lower = [...files].map(([name, content]) => [name, content.toLowerCase()]);
    lowered.set(files, lower);
  }
  const wanted = text.toLowerCase();
  return lower.filter(([, content]) => content.includes(wanted)).map(([name]) => name);
}
