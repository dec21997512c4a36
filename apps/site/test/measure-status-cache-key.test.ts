/**
 * The archive cache's keys and the progress reports: the current version's open data shows the status its root
 * pages show, so a report renders that unit again — and only that unit: no version's archived pages, no older
 * version's open data. Keys only, no build.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { dataKeys, versionKeys } from '../src/lib/archive/cache-key.ts';
import { loadSite } from '../src/lib/site-data.ts';
import { contentWithChangedStatus } from './changed-status.ts';
import { fixtureContent, siteRoot } from './helpers.ts';
import { buildScratch } from './site-build.ts';

const scratch = buildScratch('status-cache-key');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every unit's key of a build of `content` on `day`: each version's pages (`pages:<id>`) and open data (`data:<id>`). */
async function unitKeys(content: string, day: string): Promise<Map<string, string>> {
  const site = await loadSite(content, 'public', siteRoot, day);
  const pages = await versionKeys(site.editions, 'a'.repeat(64), site.today);
  const data = dataKeys(site.editions, pages, site);
  return new Map([...[...pages].map(([id, key]) => [`pages:${id}`, key] as const), ...[...data].map(([id, key]) => [`data:${id}`, key] as const)]);
}
const changedUnits = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((unit) => a.get(unit) !== b.get(unit));

describe('the cache keys and the progress reports', () => {
  test('a new published report changes the key of the current version’s open data alone; a draft or one not yet published, none', async () => {
    const withReport = contentWithChangedStatus(scratch);
    const before = await unitKeys(fixtureContent, '2025-10-01');
    const after = await unitKeys(withReport, '2025-10-01');
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect([...before.keys()]).toContain('data:2023-vedtatt');
    expect(changedUnits(before, after)).toEqual(['data:2024-revidert']);
    // The day before it is published, the report changes nothing.
    expect(changedUnits(await unitKeys(fixtureContent, '2025-09-09'), await unitKeys(withReport, '2025-09-09'))).toEqual([]);
    // A draft report (the fixture's F-2 has no publication date) changes nothing either.
    const draft = path.join(withReport, 'fremdrift', 'F-2.md');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('Utkast RAPPORTUTKASTMARKOR3D', 'Nytt utkast'));
    expect(changedUnits(after, await unitKeys(withReport, '2025-10-01'))).toEqual([]);
  });

  test('the day a published report takes effect changes the key of the current version’s open data alone', async () => {
    // F-1 (T-1 done, T-3 delayed) is published on 5 June 2025.
    expect(changedUnits(await unitKeys(fixtureContent, '2025-06-04'), await unitKeys(fixtureContent, '2025-06-05'))).toEqual(['data:2024-revidert']);
    expect(changedUnits(await unitKeys(fixtureContent, '2025-06-05'), await unitKeys(fixtureContent, '2025-06-06'))).toEqual([]);
  });
});
