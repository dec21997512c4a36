/**
 * What the preview's front page puts in front of a reviewer: the edition under review, the release it is compared
 * with, what changed, every problem grouped by document, and every internal note. Data only; the view words it.
 */
import path from 'node:path';
import type { AnyDoc, Edition } from '@strategi/model';
import type { EditionDiff } from '@strategi/model/diff';
import type { Problem } from '@strategi/problems';
import { changesBetween } from '../changes.ts';
import type { SiteData } from '../corpus.ts';
import { type SourceFile, sourceFile } from './edit-links.ts';

/** The problems of one file, with the document it holds when it is one of the edition's. */
interface ProblemGroup {
  doc: AnyDoc | undefined;
  source: SourceFile;
  problems: Problem[];
}

export interface InternalNote {
  doc: AnyDoc;
  note: string;
}

export interface ReviewOverview {
  edition: Edition;
  /** The release it is compared with; undefined when none came before it. */
  against: Edition | undefined;
  diff: EditionDiff | undefined;
  problems: ProblemGroup[];
  notes: InternalNote[];
}

/**
 * The edition a preview is reviewing: `STRATEGI_REVIEW_EDITION` (the working draft `utkast`, or the id of a draft
 * version) when set, else the working draft, else the newest edition. Throws for an id the build does not show.
 */
export function reviewedEdition(editions: readonly Edition[], chosen: string | undefined): Edition {
  const id = chosen?.trim();
  if (id) {
    const found = editions.find((edition) => edition.id === id);
    if (!found) {
      throw new Error(`STRATEGI_REVIEW_EDITION «${id}» er ingen versjon i denne byggingen. Velg en av: ${editions.map((edition) => edition.id).join(', ')}.`);
    }
    return found;
  }
  const working = editions.find((edition) => edition.status === 'working');
  const last = working ?? editions.at(-1);
  if (!last) throw new Error('Byggingen har ingen versjoner å gjennomgå.');
  return last;
}

/** The release an edition is reviewed against: the newest public version before it, else the newest version before it. */
export function baselineOf(editions: readonly Edition[], edition: Edition): Edition | undefined {
  const before = editions.slice(0, editions.indexOf(edition)).filter((other) => other.status !== 'working');
  return before.filter((other) => other.isPublic).at(-1) ?? before.at(-1);
}

/** The absolute path of a document's file. */
export const docFile = (edition: Edition, doc: AnyDoc) => path.join(edition.root, ...doc.path.split('/'));

/**
 * An edition's problems grouped by file, in file order (the problems are sorted by file already). A problem's
 * `file` is relative to the folder the content was read from (`displayBase`), so it is resolved from there.
 */
function problemGroups(edition: Edition, contentFolder: string, displayBase: string): ProblemGroup[] {
  const docsByFile = new Map(edition.documents.map((doc) => [docFile(edition, doc), doc]));
  const groups = new Map<string, ProblemGroup>();
  for (const problem of edition.problems) {
    const absolute = path.resolve(displayBase, problem.file);
    let group = groups.get(absolute);
    if (!group) {
      group = { doc: docsByFile.get(absolute), source: sourceFile(absolute, contentFolder), problems: [] };
      groups.set(absolute, group);
    }
    group.problems.push(problem);
  }
  return [...groups.values()];
}

/** The documents of an edition that carry an internal note, in the edition's order. */
export function internalNotes(edition: Edition): InternalNote[] {
  return edition.documents.flatMap((doc) => {
    const note = doc.data.internalNote?.trim();
    return note ? [{ doc, note }] : [];
  });
}

/** Everything the review overview shows. */
export function reviewOverview(site: Pick<SiteData, 'editions' | 'corpus' | 'displayBase'>, chosen?: string): ReviewOverview {
  const edition = reviewedEdition(site.editions, chosen);
  const against = baselineOf(site.editions, edition);
  return {
    edition,
    against,
    diff: against ? changesBetween(against, edition) : undefined,
    problems: problemGroups(edition, site.corpus.root, site.displayBase),
    notes: internalNotes(edition),
  };
}
