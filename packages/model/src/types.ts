import type { Problem } from '@strategi/problems';
import type { DeclarableVocabulary, DocumentData, DocumentKind, SiteSettings, Version, VersionStatus } from '@strategi/schema';
import type { BodyBlock, BodyImage, BodyLink, ParsedFile } from './parse/parse-file.ts';
import type { TextStats } from './parse/text-stats.ts';
import type { DeclaredVocabulary } from './vocabulary.ts';

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
  /** The body's images (`![alt](bilder/figur.png)`), with their places. */
  images: BodyImage[];
  /** The body's `:::name` blocks (`:::eksempel` passages, and misspelt or unknown blocks), with their places. */
  blocks: BodyBlock[];
  stats: TextStats;
  /** `sha256-…` of the file's bytes, line endings normalised. */
  hash: string;
  /** The slugs of the body's headings, for links to `#…`. */
  headings: string[];
  /** Where each frontmatter key and value is; for problems found by link rules. */
  positions: Pick<ParsedFile, 'keys' | 'values'>;
}

/** A document of one of the kinds `K`, narrowed by `kind`. */
export type DocOf<K extends DocumentKind> = { [P in K]: Doc<P> }[K];

/** A document of any kind, narrowed by `kind`. */
export type AnyDoc = DocOf<DocumentKind>;

/**
 * What is known of a document that failed its shape check: the fields that are valid on their own. The link and
 * date rules check it, so that one wrong field does not hide the file's other problems; nothing else sees it.
 */
export interface PartialDoc {
  kind: DocumentKind;
  data: Readonly<Record<string, unknown>>;
  file: string;
  positions: Pick<ParsedFile, 'keys' | 'values'>;
}

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
  /** True only for released versions the public may read: høring, vedtatt, erstattet. */
  isPublic: boolean;
  /** The schema version its files were validated with when released (the current one for the working draft). */
  schemaVersion: number;
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
  /** The image files of the edition's folder (`bilder/figur.png`, relative to `root`), which its bodies may show. */
  images: string[];
  /** The sectors and actor kinds in force (the strategy's settings, or the schema's lists); set by `loadCorpus`. */
  vocabularies?: Record<DeclarableVocabulary, DeclaredVocabulary>;
}

/**
 * The links of an edition in both directions, computed once from the relations declared in the schema, with ids
 * and former ids resolved to the documents that carry them now.
 */
export interface GraphIndex {
  strategy: Doc<'strategy'> | undefined;
  /** The documents of each kind, in the order lists show them. */
  byKind: { [K in DocumentKind]: Doc<K>[] };
  /** The documents a reference field of `doc` points at (`targets(measure, 'goals')`), each once, in field order. */
  targets<K extends DocumentKind = DocumentKind>(doc: AnyDoc, field: string): DocOf<K>[];
  /** The documents whose relation `key` points at `doc` (`sources(goal, 'measure.goals')`), in list order. */
  sources<K extends DocumentKind>(doc: AnyDoc, key: `${K}.${string}`): DocOf<K>[];
  /** Documents whose body links to `doc`. */
  linkedFrom(doc: AnyDoc): AnyDoc[];
  /** Documents the body of `doc` links to, each once, in the order of their first link. */
  linksTo(doc: AnyDoc): AnyDoc[];
  /** The document with this id or former id. */
  resolve(id: string): AnyDoc | undefined;
}

/** Everything read from a content folder. */
export interface Corpus {
  root: string;
  /** The site's settings (`nettsted.yaml`); undefined when the folder has none or it has problems. */
  settings: SiteSettings | undefined;
  working: Edition;
  /** Released versions, oldest first. */
  versions: Edition[];
  /** Every problem in every edition, sorted. */
  problems: Problem[];
  fileCount: number;
}
