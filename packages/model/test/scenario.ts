// A test scenario is a delta over one base content folder (`fixtures/valid-minimal`): the folder
// `fixtures/<scenario>/` holds only the files the scenario adds or replaces, and an optional `scenario.json`
// says what else to do. So a scenario shows only what it is about, and a change to the base reaches every one.

import { cpSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { releaseVersion } from '../src/index.ts';
import { testFileCache } from './parse-cache.ts';

/** The folder holding the base and one delta folder per scenario. */
export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The valid content every scenario starts from. */
export const BASE = 'valid-minimal';

/** What `fixtures/<scenario>/scenario.json` may say, applied in this order after the base is copied. */
interface ScenarioSteps {
  /** Versions released (with the real release function) from the base before the delta is applied. */
  releases?: { id: string; status: 'utkast' | 'høring' | 'vedtatt'; date: string; label: string }[];
  /** Files of the base (or of a release) removed, relative to the content folder. */
  remove?: string[];
  /** Text replaced in a file, after releases, for faults in files a release writes (`versjon.md`). */
  edit?: { file: string; from: string; to: string }[];
}

const STEPS_FILE = 'scenario.json';

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** The steps of a scenario; none for the base or a scenario that only adds and replaces files. */
async function stepsOf(scenario: string): Promise<ScenarioSteps> {
  const file = path.join(fixtures, scenario, STEPS_FILE);
  return (await exists(file)) ? (JSON.parse(await readFile(file, 'utf8')) as ScenarioSteps) : {};
}

/**
 * Writes the content of `scenario` to `target`: the base, then its releases, then its own files over them, then
 * removals and edits. `target` must not exist yet. The copies are `cpSync`'s, made in native code: `fs/promises`'
 * `cp` walks the tree in JavaScript at ten times the CPU, and every scenario test starts with two.
 */
export async function materialize(scenario: string, target: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  cpSync(path.join(fixtures, BASE), target, { recursive: true });
  if (scenario === BASE) return;
  const steps = await stepsOf(scenario);
  for (const release of steps.releases ?? []) {
    const result = await releaseVersion(target, release, { cache: await testFileCache(), displayBase: path.dirname(target) });
    if (!result.ok) throw new Error(`Scenario ${scenario}: the release ${release.id} failed (${result.reason}).`);
  }
  cpSync(path.join(fixtures, scenario), target, { recursive: true, filter: (source) => path.basename(source) !== STEPS_FILE });
  for (const file of steps.remove ?? []) await rm(path.join(target, file), { recursive: true });
  for (const { file, from, to } of steps.edit ?? []) {
    const text = await readFile(path.join(target, file), 'utf8');
    if (!text.includes(from)) throw new Error(`Scenario ${scenario}: «${from}» is not in ${file}.`);
    await writeFile(path.join(target, file), text.replace(from, to));
  }
}
