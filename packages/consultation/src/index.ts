export { REDACTED, redact } from './anonymise.ts';
export { isPublic, OPEN_DATA_LICENCE, openDataJson, openDataRows, type PublicResponse, publicResponse, publicResponses } from './open-data.ts';
export { type Outcome, outcomeOf, type ShapedDocument } from './outcome.ts';
export { OutcomeNotices } from './outcome-notices.ts';
export { consultationStoreLocation } from './places.ts';
export { type Screen, type ScreenHit, screenFlags, screenText } from './screening.ts';
export {
  MAX_EMAIL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_QUOTE_CONTEXT_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_RESPONSE_LENGTH,
  type NewResponse,
  PUBLICATIONS,
  RESPONSE_LANGUAGES,
  type ResponseChange,
  ResponseInputError,
} from './store/response-input.ts';
export type { Publication, ResponseLanguage, ResponseState } from './store/schema.ts';
export {
  type ConsultationResponse,
  ConsultationStore,
  type CreatedResponse,
  type ModerationAction,
  type ResponseFilter,
  type TextQuote,
} from './store/store.ts';
export { inputFields, responsesToInput, type ToInputOptions, type ToInputResult } from './to-input.ts';
