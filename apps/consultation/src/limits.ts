/**
 * How many responses one address and one e-mail address may send: counted in the store, so the limit holds across
 * every instance. Addresses and e-mails are kept only as keyed hashes, and only for the window.
 */
import { createHmac } from 'node:crypto';
import type { ConsultationStore } from '@strategi/consultation';

export interface ResponseLimits {
  /** Responses from one client address per hour (an office or school shares one address). */
  perAddressPerHour: number;
  /** Responses with one e-mail address per day. */
  perEmailPerDay: number;
}

export const DEFAULT_LIMITS: ResponseLimits = { perAddressPerHour: 30, perEmailPerDay: 20 };

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const bucket = (secret: Uint8Array, kind: string, value: string) =>
  `${kind}:${createHmac('sha256', secret).update(`horing-grense:${kind}:${value}`).digest('base64url')}`;

/** Counts the submission and says whether it is within the limits; a refused one counts too, so a flood stays refused. */
export async function withinLimits(
  store: ConsultationStore,
  secret: Uint8Array,
  limits: ResponseLimits,
  who: { address: string; email: string | null },
  now: Date,
): Promise<boolean> {
  const address = bucket(secret, 'adresse', who.address);
  const email = who.email ? bucket(secret, 'epost', who.email.trim().toLowerCase()) : undefined;
  await store.recordSubmission(email ? [address, email] : [address], new Date(now.getTime() - DAY));
  const [fromAddress = 0, withEmail = 0] = await store.submissionCounts([
    { bucket: address, since: new Date(now.getTime() - HOUR) },
    ...(email ? [{ bucket: email, since: new Date(now.getTime() - DAY) }] : []),
  ]);
  return fromAddress <= limits.perAddressPerHour && withEmail <= limits.perEmailPerDay;
}
