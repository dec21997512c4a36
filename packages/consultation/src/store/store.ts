/**
 * The responses to public consultations, in SQLite or PostgreSQL. The store holds no state between calls, so any
 * number of servers can share one PostgreSQL database: a form sent twice (to one server or two) is stored once by
 * its idempotency key, and the limits count submissions in the database, not in a server's memory.
 */
import { randomUUID } from 'node:crypto';
import { type OpenDatabase, openDatabase, type StoreLocation } from '@strategi/database';
import type { Kysely, Selectable } from 'kysely';
import { consultationMigrations } from './migrations.ts';
import { hashReceiptToken, isReceiptToken, newReceiptToken } from './receipt.ts';
import { type NewResponse, parseNewResponse, parseResponseChange, type ResponseChange } from './response-input.ts';
import type { Database, Publication, ResponseLanguage, ResponseState, ResponseTable } from './schema.ts';

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface ConsultationResponse {
  id: string;
  version: string;
  /** The document's path in the version; null for the whole version. */
  document: string | null;
  quote: TextQuote | null;
  position: { start: number; end: number } | null;
  name: string;
  organisation: string | null;
  senderKind: string;
  email: string | null;
  publication: Publication;
  text: string;
  createdAt: string;
  updatedAt: string;
  withdrawnAt: string | null;
  state: ResponseState;
  moderatedBy: string | null;
  moderatedAt: string | null;
  withheldReason: string | null;
  /** The screens that hit (`email`, `phone`, `national-id` …). */
  flags: string[];
  /** The `innspill` it became. */
  inputId: string | null;
  /** The language it was sent in, for mail about it later. */
  lang: ResponseLanguage;
}

export interface CreatedResponse {
  response: ConsultationResponse;
  /** The private receipt token; only when this call stored the response (a repeat of the same form gets none). */
  receiptToken: string | undefined;
}

export type ModerationAction = 'publish' | 'publish-anonymised' | 'withhold';

const STATE_OF: Record<ModerationAction, ResponseState> = {
  publish: 'published',
  'publish-anonymised': 'published-anonymised',
  withhold: 'withheld',
};

export interface ResponseFilter {
  version?: string | undefined;
  state?: ResponseState | readonly ResponseState[] | undefined;
  /** Withdrawn responses are left out unless asked for. */
  withdrawn?: boolean | undefined;
}

const toResponse = (row: Selectable<ResponseTable>): ConsultationResponse => ({
  id: row.id,
  version: row.version,
  document: row.document,
  quote: row.quote_exact === null ? null : { exact: row.quote_exact, prefix: row.quote_prefix ?? '', suffix: row.quote_suffix ?? '' },
  position: row.position_start === null || row.position_end === null ? null : { start: Number(row.position_start), end: Number(row.position_end) },
  name: row.name,
  organisation: row.organisation,
  senderKind: row.sender_kind,
  email: row.email,
  publication: row.publication,
  text: row.text,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  withdrawnAt: row.withdrawn_at,
  state: row.state,
  moderatedBy: row.moderated_by,
  moderatedAt: row.moderated_at,
  withheldReason: row.withheld_reason,
  flags: JSON.parse(row.flags) as string[],
  inputId: row.input_id,
  lang: row.lang,
});

/** E-mail addresses are compared without case, as mail servers do in practice. */
const normalEmail = (email: string) => email.trim().toLowerCase();

export class ConsultationStore {
  readonly db: Kysely<Database>;
  readonly kind: OpenDatabase<Database>['kind'];
  readonly #now: () => Date;
  #prunedAt: number | undefined;

  constructor(open: OpenDatabase<Database>, now: () => Date = () => new Date()) {
    this.db = open.db;
    this.kind = open.kind;
    this.#now = now;
  }

  static async open(location: StoreLocation, now?: () => Date): Promise<ConsultationStore> {
    return new ConsultationStore(await openDatabase<Database>(location, consultationMigrations), now);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  #timestamp(): string {
    return this.#now().toISOString();
  }

  /**
   * Stores a response once per `idempotencyKey`: a second call with the same key stores nothing and returns the
   * first response without a token. Throws `ResponseInputError` for input a responder may not send, a sender kind
   * outside `senderKinds` (the strategy's declared codes; default: the tool's list) included.
   */
  async createResponse(
    input: NewResponse,
    options: { idempotencyKey: string; flags?: readonly string[]; senderKinds?: readonly string[] },
  ): Promise<CreatedResponse> {
    const response = parseNewResponse(input, options.senderKinds);
    const token = newReceiptToken();
    const now = this.#timestamp();
    const inserted = await this.db
      .insertInto('responses')
      .values({
        id: randomUUID(),
        idempotency_key: options.idempotencyKey,
        version: response.version,
        document: response.document,
        quote_exact: response.quote?.exact ?? null,
        quote_prefix: response.quote?.prefix ?? null,
        quote_suffix: response.quote?.suffix ?? null,
        position_start: response.position?.start ?? null,
        position_end: response.position?.end ?? null,
        name: response.name,
        organisation: response.organisation,
        sender_kind: response.senderKind,
        email: response.email === null ? null : normalEmail(response.email),
        publication: response.publication,
        text: response.text,
        created_at: now,
        updated_at: now,
        receipt_token_hash: hashReceiptToken(token),
        flags: JSON.stringify(options.flags ?? []),
        lang: response.lang,
      })
      .onConflict((conflict) => conflict.column('idempotency_key').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return { response: toResponse(inserted), receiptToken: token };
    const first = await this.db.selectFrom('responses').selectAll().where('idempotency_key', '=', options.idempotencyKey).executeTakeFirstOrThrow();
    return { response: toResponse(first), receiptToken: undefined };
  }

  async getResponse(id: string): Promise<ConsultationResponse | undefined> {
    const row = await this.db.selectFrom('responses').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toResponse(row);
  }

  /** The response a receipt token opens, withdrawn or not; a malformed or unknown token opens nothing. */
  async getByReceipt(token: string): Promise<ConsultationResponse | undefined> {
    if (!isReceiptToken(token)) return undefined;
    const row = await this.db.selectFrom('responses').selectAll().where('receipt_token_hash', '=', hashReceiptToken(token)).executeTakeFirst();
    return row && toResponse(row);
  }

  /**
   * Changes what a responder said. A corrected response goes back to moderation (`new`), since an editor's
   * decision was about the old text; a withdrawn one cannot be changed. Returns the response, or undefined.
   */
  async correct(token: string, change: ResponseChange, options: { senderKinds?: readonly string[] } = {}): Promise<ConsultationResponse | undefined> {
    const parsed = parseResponseChange(change, options.senderKinds);
    if (!isReceiptToken(token)) return undefined;
    const row = await this.db
      .updateTable('responses')
      .set({
        ...(parsed.name === undefined ? {} : { name: parsed.name }),
        ...(parsed.organisation === undefined ? {} : { organisation: parsed.organisation === '' ? null : parsed.organisation }),
        ...(parsed.senderKind === undefined ? {} : { sender_kind: parsed.senderKind }),
        ...(parsed.publication === undefined ? {} : { publication: parsed.publication }),
        ...(parsed.text === undefined ? {} : { text: parsed.text }),
        updated_at: this.#timestamp(),
        state: 'new',
        moderated_by: null,
        moderated_at: null,
        withheld_reason: null,
      })
      .where('receipt_token_hash', '=', hashReceiptToken(token))
      .where('withdrawn_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    return row && toResponse(row);
  }

  /** Withdraws a response: it stays for the record of what was received but is never shown. */
  async withdraw(token: string): Promise<ConsultationResponse | undefined> {
    if (!isReceiptToken(token)) return undefined;
    const now = this.#timestamp();
    const row = await this.db
      .updateTable('responses')
      .set({ withdrawn_at: now, updated_at: now })
      .where('receipt_token_hash', '=', hashReceiptToken(token))
      .where('withdrawn_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    return row && toResponse(row);
  }

  /** Responses in the order they came. */
  async listResponses(filter: ResponseFilter = {}): Promise<ConsultationResponse[]> {
    let query = this.db.selectFrom('responses').selectAll().orderBy('created_at').orderBy('id');
    if (filter.version !== undefined) query = query.where('version', '=', filter.version);
    if (filter.state !== undefined) {
      const states = typeof filter.state === 'string' ? [filter.state] : [...filter.state];
      query = query.where('state', 'in', states);
    }
    if (!filter.withdrawn) query = query.where('withdrawn_at', 'is', null);
    return (await query.execute()).map(toResponse);
  }

  /** An editor's decision; withholding needs a reason. A withdrawn response is not moderated. */
  async moderate(id: string, decision: { action: ModerationAction; by: string; reason?: string | undefined }): Promise<ConsultationResponse | undefined> {
    const reason = decision.reason?.trim() || null;
    if (decision.action === 'withhold' && reason === null) throw new Error('Withholding a response needs a reason');
    const row = await this.db
      .updateTable('responses')
      .set({
        state: STATE_OF[decision.action],
        moderated_by: decision.by,
        moderated_at: this.#timestamp(),
        withheld_reason: decision.action === 'withhold' ? reason : null,
      })
      .where('id', '=', id)
      .where('withdrawn_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    return row && toResponse(row);
  }

  /** Records the screens that hit a response (replacing earlier ones). */
  async setFlags(id: string, flags: readonly string[]): Promise<void> {
    await this.db
      .updateTable('responses')
      .set({ flags: JSON.stringify([...flags]) })
      .where('id', '=', id)
      .execute();
  }

  /** Marks the responses as having become the input `inputId`; returns how many were marked. */
  async linkInput(ids: readonly string[], inputId: string): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.db
      .updateTable('responses')
      .set({ input_id: inputId })
      .where('id', 'in', [...ids])
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Deletes every response sent with this e-mail address, withdrawn or not (a request to be forgotten). */
  async deletePerson(person: { email: string }): Promise<number> {
    const result = await this.db.deleteFrom('responses').where('email', '=', normalEmail(person.email)).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /**
   * Counts a submission against each bucket (hashed address, hashed e-mail). Counts older than `keepSince` are
   * deleted at most once a minute per store, so a busy service does not pay for the clean-up on every submission.
   */
  async recordSubmission(buckets: readonly string[], keepSince: Date): Promise<void> {
    const now = this.#now();
    if (this.#prunedAt === undefined || now.getTime() - this.#prunedAt >= 60_000) {
      this.#prunedAt = now.getTime();
      await this.db.deleteFrom('response_submissions').where('at', '<', keepSince.toISOString()).execute();
    }
    if (buckets.length > 0)
      await this.db
        .insertInto('response_submissions')
        .values(buckets.map((bucket) => ({ bucket, at: now.toISOString() })))
        .execute();
  }

  /** How many submissions each bucket has had since its own time, in one query; a bucket without any counts 0. */
  async submissionCounts(windows: readonly { bucket: string; since: Date }[]): Promise<number[]> {
    if (windows.length === 0) return [];
    const rows = await this.db
      .selectFrom('response_submissions')
      .select(['bucket', (eb) => eb.fn.countAll<number | string>().as('count')])
      .where((eb) => eb.or(windows.map((window) => eb.and([eb('bucket', '=', window.bucket), eb('at', '>=', window.since.toISOString())]))))
      .groupBy('bucket')
      .execute();
    const counts = new Map(rows.map((row) => [row.bucket, Number(row.count)]));
    return windows.map((window) => counts.get(window.bucket) ?? 0);
  }
}
