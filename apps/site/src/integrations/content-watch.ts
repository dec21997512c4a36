/**
 * `astro dev` follows the content folder: Vite's watcher is told to watch it, and when a file there changes the
 * memoised corpus is forgotten (so the next page request reads the content again), the content is checked, every
 * problem is logged with its file:line:col (`formatProblem`), and the browser reloads. A page requested while the
 * content has errors fails with the same lines, which Astro shows in its error overlay.
 */

import path from 'node:path';
import { loadCorpus } from '@strategi/model';
import { formatProblem, formatSummary, type Problem } from '@strategi/problems';
import type { AstroIntegration } from 'astro';
import { invalidateSite } from '../lib/site-data.ts';
import type { BuildPlan } from '../plan/build-plan.ts';

/** True when `file` is `folder` or lies inside it. */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export interface ContentChangeHandlerOptions {
  contentDir: string;
  /** Forgets the memoised corpus; called at once for every change, so no request sees stale content. */
  invalidate: () => void;
  /** Checks the content and reports its problems; awaited before the reload. */
  check: () => Promise<void>;
  /** Tells the browser to reload the page. */
  reload: () => void;
  /** Changes closer together than this are checked once (an editor saving several files, or saving twice). */
  delayMs?: number;
}

/** What the dev server does when a watched file changes; returns whether the file was content. */
export function createContentChangeHandler(options: ContentChangeHandlerOptions): (file: string) => boolean {
  const { contentDir, invalidate, check, reload, delayMs = 150 } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (file) => {
    if (!isInside(contentDir, file)) return false;
    invalidate();
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void check().finally(reload);
    }, delayMs);
    return true;
  };
}

/** The lines the terminal shows for a check of the content: one per problem (with its hint), then the summary. */
function problemReport(problems: readonly Problem[], fileCount: number, milliseconds: number): { errors: string[]; warnings: string[]; summary: string } {
  return {
    errors: problems.filter((problem) => problem.severity === 'error').map((problem) => formatProblem(problem)),
    warnings: problems.filter((problem) => problem.severity !== 'error').map((problem) => formatProblem(problem)),
    summary: formatSummary(problems, fileCount, milliseconds),
  };
}

export function contentWatchIntegration(plan: Pick<BuildPlan, 'contentDir' | 'displayBase'>): AstroIntegration {
  const { contentDir, displayBase } = plan;
  return {
    name: 'strategi-content-watch',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const check = async () => {
          const started = performance.now();
          try {
            const corpus = await loadCorpus(contentDir, { displayBase });
            const report = problemReport(corpus.problems, corpus.fileCount, performance.now() - started);
            for (const line of report.errors) logger.error(line);
            for (const line of report.warnings) logger.warn(line);
            logger.info(report.summary);
          } catch (error) {
            logger.error(error instanceof Error ? error.message : String(error));
          }
        };
        const onChange = createContentChangeHandler({
          contentDir,
          invalidate: invalidateSite,
          check,
          reload: () => server.ws.send({ type: 'full-reload', path: '*' }),
        });
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, file) => {
          if (onChange(file)) logger.info(`Content changed: ${path.relative(contentDir, file)}`);
        });
        void check();
      },
    },
  };
}
