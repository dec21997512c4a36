// The site's public address comes from the content (nettsted.yaml); STRATEGI_SITE_URL overrides it for one build.
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { planFromEnv } from '../src/plan/build-plan.ts';
import { withContentAddress } from '../src/plan/integration.ts';
import { fixtureContent, siteRoot } from './helpers.ts';

const now = new Date('2025-01-01T12:00:00Z');

async function contentWithAddress(url: string): Promise<string> {
  const folder = path.join(await mkdtemp(path.join(tmpdir(), 'site-address-')), 'content');
  await cp(fixtureContent, folder, { recursive: true });
  await writeFile(path.join(folder, 'nettsted.yaml'), `siteName:\n  nb: Strategi for grønn skipsfart\nurl: ${url}\n`);
  return folder;
}

describe('the site’s public address', () => {
  test('is the content’s when STRATEGI_SITE_URL is not set', async () => {
    const content = await contentWithAddress('https://skipsfart.example.no');
    const plan = await withContentAddress(planFromEnv({ INIT_CWD: siteRoot, STRATEGI_CONTENT: content }, { siteRoot, now }));
    expect(plan.siteUrl).toBe('https://skipsfart.example.no/');
  });

  test('is STRATEGI_SITE_URL’s when it is set', async () => {
    const content = await contentWithAddress('https://skipsfart.example.no');
    const env = { INIT_CWD: siteRoot, STRATEGI_CONTENT: content, STRATEGI_SITE_URL: 'https://annen.example.no' };
    expect((await withContentAddress(planFromEnv(env, { siteRoot, now }))).siteUrl).toBe('https://annen.example.no/');
  });

  test('is unknown when neither names one', async () => {
    const plan = await withContentAddress(planFromEnv({ INIT_CWD: siteRoot, STRATEGI_CONTENT: fixtureContent }, { siteRoot, now }));
    expect(plan.siteUrl).toBeUndefined();
  });
});
