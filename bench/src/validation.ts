import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Measurement, measureNode, median } from './measure.ts';

const repo = path.resolve(new URL('../..', import.meta.url).pathname);
const cli = path.join(repo, 'packages/cli/src/bin.ts');
const floorScript = new URL('./floor.ts', import.meta.url).pathname;

export interface ValidationFigures {
  floor: Measurement;
  cold: Measurement;
  warm: Measurement;
  oneChanged: Measurement;
}

/** Validation of one corpus: the floor, then `strategi validate` cold, warm and after one file changed. */
export async function benchValidation(root: string, runs: number): Promise<ValidationFigures> {
  const floor = await median(runs, () => measureNode([floorScript, root]));
  const cacheFolder = await mkdtemp(path.join(tmpdir(), 'strategi-cache-'));
  const validate = () => measureNode([cli, 'validate', root], { STRATEGI_CACHE_DIR: cacheFolder });
  const cold = await validate();
  if (cold.exitCode !== 0) throw new Error(`strategi validate found errors in the synthetic corpus:\n${cold.stdout.slice(0, 2000)}`);
  const warm = await median(runs, validate);
  const oneChanged = await median(runs, async (run) => {
    await appendFile(path.join(root, 'tiltak', 'T-1.md'), `\nEn ny setning i kjøring ${run} ${Date.now()}.\n`);
    return validate();
  });
  await rm(cacheFolder, { recursive: true, force: true });
  return { floor, cold, warm, oneChanged };
}
