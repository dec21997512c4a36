import type { Problem } from '@strategi/problems';
import type { DocumentData, DocumentKind, Version, VersionStatus } from '@strategi/schema';
import type { BodyLink, ParsedFile } from './parse/parse-file.ts';
import type { TextStats } from './parse/text-stats.ts';

/** One valid document of a version, with what the program needs to show and link it. */
export interface Doc<K extends DocumentKind = DocumentKind> {
  kind: K;
  id: string;
  data: DocumentData<K>;
  /** Path shown to users in problems (relative to the working directory). */
  file: string;
  /** Path inside its version folder, with forward slashes (`tiltak/T-1.md`). */
  path: string;
  /** Markdown after the frontmatter. */
  body: string;
  bodyLine: number;
  links: BodyLink[];
  stats: TextStats;
  /** `sha256-…` of the file's bytes. */
  hash: string;
  /** Where each frontmatter key and value is; for problems found by link rules. */
  positions: Pick<ParsedFile, 'keys' | 'values'>;
}

/** A document of any kind, narrowed by `kind`. */
export type AnyDoc = { [K in DocumentKind]: Doc<K> }[DocumentKind];

/** `working` is the unreleased draft; the others are a released version's status, `superseded` derived. */
export type EditionStatus = 'working' | VersionStatus;

/** One version of the whole document set: the working draft or a released version. */
export interface Edition {
  /** `utkast` for the working draft, otherwise the version id. */
  id: string;
  /** The version's description; undefined for the working draft. */
  version: Version | undefined;
  /** Release notes from the body of `versjon.md`. */
  notes: string;
  status: EditionStatus;
  /** True only for released versions the public may read: consultation, adopted, superseded. */
  isPublic: boolean;
  /** Absolute path of the folder the edition was read from. */
  root: string;
  documents: AnyDoc[];
  byId: Map<string, AnyDoc>;
  /** Former ids, pointing at the document that carries them now. */
  aliases: Map<string, AnyDoc>;
  index: GraphIndex;
  problems: Problem[];
  /** Number of files read for this edition. */
  fileCount: number;
}

/** The links of an edition in both directions, computed once. */
export interface GraphIndex {
  strategy: Doc<'strategy'> | undefined;
  byKind: { [K in DocumentKind]: Doc<K>[] };
  goalsByFocusArea: Map<string, Doc<'goal'>[]>;
  measuresByGoal: Map<string, Doc<'measure'>[]>;
  measuresByActor: Map<string, Doc<'measure'>[]>;
  measuresByActionPlan: Map<string, Doc<'measure'>[]>;
  inputsByRound: Map<string, Doc<'input'>[]>;
  /** Goals and measures that cite an input. */
  citingsByInput: Map<string, AnyDoc[]>;
  /** Documents whose body links to an id. */
  linkedFrom: Map<string, AnyDoc[]>;
}

/** Everything read from a content folder. */
export interface Corpus {
  root: string;
  working: Edition;
  /** Released versions, oldest first. */
  versions: Edition[];
  /** Every problem in every edition, sorted. */
  problems: Problem[];
  fileCount: number;
}
