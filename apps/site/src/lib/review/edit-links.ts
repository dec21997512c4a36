/**
 * Where the preview sends a reviewer to fix a page: the repository's web editor (`STRATEGI_REPO_URL`, the way
 * Starlight's `editLink.baseUrl` works) and VS Code on the machine that built the preview (`vscode://file/…`).
 * Only the preview build shows these links.
 */
import path from 'node:path';
import type { Place } from '@strategi/problems';

export interface EditConfig {
  /** Base of the web editor's URLs, ending in a slash (`https://github.com/org/repo/edit/main/`); undefined: no web links. */
  repoUrl: string | undefined;
  /** Whether to link files into VS Code by their absolute path on this machine. */
  vscode: boolean;
  /**
   * Whether the preview shows what only the editorial team may see: internal notes, source paths, the validator's
   * problems and every edit link. Off for a preview served to outside reviewers (the review server's).
   */
  internal: boolean;
}

/** A source file as the links need it. */
export interface SourceFile {
  /** Absolute path on the machine that built the site. */
  absolute: string;
  /** Path from the repository root, with forward slashes (`content/tiltak/T-1.md`). */
  repoPath: string;
}

/** Thrown for a setting that cannot be used; the build stops with its message. */
export class EditConfigError extends Error {
  override name = 'EditConfigError';
}

/**
 * The edit links' settings from the environment. `STRATEGI_REPO_URL` must be an http(s) URL (a missing final slash is
 * added); `STRATEGI_VSCODE_LINKS=0` leaves out the VS Code links, for a preview served to people on other machines;
 * `STRATEGI_PREVIEW_INTERNAL=0` leaves out internal notes, source paths, problems and all edit links, for a preview
 * outside reviewers read.
 */
export function editConfig(env: Record<string, string | undefined>): EditConfig {
  const raw = env['STRATEGI_REPO_URL']?.trim();
  let repoUrl: string | undefined;
  if (raw) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new EditConfigError(
        `STRATEGI_REPO_URL «${raw}» er ingen gyldig adresse. Skriv hele adressen, for eksempel https://github.com/org/repo/edit/main/.`,
      );
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new EditConfigError(`STRATEGI_REPO_URL «${raw}» må begynne med https:// eller http://.`);
    }
    repoUrl = url.href.endsWith('/') ? url.href : `${url.href}/`;
  }
  // Read as the build plan reads them (trimmed): « 0» turns internal content off, as the plan says it does.
  const internal = env['STRATEGI_PREVIEW_INTERNAL']?.trim() !== '0';
  return { repoUrl: internal ? repoUrl : undefined, vscode: internal && env['STRATEGI_VSCODE_LINKS']?.trim() !== '0', internal };
}

/**
 * A file of the content folder as a source file: its path in the repository is taken from the content folder's
 * parent, so `content/tiltak/T-1.md` when the content folder is the repository's `content/`.
 */
export function sourceFile(absolute: string, contentFolder: string): SourceFile {
  const repoPath = path
    .relative(path.dirname(path.resolve(contentFolder)), absolute)
    .split(path.sep)
    .join('/');
  return { absolute, repoPath };
}

/** The file in the repository's web editor, or undefined when no repository is configured. */
export function webEditUrl(config: EditConfig, source: SourceFile): string | undefined {
  return config.repoUrl === undefined ? undefined : `${config.repoUrl}${encodePath(source.repoPath)}`;
}

/** `vscode://file/<absolute path>:<line>:<column>` (the file alone without a place), or undefined when turned off. */
export function vscodeUrl(config: EditConfig, source: SourceFile, place?: Pick<Place, 'line' | 'column'>): string | undefined {
  if (!config.vscode) return undefined;
  const where = place ? `:${place.line}:${place.column}` : '';
  const absolute = source.absolute.split(path.sep).join('/');
  return `vscode://file${encodePath(absolute.startsWith('/') ? absolute : `/${absolute}`)}${where}`;
}

/** A path for a URL: like encodeURI, and `#` and `?` too, which would otherwise end the path. */
function encodePath(value: string): string {
  return encodeURI(value).replace(/[#?]/g, (char) => encodeURIComponent(char));
}
