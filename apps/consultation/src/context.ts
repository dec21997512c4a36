/** What every route of the service gets: the store, the key, the consultations, the clock, the limits and mail. */
import type { ConsultationStore } from '@strategi/consultation';
import type { FailureLimiter } from '@strategi/hosting';
import type { Mailer } from '@strategi/mail';
import type { Context } from 'hono';
import type { ConsultationSource } from './consultations.ts';
import type { ContentSource } from './content-source.ts';
import type { ResponseLimits } from './limits.ts';
import type { Html } from './views/layout.ts';

export interface ServiceContext {
  store: ConsultationStore;
  secret: Uint8Array;
  consultations: ConsultationSource;
  now: () => Date;
  limits: ResponseLimits;
  /** The least time between a form's issue and its post. */
  minFillMs: number;
  /** Receipts by e-mail; none when SMTP is off. */
  mailer: Mailer | undefined;
  /** The address receipt links start with: the public URL, or this server's own origin. */
  publicOrigin: string;
  trustProxy: boolean;
  /** The content as released, for what became of a published response; none when the service only takes responses. */
  content: ContentSource | undefined;
  /** The content folder, where a response turned into an input is written; none when the service only takes responses. */
  contentDir: string | undefined;
  /** Counts unknown receipt links per client address. */
  receiptGuesses: FailureLimiter;
}

/** A page that must not be kept by a shared cache: a form's token, a receipt link. */
export async function page(c: Context, body: Html, status: 200 | 201 | 400 | 403 | 404 | 410 | 413 | 429 | 500 = 200): Promise<Response> {
  c.header('Cache-Control', 'no-store');
  return c.html(await body, status);
}
