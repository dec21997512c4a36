/**
 * The cache keys of the preview's pages, for Astro's incremental build (`experimental.incrementalBuild`): a page
 * whose key and route code are unchanged since the last preview build into the same folder is copied from it
 * instead of rendered. A key must change whenever anything the page shows changes; a stale page is worse than a
 * slow one, so a page type that could show anything is keyed on everything.
 *
 * What every key covers («the frame»): the site's code, the workspace packages and the lockfile (`siteCodeHash`,
 * since Astro's own hash sees only the bundled modules, not the unbundled `@strategi/*`); the whole build plan but
 * the moment `at`, and what that moment decides (the current version, which versions are scheduled); the identity,
 * `nettsted.yaml`, the published progress reports, the image files the bodies show; and the «skeleton» of every
 * version: its description and release notes, its aliases, and each document's frontmatter, file, links, images,
 * blocks and headings, everything but the text (titles, statuses and relations reach every page through the
 * header, lists, links and the version switcher), and how many parts its whole document has.
 *
 * On top of the frame, by page type:
 * - `doc` (not an input or an input round): the file of the document, under its id and former ids, in every version
 *   (its text, its change history and dates, its diff against the last release), its warnings and the page of the
 *   changes it links to.
 * - `history`, `absent`: the files of the document in every version.
 * - `front`, `whole`: every file of the page's version (its texts, and the PDF's link); `diff`: of the two versions.
 * - `measures`, `inputs`, `progress`, `redirect`, `accessibility`: the frame alone; they show frontmatter only.
 * - Everything else — the changes page, the versions page, the open data page, the ledger, the dashboard, the
 *   review overview, an input's trace (which compares the texts of the goals and measures citing it) and an input
 *   round: every file of every version and every problem.
 * The open data files of a version (`dataCacheKeys`) are keyed like its front page: the frame and its files.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type AnyDoc, type Edition, isScheduled } from '@strategi/model';
import type { BuildPlan } from '../plan/build-plan.ts';
import { imagesUsed } from './body-images.ts';
import { pageContext } from './page-context.ts';
import type { Page } from './routes.ts';
import type { SiteData } from './site-data.ts';
import { wholeLayout } from './whole-document.ts';

const sha = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** Everything of a version but its documents' text (and what moves with it: positions, text statistics, file hash). */
function skeleton(edition: Edition): string {
  const { version, notes, status, isPublic, schemaVersion, root, images, vocabularies } = edition;
  const hash = createHash('sha256').update(JSON.stringify({ id: edition.id, version, notes, status, isPublic, schemaVersion, root, images, vocabularies }));
  hash.update(JSON.stringify([...edition.aliases].map(([alias, doc]) => [alias, doc.kind, doc.id])));
  for (const doc of edition.documents) {
    hash.update('\0').update(
      JSON.stringify({
        kind: doc.kind,
        id: doc.id,
        data: doc.data,
        file: doc.file,
        path: doc.path,
        links: doc.links.map((link) => link.url),
        images: doc.images.map((image) => [image.url, image.alt]),
        blocks: doc.blocks.map((block) => [block.name, block.closed, block.empty, block.extras]),
        headings: doc.headings,
      }),
    );
  }
  hash.update(`\0parts ${wholeLayout(edition).parts.length}`);
  return hash.digest('hex');
}

/** The files of each document in every version, by each name it goes by (id and former ids). */
function filesByName(editions: readonly Edition[]): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const edition of editions) {
    for (const doc of edition.documents) {
      for (const name of [doc.id, ...doc.data.aliases]) {
        const list = files.get(name) ?? [];
        list.push(`${edition.id}/${doc.kind}/${doc.id}/${doc.hash}`);
        files.set(name, list);
      }
    }
  }
  return files;
}

/** The image files the bodies show, by content: a page reads each one's width and height. */
function imageFiles(editions: readonly Edition[]): string {
  const hash = createHash('sha256');
  for (const edition of editions) {
    for (const image of imagesUsed(edition)) hash.update(`${edition.id}/${image}\0`).update(readFileSync(path.join(edition.root, image)));
  }
  return hash.digest('hex');
}

/** What the keys of a preview build are made of, made once per build (the pages and the data files share it). */
interface KeyParts {
  frame: string;
  everything: string;
  /** Every file of a version, by content. */
  editionFiles: (edition: Edition) => string;
  /** The files of a document in every version, under each name it goes by. */
  filesOf: (doc: Pick<AnyDoc, 'id'> & { data: { aliases: readonly string[] } }) => string;
}

const partsOfBuild = new WeakMap<SiteData, { plan: BuildPlan; codeHash: string; parts: KeyParts }>();

function keyParts(site: SiteData, plan: BuildPlan, codeHash: string): KeyParts {
  const made = partsOfBuild.get(site);
  if (made?.plan === plan && made.codeHash === codeHash) return made.parts;
  const { at: _at, ...settings } = plan;
  const frame = sha(
    codeHash,
    JSON.stringify(settings),
    JSON.stringify({
      mode: site.mode,
      today: site.today,
      displayBase: site.displayBase,
      root: site.corpus.root,
      current: site.current?.id,
      scheduled: site.editions.map((edition) => [edition.id, isScheduled(edition, site.at)]),
      identity: site.identity,
      settings: site.corpus.settings,
      reports: site.reports.map((report) => [report.id, report.hash]),
    }),
    imageFiles(site.editions),
    ...site.editions.map(skeleton),
  );
  const files = filesByName(site.editions);
  const everything = sha(frame, JSON.stringify([...files]), JSON.stringify(site.corpus.problems));
  const byEdition = new Map<Edition, string>();
  const editionFiles = (edition: Edition) => {
    if (!byEdition.has(edition)) byEdition.set(edition, sha(...edition.documents.map((doc) => `${doc.kind}/${doc.id}/${doc.hash}`)));
    return byEdition.get(edition)!;
  };
  const filesOf: KeyParts['filesOf'] = (doc) => JSON.stringify([...new Set([doc.id, ...doc.data.aliases].flatMap((name) => files.get(name) ?? []))].sort());
  const parts = { frame, everything, editionFiles, filesOf };
  partsOfBuild.set(site, { plan, codeHash, parts });
  return parts;
}

/**
 * The key of a version's open data files (strategi.json, the CSVs, StratML) in a preview build: the frame (the
 * published reports and the moment decide the statuses, the plan the address) and every file of the version.
 */
export function dataCacheKeys(site: SiteData, plan: BuildPlan, codeHash: string): (edition: Edition) => string {
  const { frame, editionFiles } = keyParts(site, plan, codeHash);
  return (edition) => sha(frame, 'data', editionFiles(edition));
}

/** The key of each page of a preview build of `site` under `plan`, made with the site's code hash `codeHash`. */
export function pageCacheKeys(site: SiteData, plan: BuildPlan, codeHash: string): (page: Page) => string {
  const { frame, everything, editionFiles, filesOf } = keyParts(site, plan, codeHash);
  return (page) => {
    switch (page.type) {
      case 'doc': {
        if (page.doc.kind === 'input' || page.doc.kind === 'inputRound') return everything;
        const { warnings, changesLink } = pageContext(page, site);
        return sha(frame, 'doc', filesOf(page.doc), JSON.stringify({ warnings, changesLink }));
      }
      case 'front':
      case 'whole':
        return sha(frame, page.type, editionFiles(page.edition));
      case 'diff':
        return sha(frame, page.type, editionFiles(page.from), editionFiles(page.to));
      case 'history':
      case 'absent':
        return sha(frame, page.type, filesOf({ id: page.history.id, data: page.history.latest.data }));
      case 'measures':
      case 'inputs':
      case 'progress':
      case 'redirect':
      case 'accessibility':
        return sha(frame, page.type);
      default:
        return everything;
    }
  };
}
