/**
 * The tables, as Kysely sees them. Times are ISO 8601 strings in UTC (`2026-12-01T14:03:00.000Z`) in both
 * databases: they sort as text, and the one query layer returns the same values from SQLite and PostgreSQL.
 */
import type { Generated } from 'kysely';

export type Role = 'reviewer' | 'editor';

/** Which server a link opens: the review server (`review`) or the web editor (`editor`). */
export type Audience = 'review' | 'editor';

export interface ShareLinkTable {
  /** Short random id, printed by `strategi preview links` and carried in the token. */
  id: string;
  name: string;
  role: Role;
  /** Links made before audiences existed are review links. */
  audience: Generated<Audience>;
  /** 1: the link's reader is served the preview with internal notes, source paths and edit links; 0 (every link before): not. */
  internal: Generated<number>;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface CommentTable {
  id: Generated<number>;
  /** A key chosen by the client, so that a post sent twice is stored once. */
  client_key: string | null;
  link_id: string;
  /** The reviewer's name from the share link, kept as it was when the comment was written. */
  author_name: string;
  document: string;
  edition: string;
  parent_id: number | null;
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  position_start: number | null;
  position_end: number | null;
  text: string;
  format: 'text' | 'markdown';
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  deleted_at: string | null;
  /** Who behind the link wrote it (`people.id`); null before people were asked, and for a link nobody named. */
  person_id: Generated<string | null>;
  /** Replacement text the reviewer suggests for the quoted passage (`2026-12-21-suggestions`); null for a plain comment. */
  suggestion: Generated<string | null>;
  /** What an editor decided about the suggestion; null while it is open. */
  suggestion_state: Generated<'accepted' | 'rejected' | null>;
  /** The editor's name and when they decided. */
  suggestion_decided_by: Generated<string | null>;
  suggestion_decided_at: Generated<string | null>;
  /** The commit that applied an accepted suggestion. */
  suggestion_commit: Generated<string | null>;
  /** Why a suggestion was rejected. */
  suggestion_reason: Generated<string | null>;
}

/** A person behind a share link, named by themselves the first time they comment (`2026-12-22-people`). */
export interface PersonTable {
  /** Random, carried in the reader's signed cookie. */
  id: string;
  link_id: string;
  name: string;
  /** For notifications only: never shown to other readers. */
  email: string | null;
  created_at: string;
}

/** A review round: one edition under review until a deadline (`2026-12-20-rounds`). */
export interface RoundTable {
  id: Generated<number>;
  name: string;
  /** The edition (version id, or `utkast`) the round reviews; its comments are those on this edition. */
  edition: string;
  /** `intern`: a review inside the ministry; `foreleggelse`: sent to other ministries. */
  kind: 'intern' | 'foreleggelse';
  deadline: string;
  case_number: string | null;
  /** A JSON array of document ids that may be exempt from public access under offentleglova § 15. */
  exempt_documents: Generated<string>;
  created_at: string;
  closed_at: string | null;
}

/** What became of a closed comment, one row per comment. */
export interface DispositionTable {
  comment_id: number;
  disposition: 'tatt-til-folge' | 'delvis-tatt-til-folge' | 'ikke-tatt-til-folge';
  reason: string | null;
  /** The version and document whose change answered the comment, and the version its change page compares with. */
  answered_from: string | null;
  answered_version: string | null;
  answered_document: string | null;
  decided_at: string;
  decided_by: string;
}

/** A quote a comment had before an editor attached it to another passage. */
interface QuoteHistoryTable {
  id: Generated<number>;
  comment_id: number;
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  replaced_at: string;
  replaced_by: string;
}

/** A notification waiting to be sent, or sent (`2026-12-23-notifications`). */
export interface MailQueueTable {
  id: Generated<number>;
  /** Lower case; the one place an address is kept besides `people.email`, and never shown to anyone. */
  address: string;
  event: 'comment' | 'reply' | 'resolved';
  comment_id: number;
  created_at: string;
  /** When the batch the row belongs to is sent. */
  due_at: string;
  /** The id of the sending attempt that holds the row, and since when. */
  claim: string | null;
  claimed_at: string | null;
  sent_at: string | null;
  attempts: Generated<number>;
  last_error: string | null;
}

interface MailUnsubscribedTable {
  address: string;
  unsubscribed_at: string;
}

export interface Database {
  share_links: ShareLinkTable;
  comments: CommentTable;
  people: PersonTable;
  review_rounds: RoundTable;
  comment_dispositions: DispositionTable;
  comment_quote_history: QuoteHistoryTable;
  mail_queue: MailQueueTable;
  mail_unsubscribed: MailUnsubscribedTable;
}
