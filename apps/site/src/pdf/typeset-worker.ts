/** The worker thread of typeset-ahead.ts: one Typst typesetter that sets the print sources it is sent, in turn. */
import { parentPort, workerData } from 'node:worker_threads';
import { openTypesetter } from './typeset.ts';
import type { AheadJob, AheadResult } from './typeset-ahead.ts';

const typesetter = openTypesetter(workerData);
parentPort?.on('message', async (job: AheadJob) => {
  let result: AheadResult;
  try {
    const pdf = await typesetter.typeset(job.html, job.pagePath, job.colophon);
    result = { key: job.key, bytes: pdf.bytes, pages: pdf.pages };
  } catch (error) {
    result = { key: job.key, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});
