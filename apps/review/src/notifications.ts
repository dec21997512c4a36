/**
 * E-mail notifications: editors get a batched mail when reviewers comment, and a reviewer who gave an e-mail gets
 * one when their thread is answered or resolved. Posting never waits for SMTP: an event is a row in the store's
 * queue, and `deliver()` claims the due batches and sends one mail per address — while the server runs, when a batch
 * it queued falls due and every `tickMs` besides. A failed send is logged and tried again later; the comment it is
 * about was stored long before.
 */
import { randomUUID } from 'node:crypto';
import { type Messages, type UiLang, ui } from '@strategi/i18n';
import { type Mailer, type MailItem, renderMail } from '@strategi/mail';
import type { Comment, Disposition, MailEvent, QueuedMail, ReviewStore } from '@strategi/review';
import { commentUrl, unsubscribeUrl } from './notifications-links.ts';
import { unsubscribeToken } from './notifications-token.ts';
import { authorName } from './people.ts';

export interface NotificationOptions {
  store: ReviewStore;
  mailer: Mailer;
  /** `STRATEGI_REVIEW_EDITOR_EMAILS`: who gets the reviewers' comments. */
  editors: readonly string[];
  /** At most one mail per address per interval (`STRATEGI_REVIEW_MAIL_INTERVAL`, default 15 minutes). */
  intervalMs: number;
  /** The server's public address, for the links in a mail. */
  publicUrl: string;
  /** The key unsubscribe links are signed with. */
  secret: Uint8Array;
  /** The language of the mails: the preview's, like the pages (bokmål when not given). */
  lang?: UiLang | undefined;
  now?: () => Date;
  log?: (line: string) => void;
}

/** A claim still held after this long belongs to a server that stopped while sending: another takes it over. */
const STALE_CLAIM_MS = 10 * 60_000;
/** A failed send is tried again after 1, 2, 4 … minutes, at most an hour apart. */
const retryDelayMs = (attempts: number) => Math.min(60, 2 ** attempts) * 60_000;
/** After this many failures (about four hours) a batch is given up: an address the server refuses stays refused. */
const MAX_ATTEMPTS = 10;

type MailWords = Messages['reviewServer']['mail'];

/** The passage (shortened) and its document, or the document alone. */
const whereOf = (comment: Comment, t: MailWords) =>
  comment.quote
    ? t.quoteIn(comment.quote.exact.length > 80 ? `${comment.quote.exact.slice(0, 79)}…` : comment.quote.exact, comment.document)
    : comment.document;

/** One line of the mail; a resolved thread says what became of it when the editors recorded that. */
function itemTitle(event: MailEvent, comment: Comment, author: string, disposition: Disposition | undefined, lang: UiLang): string {
  const words = ui(lang).reviewServer;
  const t = words.mail;
  if (event === 'resolved') {
    const by = comment.resolvedBy ?? t.editors;
    return disposition ? t.resolvedWith(by, whereOf(comment, t), words.dispositions[disposition.disposition]) : t.resolved(by, whereOf(comment, t));
  }
  if (event === 'reply') return t.replied(author, comment.document);
  return t.commented(author, whereOf(comment, t));
}

function subjectOf(events: readonly MailEvent[], t: MailWords): string {
  if (events.every((event) => event === 'comment')) return events.length === 1 ? t.oneComment : t.comments(events.length);
  return t.threads;
}

export class Notifications {
  readonly #options: NotificationOptions;
  readonly #now: () => Date;
  readonly #log: (line: string) => void;
  #timer: NodeJS.Timeout | undefined;
  #delivering: Promise<number> | undefined;
  /** When the batches this server queued fall due (while it runs), and the timer for the earliest. */
  readonly #dueTimes = new Set<number>();
  #wake: { at: number; timer: NodeJS.Timeout } | undefined;

  constructor(options: NotificationOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => new Date());
    this.#log = options.log ?? ((line) => console.error(line));
  }

  /** A new comment or reply: the editors hear of a reviewer's, and a thread's author of a reply by someone else. */
  async commentCreated(comment: Comment, reader: { role: 'reviewer' | 'editor' }): Promise<void> {
    await this.#safely(async () => {
      const { store, editors, intervalMs } = this.#options;
      if (reader.role === 'reviewer') {
        const queued = await Promise.all(editors.map((address) => store.enqueueMail({ address, event: 'comment', commentId: comment.id }, intervalMs)));
        for (const row of queued) this.#wakeAt(row?.dueAt);
      }
      if (comment.parentId === null) return;
      const people = await store.commentPeople([comment.parentId, comment.id]);
      const author = people.get(comment.parentId);
      if (!author?.email || author.id === people.get(comment.id)?.id) return;
      this.#wakeAt((await store.enqueueMail({ address: author.email, event: 'reply', commentId: comment.id }, intervalMs))?.dueAt);
    });
  }

  /** A comment changed: when it is now resolved, and no one has been told since, its author hears of it. */
  async commentChanged(id: number): Promise<void> {
    await this.#safely(async () => {
      const { store, intervalMs } = this.#options;
      const comment = await store.getComment(id);
      if (!comment || comment.resolvedAt === null || comment.parentId !== null) return;
      if (await store.mailQueuedSince(comment.id, 'resolved', comment.resolvedAt)) return;
      const author = (await store.commentPeople([comment.id])).get(comment.id);
      if (!author?.email) return;
      this.#wakeAt((await store.enqueueMail({ address: author.email, event: 'resolved', commentId: comment.id }, intervalMs))?.dueAt);
    });
  }

  /** Sends every batch that is due, one mail per address; resolves with the number of mails sent. */
  deliver(): Promise<number> {
    // One delivery at a time in this process; other servers are kept apart by the claim.
    this.#delivering ??= this.#deliver().finally(() => {
      this.#delivering = undefined;
    });
    return this.#delivering;
  }

  /**
   * Until `stop()`: delivers when a batch this server queued falls due, and every `tickMs` for the rest (retries,
   * rows other servers queued, a queue left by a restart). The timers never keep the process alive.
   */
  start(tickMs: number): void {
    this.#timer ??= setInterval(() => void this.#deliverLogged(), tickMs);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    clearTimeout(this.#wake?.timer);
    this.#wake = undefined;
    this.#dueTimes.clear();
    await this.#delivering?.catch(() => undefined);
  }

  #deliverLogged(): Promise<unknown> {
    return this.deliver().catch((error: Error) => this.#log(`Varsler: ${error.message}`));
  }

  /** Notes when a batch falls due (an ISO time from the queue) and sets the timer for the earliest; only while started. */
  #wakeAt(due?: string): void {
    if (this.#timer === undefined) return;
    if (due !== undefined) this.#dueTimes.add(new Date(due).getTime());
    if (this.#dueTimes.size === 0) return;
    const at = Math.min(...this.#dueTimes);
    if (this.#wake?.at === at) return;
    clearTimeout(this.#wake?.timer);
    const timer = setTimeout(() => void this.#due(at), Math.max(0, at - this.#now().getTime()));
    timer.unref();
    this.#wake = { at, timer };
  }

  async #due(at: number): Promise<void> {
    this.#wake = undefined;
    const now = this.#now().getTime();
    // A timer may fire a moment before the clock reads its time: then it waits the rest.
    if (at <= now) {
      for (const time of this.#dueTimes) if (time <= now) this.#dueTimes.delete(time);
      // A delivery under way may have claimed before this batch was due: this one starts after it.
      await this.#delivering?.catch(() => undefined);
      await this.#deliverLogged();
    }
    this.#wakeAt();
  }

  async #deliver(): Promise<number> {
    const { store } = this.#options;
    const claim = randomUUID();
    const rows = await store.claimDueMail(claim, STALE_CLAIM_MS);
    const byAddress = new Map<string, QueuedMail[]>();
    for (const row of rows) byAddress.set(row.address, [...(byAddress.get(row.address) ?? []), row]);
    let sent = 0;
    for (const [address, batch] of byAddress) {
      try {
        if (await this.#send(address, batch)) sent += 1;
        await store.markMailSent(
          claim,
          batch.map((row) => row.id),
        );
      } catch (error) {
        const attempts = Math.max(...batch.map((row) => row.attempts)) + 1;
        const ids = batch.map((row) => row.id);
        if (attempts >= MAX_ATTEMPTS) {
          this.#log(`Varselet ble ikke sendt etter ${attempts} forsøk og er gitt opp: ${(error as Error).message}`);
          await store.markMailSent(claim, ids, (error as Error).message);
          continue;
        }
        const retryAt = new Date(this.#now().getTime() + retryDelayMs(attempts - 1));
        this.#log(`Varselet ble ikke sendt (forsøk ${attempts}, prøver igjen ${retryAt.toISOString()}): ${(error as Error).message}`);
        await store.releaseMail(claim, ids, (error as Error).message, retryAt);
      }
    }
    return sent;
  }

  /** One mail for one address's batch; false when nothing in it is left to tell (its comments were deleted). */
  async #send(address: string, batch: readonly QueuedMail[]): Promise<boolean> {
    const { store, mailer, publicUrl, secret } = this.#options;
    const lang = this.#options.lang ?? 'nb';
    const t = ui(lang).reviewServer.mail;
    const items: MailItem[] = [];
    const events: MailEvent[] = [];
    const dispositions = await store.dispositions(batch.filter((row) => row.event === 'resolved').map((row) => row.commentId));
    // Behind a group link, the person who wrote it: «Kari Nordmann (Gruppe i Udir)», as on the page.
    const people = await store.commentPeople(batch.map((row) => row.commentId));
    for (const row of batch) {
      const comment = await store.getComment(row.commentId);
      if (!comment) continue;
      events.push(row.event);
      items.push({
        title: itemTitle(row.event, comment, authorName(comment, people.get(comment.id)), dispositions.get(comment.id), lang),
        text: comment.text,
        url: commentUrl(publicUrl, comment),
        linkText: t.readInContext,
      });
    }
    if (items.length === 0) return false;
    const unsubscribe = unsubscribeUrl(publicUrl, unsubscribeToken(secret, address));
    const mail = renderMail({
      lang,
      subject: subjectOf(events, t),
      intro: [events.every((event) => event === 'comment') ? t.commentsIntro : t.threadsIntro],
      items,
      reason: events.every((event) => event === 'comment') ? t.editorsReason : t.reviewerReason,
      unsubscribeUrl: unsubscribe,
      unsubscribeText: t.unsubscribe,
    });
    await mailer.send({ to: address, mail, unsubscribeUrl: unsubscribe });
    return true;
  }

  /** Queueing a notification never fails the request that caused it: a store error is logged. */
  async #safely(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.#log(`Varselet ble ikke lagt i køen: ${(error as Error).message}`);
    }
  }
}
