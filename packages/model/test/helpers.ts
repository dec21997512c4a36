// Shared by the model tests: loading a scenario with stable paths, and writing one to a temporary folder
// to apply a fault that cannot be committed as a file (bad bytes, CRLF, an empty folder named `x.md`).

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatProblemLine } from '@strategi/problems';
import { afterAll } from 'vitest';
import { type Corpus, type LoadOptions, loadCorpus } from '../src/index.ts';
import { testFileCache } from './parse-cache.ts';
import { materialize } from './scenario.ts';

export { testFileCache } from './parse-cache.ts';
export { BASE, fixtures } from './scenario.ts';

/**
 * Loads a content folder with problem paths relative to its parent, through the test file's parse cache in memory
 * (`testFileCache`); a load with limits of its own, or one that names its cache or cache folder, parses as it asks.
 */
export async function load(folder: string, options: LoadOptions = {}): Promise<Corpus> {
  const ownParse = options.limits !== undefined || 'cache' in options || 'cacheFolder' in options;
  return loadCorpus(folder, { displayBase: path.dirname(folder), cacheFolder: false, ...(ownParse ? {} : { cache: await testFileCache() }), ...options });
}

/** Every problem of a content folder as the line `strategi validate` prints: `path:line:col  severity  message  [rule-id]`. */
export async function problemLines(folder: string, options: LoadOptions = {}): Promise<string[]> {
  const corpus = await load(folder, options);
  return corpus.problems.map((problem) => formatProblemLine(problem));
}

/** The problem lines of a scenario, written out to a temporary folder named after it. */
export async function scenarioLines(scenario: string, options: LoadOptions = {}): Promise<string[]> {
  return problemLines((await scratch(scenario)).dir, options);
}

/** A scenario written out to a temporary folder and loaded, with problem paths `<scenario>/…`. */
export async function loadScenario(scenario: string, options: LoadOptions = {}): Promise<Corpus> {
  return load((await scratch(scenario)).dir, options);
}

/** A fixture copied to a temporary folder of the same name, with helpers to damage it. */
export interface Scratch {
  /** Absolute path of the copy; its parent is a fresh temporary folder. */
  dir: string;
  file(relative: string): string;
  read(relative: string): Promise<string>;
  write(relative: string, content: string | Uint8Array): Promise<void>;
  edit(relative: string, change: (text: string) => string): Promise<void>;
}

const scratchFolders: string[] = [];
afterAll(async () => {
  await Promise.all(scratchFolders.map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Writes scenario `from` to `<tmp>/<as>/`, so that paths in problems read `<as>/…`. */
export async function scratch(from: string, as: string = from): Promise<Scratch> {
  const parent = await mkdtemp(path.join(tmpdir(), 'strategi-test-'));
  scratchFolders.push(parent);
  const dir = path.join(parent, as);
  await materialize(from, dir);
  const file = (relative: string) => path.join(dir, relative);
  return {
    dir,
    file,
    read: (relative) => readFile(file(relative), 'utf8'),
    write: (relative, content) => writeFile(file(relative), content),
    edit: async (relative, change) => writeFile(file(relative), change(await readFile(file(relative), 'utf8'))),
  };
}

/**
 * A second, independent fault: a body link to a measure that does not exist, in a file the scenario does
 * not touch. When it is reported beside the scenario's own problems, the other files were still checked.
 */
export async function addSentinel(copy: Scratch, scenario: string, relative = 'aktorer/KD.md'): Promise<string> {
  const read = await copy.read(relative);
  const text = read.endsWith('\n') ? read : `${read}\n`;
  const line = text.split('\n').length;
  await copy.write(relative, `${text}Se [tiltaket](tiltak:T-987).\n`);
  return `${scenario}/${relative}:${line}:4  error  Finner ikke tiltaket «T-987».  [link/unknown-measure]`;
}
