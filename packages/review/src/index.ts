export { type Anchoring, type AnchorLabel, anchorComment } from './anchoring.ts';
export {
  type Annotation,
  type CommentChange,
  commentChangeSchema,
  type InvalidInput,
  invalidInput,
  MAX_CONTEXT_LENGTH,
  MAX_QUOTE_LENGTH,
  type NewCommentInput,
  newCommentSchema,
  selectorsOf,
  toAnnotation,
} from './annotation.ts';
export { commentHtml, escapeHtml, MAX_COMMENT_LENGTH } from './comment-text.ts';
export { type ReviewPlaces, reviewPlaces } from './config.ts';
export {
  type AnsweredIn,
  answerPath,
  DISPOSITIONS,
  type Disposition,
  type DispositionKind,
  dispositionNames,
  type NewDisposition,
  parseDisposition,
} from './dispositions.ts';
export { type DocumentSource, locateQuote, type SourceField, type SourcePlace } from './locate.ts';
export { anchorQuote, findQuote, MAX_ERROR_SHARE, type MatchKind, type QuotePosition, type QuoteText, type TextMatch } from './quote.ts';
export { FORELEGGELSE_MIN_DAYS, osloTime, type Round, type RoundKind, type RoundRefusal, roundOf } from './rounds.ts';
export { loadSecret, SECRET_FILE, SecretError } from './secret.ts';
export {
  linkState,
  MAX_LINK_DAYS,
  parseDuration,
  type ShareClaims,
  type ShareLinkSourceOptions,
  shareLinkSource,
  shareUrl,
  signShareToken,
  TokenError,
  type TokenFailure,
  verifyShareToken,
} from './share-links.ts';
export type { StoreLocation } from './store/database.ts';
export type { MailEvent, QueuedMail } from './store/mail-queue.ts';
export type { DatabaseKind } from './store/migrations.ts';
export type { DocumentCount } from './store/overview.ts';
export type { NewPerson, Person } from './store/people.ts';
export type { FormerQuote, NewRound } from './store/rounds.ts';
export {
  type Audience,
  type Comment,
  type CommentFilter,
  DispositionError,
  type NewComment,
  type Page,
  ReviewStore,
  type Role,
  type ShareLink,
  type SuggestedEdit,
  type TextPosition,
  type TextQuote,
} from './store/store.ts';
export {
  applySuggestion,
  type SourceEdit,
  type Suggestion,
  type SuggestionPart,
  type SuggestionRefusal,
  type SuggestionResult,
  suggestionChange,
} from './suggestion.ts';
export {
  decideSuggestion,
  findOpenSuggestion,
  type OpenSuggestion,
  type SuggestionLookup,
  type SuggestionWrite,
  suggestionCommit,
  writeSuggestion,
} from './suggestion-decision.ts';
export { documentSource, type PlannedSuggestion, planSuggestion, type SuggestionPlan } from './suggestion-source.ts';
export { type RoundSummary, reviewSummary, type SummaryFilter, summarize, type Tally } from './summary.ts';
