/** The service in-process over a fresh store, on a clock the test moves, with the fixture's consultation open. */
import { ConsultationStore } from '@strategi/consultation';
import { localOrigins } from '@strategi/hosting';
import { createMailer, type Mailer, smtpSettings } from '@strategi/mail';
import { startTestSmtp, type TestSmtp } from '@strategi/mail/testing';
import { afterAll, afterEach } from 'vitest';
import { createConsultationApp } from '../src/app.ts';
import { consultationSource } from '../src/consultations.ts';
import { contentSource } from '../src/content-source.ts';
import type { ResponseLimits } from '../src/limits.ts';
import { type databaseKinds, freshLocation } from './databases.ts';
import { fixtureContent } from './open-fixture.ts';

export { fixtureContent };

export const ORIGIN = 'http://127.0.0.1:4325';
export const DOC = '/horing/2022-horing/mal/M-1';
/** Before the fixture's deadline (2023-01-31). */
export const OPEN_DAY = new Date('2023-01-10T10:00:00.000Z');

const consultations = consultationSource(contentSource(fixtureContent, Number.POSITIVE_INFINITY));

export interface Service {
  store: ConsultationStore;
  request(pathname: string, init?: RequestInit & { address?: string }): Promise<Response>;
  /** Moves the clock on. */
  wait(ms: number): void;
  clock(): Date;
  setClock(date: Date): void;
  close(): Promise<void>;
}

export async function startService(
  options: { kind?: (typeof databaseKinds)[number]; limits?: Partial<ResponseLimits>; mailer?: Mailer; minFillMs?: number } = {},
): Promise<Service> {
  let now = OPEN_DAY;
  const clock = () => now;
  const store = await ConsultationStore.open(await freshLocation(options.kind ?? 'sqlite'), clock);
  const app = createConsultationApp({
    store,
    secret: new TextEncoder().encode('x'.repeat(32)),
    consultations,
    allowed: localOrigins(4325),
    publicOrigin: ORIGIN,
    mailer: options.mailer,
    limits: options.limits,
    minFillMs: options.minFillMs,
    trustProxy: true,
    now: clock,
  });
  return {
    store,
    request: async (pathname, init = {}) => {
      const headers = new Headers(init.headers);
      if (!headers.has('host')) headers.set('host', '127.0.0.1:4325');
      if (init.method === 'POST' && !headers.has('origin')) headers.set('origin', ORIGIN);
      headers.set('x-forwarded-for', init.address ?? '192.0.2.1');
      return app.request(`${ORIGIN}${pathname}`, { ...init, headers });
    },
    wait: (ms) => {
      now = new Date(now.getTime() + ms);
    },
    clock,
    setClock: (date) => {
      now = date;
    },
    close: () => store.close(),
  };
}

export const formToken = (page: string): string => /name="skjema" value="([^"]+)"/.exec(page)?.[1] ?? '';

export const GOOD_FIELDS = {
  navn: 'Kari Nordmann',
  organisasjon: '',
  avsender: 'organisasjon',
  epost: 'kari@example.no',
  publisering: 'named',
  tekst: 'Vi støtter målet.',
  sitat: '',
  nettside: '',
};

export const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

/** Opens the form, waits like a person, and sends it. */
export async function respond(service: Service, fields: Record<string, string> = {}, init: { address?: string; path?: string } = {}): Promise<Response> {
  const page = await (await service.request(init.path ?? DOC)).text();
  service.wait(5_000);
  return service.request(init.path ?? DOC, { ...form({ ...GOOD_FIELDS, skjema: formToken(page), ...fields }), address: init.address });
}

export const receiptLink = (page: string): string => /<p class="receipt-link"><a href="([^"]+)"/.exec(page)?.[1] ?? '';

/**
 * A test SMTP server and a mailer that sends to it, for the whole test file (await it at the top of the file): what
 * it received is emptied after each test; both are closed when the file ends.
 */
export async function mailForFile(): Promise<{ smtp: TestSmtp; mailer: Mailer }> {
  const smtp = await startTestSmtp();
  const mailer = createMailer(smtpSettings({ STRATEGI_SMTP_URL: smtp.url, STRATEGI_SMTP_FROM: 'Høring <horing@example.no>' })!);
  afterEach(() => {
    smtp.received.length = 0;
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
  });
  return { smtp, mailer };
}
