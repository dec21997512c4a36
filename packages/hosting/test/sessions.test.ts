import { describe, expect, it } from 'vitest';
import { type Checked, FailureLimiter, type SessionSource, ShareSessions } from '../src/index.ts';

/** Tokens `good:<id>` are signed; `good:gone` is signed but its link is revoked; anything else is forged. */
function source() {
  const loads: string[] = [];
  const value: SessionSource<string, { id: string }> = {
    async verify(token): Promise<Checked<string>> {
      if (token === 'old') return { ok: false, reason: 'expired' };
      return token.startsWith('good:') ? { ok: true, value: token.slice(5) } : { ok: false, reason: 'invalid' };
    },
    async load(id) {
      loads.push(id);
      if (id === 'gone') return { ok: false, reason: 'revoked' };
      return { ok: true, value: { session: { id }, expiresAt: new Date('2030-01-01') } };
    },
  };
  return { value, loads };
}

describe('share sessions', () => {
  it('lets a NAT neighbour with a valid link in after ten bad tokens from the same address', async () => {
    const sessions = new ShareSessions(source().value, new FailureLimiter({ now: () => 0 }));
    for (let i = 0; i < 10; i++) expect(await sessions.authenticate(`gjett-${i}`, '203.0.113.9')).toEqual({ ok: false, reason: 'invalid' });
    expect(await sessions.authenticate('gjett-11', '203.0.113.9')).toEqual({ ok: false, reason: 'throttled', retryAfter: 900 });
    expect(await sessions.authenticate('good:leser', '203.0.113.9')).toMatchObject({ ok: true, session: { id: 'leser' } });
  });

  it('stops asking the store about a signed token whose link was refused ten times', async () => {
    const { value, loads } = source();
    const sessions = new ShareSessions(value, new FailureLimiter({ now: () => 0 }));
    for (let i = 0; i < 10; i++) expect(await sessions.authenticate('good:gone', `198.51.100.${i}`)).toEqual({ ok: false, reason: 'revoked' });
    expect(await sessions.authenticate('good:gone', '198.51.100.77')).toMatchObject({ ok: false, reason: 'throttled' });
    expect(loads).toHaveLength(10);
  });

  it('does not count expired links as guesses', async () => {
    const sessions = new ShareSessions(source().value, new FailureLimiter({ now: () => 0, limit: 2 }));
    for (let i = 0; i < 5; i++) expect(await sessions.authenticate('old', '203.0.113.9')).toEqual({ ok: false, reason: 'expired' });
    expect(await sessions.authenticate('gjett', '203.0.113.9')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('failure limiter', () => {
  it('forgets failures after the window and says when to retry', () => {
    let now = 0;
    const limiter = new FailureLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    limiter.fail('a');
    now = 30_000;
    limiter.fail('a');
    expect(limiter.blocked('a')).toBe(true);
    expect(limiter.retryAfter('a')).toBe(30);
    expect(limiter.blocked('b')).toBe(false);
    now = 60_001;
    expect(limiter.blocked('a')).toBe(false);
    expect(limiter.retryAfter('a')).toBe(0);
  });

  it('bounds the keys it remembers', () => {
    const limiter = new FailureLimiter({ limit: 1, maxKeys: 10, now: () => 0 });
    for (let i = 0; i < 100; i++) limiter.fail(`k${i}`);
    expect(limiter.blocked('k0')).toBe(false);
    expect(limiter.blocked('k99')).toBe(true);
  });
});
