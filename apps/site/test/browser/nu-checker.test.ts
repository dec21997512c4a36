/**
 * The W3C Nu HTML checker (vnu.jar, run with Debian's Java) finds no error, and no warning outside the short list
 * below, on one page of every type of both builds. No browser: the files are checked as they were written, all in
 * one Java start (the JVM's start-up costs more than the pages).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { pageTypes, richestEdition } from './harness/examples.ts';
import { distDir, previewDir } from './harness/paths.ts';
import { fileForPath } from './harness/site-files.ts';

const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Warnings that are wrong for the pages as the site serves them, each matched against the whole message.
 */
const allowedWarnings: RegExp[] = [
  // The pages' CSP allows only 'self'. Checked as files, a page has a file: URL, which is no origin, so the checker
  // takes the site's own `/_astro/` stylesheets and scripts as blocked; served over HTTP they are same-origin (and the
  // browser tests run every page under this policy). A resource from anywhere else is still reported.
  /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “\/_astro\/[^”]*” blocked by “(style|script)-src” directive\.$/,
];

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal' | 'io' | 'schema' | 'internal';
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
}

/** One file per page type of each build: its absolute path, mapped to `<build> <URL path>` for the report. */
function filesToCheck(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [build, root] of [
    ['public', distDir],
    ['preview', previewDir],
  ] as const) {
    for (const page of pageTypes(root, richestEdition(root))) {
      const file = fileForPath(root, page.path);
      if (file === undefined) throw new Error(`${build}: no file for ${page.name} at ${page.path}`);
      files.set(file, `${build} ${page.path}`);
    }
  }
  return files;
}

/**
 * The JVM's settings for one short run: only the quick compiler (the optimising one spent more CPU compiling than it
 * saved over a few dozen pages, two fifths of the run), one garbage-collecting thread, and the deeper stack the
 * checker's schema walk needs once its code is compiled less tightly (it stops with a StackOverflowError at 1 MB).
 */
const jvmOptions = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss8m'];

/** Runs the checker once over every file; a missing Java is a failure that says how to install it. */
function check(files: string[]): NuMessage[] {
  const run = spawnSync('java', [...jvmOptions, '-jar', jar, '--format', 'json', '--skip-non-html', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error('Nu-kontrollen av HTML trenger Java, som ikke er installert: apt-get install default-jre-headless');
  }
  if (run.error) throw run.error;
  // The report goes to stderr; exit status 1 only says that there were errors.
  const report = run.stderr.trim();
  if (!report.startsWith('{')) throw new Error(`vnu.jar wrote no JSON report (exit ${run.status}): ${report.slice(0, 500)}`);
  return (JSON.parse(report) as { messages: NuMessage[] }).messages;
}

describe('Nu HTML checker', () => {
  test('no errors, and no warnings but the allowed ones, on every page type of both builds', () => {
    const files = filesToCheck();
    const found = check([...files.keys()])
      .filter((message) => !(message.type === 'info' && message.subType !== 'warning'))
      .filter((message) => !(message.subType === 'warning' && allowedWarnings.some((allowed) => allowed.test(message.message))))
      .map((message) => {
        const page = message.url ? (files.get(fileURLToPath(message.url)) ?? message.url) : '(no file)';
        const kind = message.subType === 'warning' ? 'warning' : 'error';
        return `${page}:${message.lastLine ?? 0}:${message.firstColumn ?? message.lastColumn ?? 0} ${kind}: ${message.message}`;
      });
    expect(found).toEqual([]);
  }, 120_000);
});
