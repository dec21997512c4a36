/**
 * A vitest `globalSetup` for every package whose tests use PostgreSQL: one throwaway server for the run, its URL
 * given to the test files as `inject('postgresUrl')`; each file makes its own databases on it (`freshDatabase`).
 */
import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './index.ts';

export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startTestPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
