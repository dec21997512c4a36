/**
 * The preview's review overview as data: which edition is reviewed against which release, the problems grouped by
 * the file they are in (with paths from the repository root, never relative to where the build ran), the internal
 * notes, and the edit links.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { editConfig, sourceFile, vscodeUrl, webEditUrl } from '../src/lib/review/edit-links.ts';
import { baselineOf, internalNotes, reviewedEdition, reviewOverview } from '../src/lib/review/overview.ts';
import { allPages, pagePath } from '../src/lib/routes.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';
import { fixtureContent, markers, siteRoot } from './helpers.ts';

let preview: SiteData;
beforeAll(async () => {
  // Built from two folders down, as `pnpm build:preview` from a package folder would be: problem paths start with ../../
  preview = await loadSite(fixtureContent, 'preview', path.join(siteRoot, 'src', 'lib'));
});

describe('the edition under review', () => {
  test('is the working draft, compared with the newest public release', () => {
    const edition = reviewedEdition(preview.editions, undefined);
    expect(edition.id).toBe('utkast');
    expect(baselineOf(preview.editions, edition)?.id).toBe('2024-revidert');
  });

  test('can be a draft version, compared with the newest release before it (a draft when nothing public came first)', () => {
    const draft = reviewedEdition(preview.editions, '2022-utkast');
    expect(draft.id).toBe('2022-utkast');
    expect(baselineOf(preview.editions, draft)).toBeUndefined();
    expect(baselineOf(preview.editions, reviewedEdition(preview.editions, '2022-horing'))?.id).toBe('2022-utkast');
  });

  test('an unknown id stops the build with the ids there are', () => {
    expect(() => reviewedEdition(preview.editions, '2030-x')).toThrow(
      'STRATEGI_REVIEW_EDITION «2030-x» er ingen versjon i denne byggingen. Velg en av: 2022-utkast, 2022-horing, 2023-vedtatt, 2024-revidert, utkast.',
    );
  });
});

describe('the root page', () => {
  test('is the review in the preview; the current version’s front page stays under /versjoner/E/', async () => {
    const rootOf = (site: SiteData) =>
      allPages(site)
        .filter((page) => pagePath(page) === '/')
        .map((page) => page.type);
    expect(rootOf(preview)).toEqual(['review']);
    expect(allPages(preview).map(pagePath)).toContain('/versjoner/2024-revidert/');
    expect(rootOf(await loadSite(fixtureContent, 'public'))).toEqual(['front']);
  });
});

describe('the overview', () => {
  test('lists what changed since the release', () => {
    const overview = reviewOverview(preview, undefined);
    expect(overview.diff?.added.map((ref) => ref.id)).toContain('T-9');
    expect(overview.diff?.from).toBe('2024-revidert');
  });

  test('groups the problems by file, with the document and the path from the repository root', () => {
    const groups = reviewOverview(preview, undefined).problems;
    const m4 = groups.find((group) => group.doc?.id === 'M-4');
    expect(m4?.problems.map((problem) => problem.ruleId)).toEqual(['link/goal-without-measure']);
    expect(m4?.source).toEqual({ absolute: path.join(fixtureContent, 'mal', 'M-4.md'), repoPath: 'content/mal/M-4.md' });
    // The problem itself still says where the build ran from; the overview never shows that path.
    expect(m4?.problems[0]?.file).toBe('../../test/fixtures/content/mal/M-4.md');
    expect(groups.every((group) => !group.source.repoPath.startsWith('..'))).toBe(true);
  });

  test('has every internal note of the edition', () => {
    const notes = internalNotes(reviewedEdition(preview.editions, undefined));
    expect(notes.map((entry) => entry.doc.id)).toEqual(['T-3']);
    expect(notes[0]?.note).toContain(markers.internalNote);
  });
});

describe('edit links', () => {
  const source = sourceFile('/srv/strategi/content/tiltak/T-1 ny#2.md', '/srv/strategi/content');

  test('the repository path is taken from the content folder’s parent', () => {
    expect(source.repoPath).toBe('content/tiltak/T-1 ny#2.md');
  });

  test('STRATEGI_REPO_URL gives the web editor, with a final slash added', () => {
    const config = editConfig({ STRATEGI_REPO_URL: 'https://github.com/org/strategi/edit/main' });
    expect(webEditUrl(config, source)).toBe('https://github.com/org/strategi/edit/main/content/tiltak/T-1%20ny%232.md');
    expect(webEditUrl(editConfig({}), source)).toBeUndefined();
  });

  test('VS Code links go to the line and column, unless turned off', () => {
    expect(vscodeUrl(editConfig({}), source, { line: 15, column: 3 })).toBe('vscode://file/srv/strategi/content/tiltak/T-1%20ny%232.md:15:3');
    expect(vscodeUrl(editConfig({}), source)).toBe('vscode://file/srv/strategi/content/tiltak/T-1%20ny%232.md');
    expect(vscodeUrl(editConfig({ STRATEGI_VSCODE_LINKS: '0' }), source, { line: 1, column: 1 })).toBeUndefined();
    // A preview for outside reviewers: no internal parts, no edit links of either kind.
    const outside = editConfig({ STRATEGI_PREVIEW_INTERNAL: '0', STRATEGI_REPO_URL: 'https://github.com/org/strategi/edit/main' });
    expect(outside).toEqual({ repoUrl: undefined, vscode: false, internal: false });
    expect(vscodeUrl(outside, source)).toBeUndefined();
    expect(webEditUrl(outside, source)).toBeUndefined();
    // Read as the build plan reads it: a stray space does not turn internal content back on.
    expect(editConfig({ STRATEGI_PREVIEW_INTERNAL: ' 0 ', STRATEGI_VSCODE_LINKS: '1' })).toEqual({ repoUrl: undefined, vscode: false, internal: false });
    expect(editConfig({ STRATEGI_VSCODE_LINKS: ' 0' }).vscode).toBe(false);
  });

  test('a repository URL that is no web address stops the build', () => {
    expect(() => editConfig({ STRATEGI_REPO_URL: 'github.com/org' })).toThrow(
      'STRATEGI_REPO_URL «github.com/org» er ingen gyldig adresse. Skriv hele adressen, for eksempel https://github.com/org/repo/edit/main/.',
    );
    expect(() => editConfig({ STRATEGI_REPO_URL: 'javascript:alert(1)' })).toThrow(
      'STRATEGI_REPO_URL «javascript:alert(1)» må begynne med https:// eller http://.',
    );
  });
});
