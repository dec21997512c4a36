/**
 * One HTML parser in the workspace: the parse5 that rehype-raw sanitises with is the one every other package
 * (the site's own tests included) gets. Two versions once made the site render valid content with a parser the
 * model's tests never ran, and crash.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteRoot } from './helpers.ts';

const workspaceRoot = path.resolve(siteRoot, '../..');

describe('parse5', () => {
  test('the lockfile holds one version of it', () => {
    // Package keys are the two-space-indented `name@version:` lines (once under packages, once under snapshots).
    const lock = readFileSync(path.join(workspaceRoot, 'pnpm-lock.yaml'), 'utf8');
    expect([...new Set(lock.match(/^ {2}parse5@[^:]+(?=:$)/gm)?.map((key) => key.trim()))]).toEqual(['parse5@7.3.0']);
  });

  test('the site and the model’s rehype-raw load the same file', () => {
    const fromSite = createRequire(path.join(siteRoot, 'package.json'));
    const fromModel = createRequire(path.join(workspaceRoot, 'packages/model/package.json'));
    const fromRehypeRaw = createRequire(fromModel.resolve('rehype-raw'));
    const fromHastUtilRaw = createRequire(fromRehypeRaw.resolve('hast-util-raw'));
    expect(fromSite.resolve('parse5')).toBe(fromHastUtilRaw.resolve('parse5'));
  });
});
