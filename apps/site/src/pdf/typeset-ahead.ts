/**
 * Typesets the versions' print sources while the rest of the site is still being built. The page build writes a
 * print source part-way through and keeps one core busy for seconds after it; a worker thread (typeset-worker.ts)
 * sets the PDF on the other core meanwhile, instead of the step doing it alone once every page is written.
 * The output folder is polled for print sources; a whole one (it ends with `</html>`) whose PDF the cache lacks is
 * sent to the worker under its input hash. The step (build-pdfs.ts) takes a PDF only under the key it computes from
 * the final page, so a page read early or changed afterwards is typeset again, never used stale.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PdfCache } from './cache.ts';
import type { ColophonSource } from './colophon.ts';
import { printInput, printSourceFolder } from './print-input.ts';
import type { TypesetPdf } from './typeset.ts';

/** A print source for the worker to typeset. */
export interface AheadJob {
  key: string;
  pagePath: string;
  html: string;
  colophon: ColophonSource;
}

/** The worker's answer: the PDF, or why Typst could not set it (the step then typesets it again and reports that). */
export type AheadResult = { key: string } & ({ bytes: Uint8Array; pages: number } | { error: string });

export interface TypesetAhead {
  /**
   * The PDF being typeset, or typeset, from exactly the input `key` names; undefined when none was started. Looks
   * at the folder a last time and stops watching it: the step asks once every page is written.
   */
  take(key: string): Promise<TypesetPdf> | undefined;
  /** Stops watching the folder and ends the worker; what was not taken is dropped. */
  close(): Promise<void>;
}

export interface TypesetAheadOptions {
  dist: string;
  /** The site's address (undefined when unknown) and the build's mode, as the step gets them. */
  origin: string | undefined;
  mode: 'public' | 'preview';
  cache: PdfCache;
  /** What the worker's typesetter is opened with (typeset.ts). */
  typesetter: { origin: string; fonts: string; unlinkOrigin?: boolean };
  /** How often the folder is looked at, in milliseconds. */
  interval?: number;
}

/** The editions with a whole print source in `dist`, by the id and the file's size and time (a rewrite is read again). */
function printSources(dist: string): { id: string; stamp: string; file: string }[] {
  const versions = path.join(dist, 'versjoner');
  if (!existsSync(versions)) return [];
  return readdirSync(versions).flatMap((id) => {
    const file = path.join(printSourceFolder(dist, id), 'index.html');
    try {
      const stat = statSync(file);
      return [{ id, stamp: `${id} ${stat.size} ${stat.mtimeMs}`, file }];
    } catch {
      return [];
    }
  });
}

export function typesetAhead(options: TypesetAheadOptions): TypesetAhead {
  const started = new Map<string, Promise<TypesetPdf>>();
  const waiting = new Map<string, { resolve: (pdf: TypesetPdf) => void; reject: (error: Error) => void }>();
  const seen = new Set<string>();
  let worker: Worker | undefined;
  let broken: Error | undefined;

  const fail = (error: Error) => {
    broken ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  const send = (job: AheadJob) => {
    if (!worker) {
      worker = new Worker(new URL('./typeset-worker.ts', import.meta.url), { workerData: options.typesetter });
      worker.unref();
      worker.on('message', (result: AheadResult) => {
        const pending = waiting.get(result.key);
        waiting.delete(result.key);
        if ('error' in result) pending?.reject(new Error(result.error));
        else pending?.resolve({ bytes: result.bytes, pages: result.pages });
      });
      worker.on('error', fail);
      worker.on('exit', () => fail(new Error('The PDF worker stopped.')));
    }
    const pdf = new Promise<TypesetPdf>((resolve, reject) => waiting.set(job.key, { resolve, reject }));
    // The step may never take it (the page changed after): a failure then is nobody's.
    pdf.catch(() => {});
    started.set(job.key, pdf);
    worker.postMessage(job);
  };

  const look = () => {
    if (broken) return;
    for (const { id, stamp, file } of printSources(options.dist)) {
      if (seen.has(stamp)) continue;
      const html = readFileSync(file, 'utf8');
      // Still being written: looked at again next time.
      if (!html.trimEnd().endsWith('</html>')) continue;
      seen.add(stamp);
      // A draft in the public build is refused by the step; nothing to set.
      if (options.mode === 'public' && html.includes('data-pdf-draft=')) continue;
      const input = printInput(options.dist, id, options, html);
      if (started.has(input.key) || options.cache.get(input.key)) continue;
      try {
        send({ key: input.key, pagePath: input.pagePath, html, colophon: input.colophon });
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
      }
    }
  };
  const timer = setInterval(look, options.interval ?? 250);
  timer.unref();

  return {
    take(key) {
      // Every page is written by the time the step asks: one last look, then none.
      clearInterval(timer);
      look();
      return started.get(key);
    },
    async close() {
      clearInterval(timer);
      fail(new Error('The PDF worker was closed.'));
      await worker?.terminate();
    },
  };
}
