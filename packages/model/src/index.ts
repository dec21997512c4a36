export { openParseCache, ParseCache } from './cache.ts';
export { type CacheSecret, cacheSecret, cacheSecretFile } from './cache-secret.ts';
export { ContentFolderError, type LoadOptions, loadCorpus } from './corpus.ts';
export { mapLimited, WORKING_DRAFT_ID } from './edition.ts';
export { compareDocs, idsInField, titleOf } from './graph.ts';
export { type Owner, type SiteIdentity, siteIdentity } from './identity.ts';
export { ownersVerdict, ruleVerdict, type Verdict, verdictsDisagree } from './indicators/agreement.ts';
export {
  assessIndicator,
  expectedAt,
  type IndicatorAssessment,
  type IndicatorSeries,
  type IndicatorStatus,
  indicatorStatuses,
  timeOf,
} from './indicators/status.ts';
export { type LanguageShare, languageShare, MINIMUM_LANGUAGE_SHARE } from './language-share.ts';
export { type Commitment, commitmentLedger, type DeclaredFate, type Wording, wasAdopted } from './ledger/commitments.ts';
export {
  type ChangedSinceReport,
  type Dashboard,
  type DashboardPart,
  dashboard,
  type IndicatorComparison,
  type OverdueMilestone,
  overdueMilestones,
} from './ledger/dashboard.ts';
export { limits } from './limits.ts';
export { classifyLink, type DocumentTarget, documentHref, type LinkTarget, parseDocumentLink } from './links/document-link.ts';
export { classifyImage, IMAGE_EXTENSIONS, type ImageTarget, isImageFile } from './links/image.ts';
export { type MeasureStatusAnswer, measureStatus, type StatusMoment, type StatusSource } from './measure-status.ts';
export { migrateDocument, migrateVersionDescription, migrations, schemaFor } from './migrate/index.ts';
export { keepParsedBodies } from './parse/kept-bodies.ts';
export { type BodyBlock, type BodyImage, type BodyLink, type ParsedFile, parseFile } from './parse/parse-file.ts';
export { lix, type TextStats } from './parse/text-stats.ts';
export { processIsAlive } from './process-alive.ts';
export { categoryOn, editionRollup, isOverdue, type ProgressCategory, type Rollup, rollupOf, type StatusSources, statusOn } from './progress.ts';
export { type ContentFiles, type DocumentFile, type ListOptions, listContentFiles } from './read/classify.ts';
export { contentHash, hashBytes } from './read/load-document.ts';
export type { Entry, EntryType } from './read/walk.ts';
export { type ReleaseInput, type ReleaseOptions, type ReleaseResult, releaseVersion } from './release.ts';
export { publishedReports, type ReportedStatus, reportedStatuses, reportSealOf, sealedReport, statusesOfMeasure } from './reports.ts';
export { dateBounds } from './rules/dates.ts';
export { declaredValueProblems } from './rules/declared-values.ts';
export { parseSettings, readSettings, type SettingsResult } from './settings.ts';
export { today } from './today.ts';
export { citingsOf, createInputTracer, type InputTracer, type TraceEvent, type TraceStep, takenUpInputs } from './trace.ts';
export type { AnyDoc, Corpus, Doc, DocOf, Edition, EditionStatus, GraphIndex } from './types.ts';
export { type CheckObjectOptions, checkObject, checkShape } from './validate/shape.ts';
export { formatManifest } from './versions/manifest.ts';
export { compareVersions, currentEdition } from './versions/read.ts';
export { buildTime, isScheduled, publicEditionsAt } from './versions/schedule.ts';
export { sealOf } from './versions/seal.ts';
export { changeVersionStatus, type VersionChange } from './versions/status.ts';
export { type UndoOptions, type UndoResult, undoRelease } from './versions/undo.ts';
export { type DeclaredVocabulary, declaredVocabulary } from './vocabulary.ts';
export { replaceFile, writeNewFile, writeNewFiles } from './write/atomic.ts';
export { checkPlannedFiles, type PlannedFile } from './write/check-additions.ts';
export { type DocumentPathOptions, type ResolvedDocumentPath, resolveDocumentPath } from './write/document-path.ts';
export { withFileLock } from './write/file-lock.ts';
export { documentText, inSchemaOrder, replaceBody, updateFrontmatter } from './write/frontmatter.ts';
export { allocateIds, nextId } from './write/next-id.ts';
export { placeholderFor, placeholderTexts } from './write/placeholders.ts';
