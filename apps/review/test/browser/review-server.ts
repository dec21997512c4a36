/**
 * The review server of a browser test, in the test's own worker: the same `startReviewServer` its command
 * (`src/bin.ts`) runs, over the settings the test gives and nothing from the shell, on 127.0.0.1 and a port the
 * system chose. A process of its own loaded the server's modules at every start (about 0.7 CPU-seconds); a worker
 * loads them once for all the servers of the files it runs. The crash test still starts the command, and kills it.
 */
import { serverConfig, startReviewServer } from '../../src/index.ts';

export interface RunningReviewServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  stop(): Promise<void>;
}

export async function startReviewServerHere(env: NodeJS.ProcessEnv): Promise<RunningReviewServer> {
  const settings = { ...env, HOST: '127.0.0.1', PORT: '0' };
  const server = await startReviewServer(serverConfig(settings, import.meta.dirname), settings);
  return { origin: server.origin, stop: () => server.close() };
}
