/**
 * An SMTP server for tests, on 127.0.0.1 and a free port: it keeps every mail it accepts, parsed with mailparser,
 * so a test reads back what a server sent. It can be told to refuse mail (a failing server) and counts
 * connections (so a test can show that none was attempted).
 */
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO), which Bcc leaves out of the headers. */
  to: string[];
  parsed: ParsedMail;
  /** The message as sent, headers included. */
  raw: string;
}

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>`, for STRATEGI_SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** Connections opened so far. */
  readonly connections: number;
  /** While true, every mail is refused with a temporary failure (451). */
  failing: boolean;
  /** Resolves when at least `count` mails have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export async function startTestSmtp(options: { failing?: boolean } = {}): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const waiting = new Set<() => void>();
  let connections = 0;
  const state = { failing: options.failing ?? false };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (state.failing) {
          callback(Object.assign(new Error('Prøv igjen senere'), { responseCode: 451 }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), parsed, raw });
            for (const wake of waiting) wake();
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    get connections() {
      return connections;
    },
    get failing() {
      return state.failing;
    },
    set failing(value: boolean) {
      state.failing = value;
    },
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          waiting.delete(check);
          clearTimeout(timer);
          resolve(received.slice());
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`Waited ${timeoutMs} ms for ${count} mails; ${received.length} arrived`));
        }, timeoutMs);
        waiting.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
