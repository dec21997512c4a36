import { describe, expect, test } from 'vitest';
import { serverConfig } from '../src/config.ts';

const config = (env: NodeJS.ProcessEnv) => serverConfig({ STRATEGI_REVIEW_DATA: '/tmp/strategi-review-config', ...env }, '/tmp').mail;

describe('the review server’s mail settings', () => {
  test('are off with no SMTP settings, whatever else is set', () => {
    expect(config({ STRATEGI_REVIEW_EDITOR_EMAILS: 'a@example.no' })).toEqual({
      smtp: undefined,
      editors: ['a@example.no'],
      intervalMs: 900_000,
      tickMs: 30_000,
    });
  });

  test('read SMTP, the editors (comma-separated, spaces trimmed) and the interval in minutes', () => {
    expect(
      config({
        STRATEGI_SMTP_URL: 'smtp://127.0.0.1:2525',
        STRATEGI_SMTP_FROM: 'strategi@example.no',
        STRATEGI_REVIEW_EDITOR_EMAILS: ' a@example.no, b@example.no ,',
        STRATEGI_REVIEW_MAIL_INTERVAL: '5',
      }),
    ).toEqual({
      smtp: { url: 'smtp://127.0.0.1:2525', from: 'strategi@example.no' },
      editors: ['a@example.no', 'b@example.no'],
      intervalMs: 300_000,
      tickMs: 30_000,
    });
  });

  test('look at the queue every interval, but at least every 30 seconds and at most every second', () => {
    expect([5, 0.25, 0.001, 0].map((minutes) => config({ STRATEGI_REVIEW_MAIL_INTERVAL: String(minutes) }).tickMs)).toEqual([30_000, 15_000, 1_000, 1_000]);
  });

  test('refuse an interval that is not a number of minutes, and an editor that is not an address, in Norwegian', () => {
    expect(() => config({ STRATEGI_REVIEW_MAIL_INTERVAL: 'ti' })).toThrow(
      'STRATEGI_REVIEW_MAIL_INTERVAL må være et antall minutter fra 0 til 1440, ikke «ti».',
    );
    expect(() => config({ STRATEGI_REVIEW_MAIL_INTERVAL: '-1' })).toThrow('ikke «-1»');
    expect(() => config({ STRATEGI_REVIEW_EDITOR_EMAILS: 'a@example.no;b@example.no' })).toThrow(
      'STRATEGI_REVIEW_EDITOR_EMAILS har «a@example.no;b@example.no», som ikke er en e-postadresse; skill adressene med komma.',
    );
    expect(() => config({ STRATEGI_SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow('STRATEGI_SMTP_FROM mangler');
  });
});
