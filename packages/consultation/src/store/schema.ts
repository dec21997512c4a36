/** The consultation database's tables as Kysely sees them; timestamps are ISO 8601 text in UTC in both databases. */
import type { Generated } from 'kysely';

export type Publication = 'named' | 'anonymous' | 'none';
export type ResponseState = 'new' | 'published' | 'published-anonymised' | 'withheld';
export type ResponseLanguage = 'nb' | 'nn' | 'en';

export interface ResponseTable {
  id: string;
  /** One per form issue: the same form sent twice, to one server or two, is stored once. */
  idempotency_key: string;
  version: string;
  /** The document's path in the version; null means the whole version. */
  document: string | null;
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  position_start: number | null;
  position_end: number | null;
  name: string;
  organisation: string | null;
  sender_kind: string;
  email: string | null;
  publication: Publication;
  text: string;
  created_at: string;
  updated_at: string;
  /** SHA-256 of the receipt token; the token itself is only in the receipt. */
  receipt_token_hash: string;
  withdrawn_at: string | null;
  state: Generated<ResponseState>;
  moderated_by: string | null;
  moderated_at: string | null;
  withheld_reason: string | null;
  /** JSON array of the screens that hit, e.g. `["email","phone"]`. */
  flags: Generated<string>;
  input_id: string | null;
  /** The language the response was sent in; mail about it later is in the same. */
  lang: Generated<ResponseLanguage>;
}

/** Recent submissions per limited key (a hashed address or e-mail), so limits hold across servers. */
interface SubmissionTable {
  bucket: string;
  at: string;
}

export interface Database {
  responses: ResponseTable;
  response_submissions: SubmissionTable;
}
