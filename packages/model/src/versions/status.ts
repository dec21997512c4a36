import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createProblem, type Problem } from '@strategi/problems';
import { VERSION_FILE, VERSIONS_FOLDER, type VersionStatus, versionTransitions } from '@strategi/schema';
import { parse } from 'yaml';
import { migrateVersionDescription } from '../migrate/index.ts';
import { replaceFile } from '../write/atomic.ts';
import { updateFrontmatter } from '../write/frontmatter.ts';
import { sealOf } from './seal.ts';

export type VersionChange = { ok: true; file: string; from: VersionStatus; to: VersionStatus } | { ok: false; problems: Problem[] };

/** `versjon.md` split into its raw frontmatter data and body, or undefined. */
function readDescription(text: string): { data: Record<string, unknown>; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---(\r?\n|$)/.exec(text);
  if (!match) return undefined;
  try {
    const data = parse(match[1] ?? '', { strict: true, uniqueKeys: true }) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
    return { data: data as Record<string, unknown>, body: text.slice(match[0].length) };
  } catch {
    return undefined;
  }
}

/**
 * Changes a released version's status the only way it may change: a legal transition (draft → consultation or
 * adopted, consultation → adopted or superseded, adopted → superseded), recorded with its date in the version's
 * history and sealed. Refuses a description that was edited by hand since it was last written.
 * With `seal: true` and no status, seals a version made before statuses were sealed, recording the status it has.
 */
export async function changeVersionStatus(
  contentFolder: string,
  id: string,
  change: { to: VersionStatus; date: string } | { seal: true; date: string },
  displayPath: (absolute: string) => string = (absolute) => absolute,
): Promise<VersionChange> {
  const file = path.join(path.resolve(contentFolder), VERSIONS_FOLDER, id, VERSION_FILE);
  const shown = displayPath(file);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  const description = text === undefined ? undefined : readDescription(text);
  if (text === undefined || !description) return { ok: false, problems: [createProblem('version/missing-description', { version: id }, shown)] };
  const { data, body } = description;
  const current = migrateVersionDescription(data) as { status: VersionStatus; history?: { status: VersionStatus; date: string }[] };
  const sealed = typeof data['seal'] === 'string';
  if (sealed && data['seal'] !== sealOf(data, body)) return { ok: false, problems: [createProblem('version/edited-by-hand', { version: id }, shown)] };

  const history = Array.isArray(data['history']) ? [...(data['history'] as { status: VersionStatus; date: string }[])] : [];
  let to: VersionStatus;
  if ('seal' in change) {
    if (sealed) return { ok: true, file, from: current.status, to: current.status };
    to = current.status;
    if (history.length === 0) history.push({ status: to, date: typeof data['date'] === 'string' ? data['date'] : change.date });
  } else {
    if (!sealed) return { ok: false, problems: [createProblem('version/unsealed', { version: id }, shown)] };
    to = change.to;
    const allowed = versionTransitions[current.status];
    if (!allowed.includes(to)) {
      return { ok: false, problems: [createProblem('version/illegal-transition', { from: current.status, to, allowed: [...allowed] }, shown)] };
    }
    history.push({ status: to, date: change.date });
  }
  // Statuses are written in the current words, also in a version of schema 1, whose migration reads both.
  const written = to;
  const historyWritten = history.map((entry) => ({
    status: (migrateVersionDescription({ status: entry.status }) as { status: VersionStatus }).status,
    date: entry.date,
  }));
  const { seal: _old, ...rest } = data;
  const seal = sealOf({ ...rest, status: written, history: historyWritten }, body);
  const next = updateFrontmatter(text, { status: written, history: historyWritten, seal });
  if (next === undefined) return { ok: false, problems: [createProblem('version/missing-description', { version: id }, shown)] };
  await replaceFile(file, next);
  return { ok: true, file, from: current.status, to };
}
