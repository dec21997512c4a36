import path from 'node:path';
import { createProblem, type Problem } from '@strategi/problems';
import { SETTINGS_FILE, type SiteSettings, siteSettingsSchema } from '@strategi/schema';
import { limits as defaultLimits, type Limits } from './limits.ts';
import { LineIndex, rangeOf } from './parse/lines.ts';
import { parseFrontmatterYaml } from './parse/yaml.ts';
import { decodeFile } from './read/decode.ts';
import { type ContentSource, diskSource } from './read/source.ts';
import { checkShape } from './validate/shape.ts';

export interface SettingsResult {
  /** The checked settings; undefined when the file is missing or not valid. */
  settings: SiteSettings | undefined;
  /** Whether there was a file to read. */
  read: boolean;
  problems: Problem[];
}

/**
 * Reads `nettsted.yaml` at the top of the content folder. A missing file is no problem: the site then names
 * itself after the strategy document. A file that is there is checked like frontmatter, with file, line and column.
 */
export async function readSettings(
  root: string,
  source: ContentSource = diskSource,
  limits: Limits = defaultLimits,
  displayPath: (absolute: string) => string = (absolute) => path.relative(process.cwd(), absolute).split(path.sep).join('/'),
): Promise<SettingsResult> {
  const absolute = path.join(root, SETTINGS_FILE);
  const bytes = await source.read(absolute).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error) {
    if (bytes.code === 'ENOENT') return { settings: undefined, read: false, problems: [] };
    return { settings: undefined, read: true, problems: [createProblem('file/unreadable', { reason: bytes.code ?? bytes.message }, displayPath(absolute))] };
  }
  return parseSettings(bytes, displayPath(absolute), limits);
}

/** Checks the bytes of a settings file; `file` is how problems name it. */
export function parseSettings(bytes: Uint8Array, file: string, limits: Limits): SettingsResult {
  const decoded = decodeFile(bytes, file, limits);
  if (!decoded.ok) return { settings: undefined, read: true, problems: decoded.problems };
  const text = decoded.text.replace(/\r(?!\n)/g, '\n');
  const index = new LineIndex(text);
  const yaml = parseFrontmatterYaml(text, 0, index, limits);
  if (!yaml.ok)
    return { settings: undefined, read: true, problems: [...decoded.problems, createProblem(yaml.rule, { reason: yaml.reason }, file, yaml.range)] };
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    const found = Array.isArray(yaml.data) ? 'en liste' : 'én enkelt verdi';
    return {
      settings: undefined,
      read: true,
      problems: [...decoded.problems, createProblem('frontmatter/not-a-mapping', { found }, file, rangeOf(index, 0, 0))],
    };
  }
  const { data, problems } = checkShape(siteSettingsSchema, yaml, file);
  return { settings: data, read: true, problems: [...decoded.problems, ...problems] };
}
