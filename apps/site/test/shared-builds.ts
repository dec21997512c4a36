/**
 * Builds that several test files read, each made once per run: the first file to ask for one builds it (in its own
 * process, site-build.ts) into the run's folder (global-setup.ts); the others wait for it and read the same output.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { copyFixtureContent, release } from './archive-helpers.ts';
import { contentWithChangedStatus } from './changed-status.ts';
import { longContent } from './long-content.ts';
import { buildSite, readTree } from './site-build.ts';

/** Builds `name` with `build` into the run's folder, or waits for the file that does. A name always means the same build. */
async function sharedBuild(name: string, build: (out: string) => Promise<string>): Promise<{ out: string; log: string }> {
  const out = path.join(inject('sharedBuilds'), name);
  const log = `${out}.log`;
  const failed = `${out}.failed`;
  try {
    // mkdir is atomic: exactly one file gets to build.
    mkdirSync(`${out}.claimed`);
  } catch {
    while (!existsSync(log)) {
      if (existsSync(failed)) throw new Error(`the shared build «${name}» failed in another test file:\n${readFileSync(failed, 'utf8')}`);
      await sleep(200);
    }
    return { out, log: readFileSync(log, 'utf8') };
  }
  const settle = (file: string, text: string) => {
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
  };
  try {
    const text = await build(out);
    settle(log, text);
    return { out, log: text };
  } catch (error) {
    settle(failed, String(error));
    throw error;
  }
}

const trees = new Map<string, Map<string, string>>();

/**
 * The files of a shared build (readTree), read once per test worker: the files a worker runs share this module
 * (`isolate: false`), and a shared build is never written after it is made. Read-only for the tests.
 */
export function sharedTree(out: string): ReadonlyMap<string, string> {
  let files = trees.get(out);
  if (!files) {
    files = readTree(out);
    trees.set(out, files);
  }
  return files;
}

/** The repository and the address of the fixture's public build (`fixturePublicBuild`). */
export const fixtureSite = { repoUrl: 'https://github.com/org/strategi/edit/main/', siteUrl: 'https://strategi.example.no' } as const;

/**
 * The fixture's public build as a site is published, PDFs included, on the day the tests run: with the site's
 * address, and with a repository for edit links (which only a preview may show). The content is the fixture with
 * one more published progress report, which stops T-3 (changed-status.ts). Read by build.test.ts,
 * consultation.test.ts and measure-status-build.test.ts; its parse and PDF caches are in the run's folder.
 */
export function fixturePublicBuild(): Promise<{ out: string; log: string }> {
  const folder = inject('sharedBuilds');
  return sharedBuild('fixture-public', (out) =>
    buildSite(contentWithChangedStatus(path.join(folder, 'fixture-public-content')), 'public', out, {
      STRATEGI_REPO_URL: fixtureSite.repoUrl,
      STRATEGI_SITE_URL: fixtureSite.siteUrl,
      STRATEGI_CACHE_DIR: path.join(folder, 'cache'),
    }),
  );
}

/**
 * The public build, PDFs included, of the fixture with long measures and a body nested to the limit released as one
 * version (long-content.ts), on 30 September 2025, with inputs made from consultation responses. Read by
 * whole-parts-build.test.ts, deep-nesting-build.test.ts and consultation-canary.test.ts.
 */
export function longContentBuild(): Promise<{ out: string; log: string }> {
  const folder = inject('sharedBuilds');
  return sharedBuild('long-content', async (out) =>
    buildSite(await longContent(path.join(folder, 'long-content')), 'public', out, {
      STRATEGI_BUILD_DATE: '2025-09-30',
      STRATEGI_CACHE_DIR: path.join(folder, 'long-content-cache'),
    }),
  );
}

/** The version `releasedBuild` releases, and the image its T-1 shows. */
export const released = {
  id: '2025-revidert',
  label: 'Revidert strategi 2025',
  image: { file: 'figur.png', alt: 'Søylediagram over barnehager med kompetansepakken' },
  /** A 12 × 8 PNG. */
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAwAAAAICAIAAABChommAAAAMElEQVR4nGOQz2eQzxeRz9eQz7eRzw+Qz0+Rz6+Qz++Rz18gn79FPv+EfP4dhlFFAHyDXoF9OTzyAAAAAElFTkSuQmCC',
    'base64',
  ),
} as const;

/**
 * The fixture with a fifth version released as `strategi release` does on 1 March 2025, its T-1 showing a PNG from
 * `bilder/`, built public without PDFs on 30 September 2025 (after a progress report was published). Read by
 * archive.test.ts (the build after a new version, against one of the fixture before it) and body-images.test.ts.
 */
export function releasedBuild(): Promise<{ out: string; log: string }> {
  const folder = inject('sharedBuilds');
  return sharedBuild('released', async (out) => {
    const content = copyFixtureContent(path.join(folder, 'released-content'));
    mkdirSync(path.join(content, 'bilder'));
    writeFileSync(path.join(content, 'bilder', released.image.file), released.png);
    appendFileSync(path.join(content, 'tiltak', 'T-1.md'), `\n![${released.image.alt}](../bilder/${released.image.file})\n`);
    await release(
      content,
      { id: released.id, status: 'vedtatt', change: 'vesentlig', changeNote: 'Revidert etter evalueringen.', label: released.label, date: '2025-03-01' },
      'Ny revisjon.',
    );
    return buildSite(content, 'public', out, { STRATEGI_BUILD_DATE: '2025-09-30', STRATEGI_PDF: '0' });
  });
}
