// The production wiring of moderation: the review server's editor links, from its data folder, opened on first use.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSecret, ReviewStore, reviewPlaces, signShareToken } from '@strategi/review';
import { expect, test } from 'vitest';
import { reviewEditorLinks } from '../src/editor-links.ts';

test("a link made by the review server's store and key opens a session; nothing is opened before the first token", async () => {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'strategi-horing-links-')), 'review');
  const env = { STRATEGI_REVIEW_DATA: dataDir };
  const links = reviewEditorLinks(env, '/');
  expect(existsSync(dataDir)).toBe(false);

  const places = reviewPlaces(env, '/');
  const secret = loadSecret(env, places.dataDir);
  const reviewStore = await ReviewStore.open(places.store);
  try {
    const link = await reviewStore.createLink({ name: 'Rita', role: 'editor', expiresAt: new Date(Date.now() + 86_400_000) });
    const claims = await links.source.verify(await signShareToken(link, secret));
    expect(claims.ok).toBe(true);
    const loaded = claims.ok ? await links.source.load(claims.value) : undefined;
    expect(loaded).toMatchObject({ ok: true, value: { session: { id: link.id, role: 'editor', name: 'Rita' } } });
    expect(await links.source.verify('not-a-token')).toEqual({ ok: false, reason: 'invalid' });
  } finally {
    await reviewStore.close();
    await links.close();
  }
});
