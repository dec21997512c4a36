import type { RuleArgs } from '@strategi/problems';
import { type DocumentKind, documentKinds, kindForFolder, kindForLinkScheme, STRATEGY_FILE } from '@strategi/schema';

/** A link in a body that points at another document of the same version. */
export interface DocumentTarget {
  kind: DocumentKind;
  id: string;
  /** A heading slug after `#`, if any. */
  fragment: string | undefined;
  /** `path` for `../tiltak/T-1.md` (the canonical form), `shorthand` for `tiltak:T-1`. */
  form: 'path' | 'shorthand';
}

/** What a link in a body is: a document, a page elsewhere, or a problem. */
export type LinkTarget =
  | { type: 'document'; target: DocumentTarget }
  /** A web or mail address, published as it is. */
  | { type: 'external' }
  /** A link inside the same page (`#bakgrunn`). */
  | { type: 'fragment' }
  | { type: 'problem'; rule: 'link/malformed'; args: RuleArgs<'link/malformed'> }
  | { type: 'problem'; rule: 'link/unsupported-protocol'; args: RuleArgs<'link/unsupported-protocol'> }
  | { type: 'problem'; rule: 'link/not-a-document'; args: RuleArgs<'link/not-a-document'> }
  | { type: 'problem'; rule: 'link/unknown-scheme'; args: RuleArgs<'link/unknown-scheme'> };

const PUBLISHED_PROTOCOLS = new Set(['http', 'https', 'mailto']);
const shorthandPrefixes = Object.values(documentKinds).map((kind) => kind.link);

/**
 * Reads a link's URL as the validator, the renderer and the diff all read it. `fromPath` is the linking file's path
 * inside its version folder (`tiltak/T-3.md`), so that relative file links resolve the same in the working draft and
 * in every released version. Relative Markdown file links are the canonical form (clickable in VS Code and on
 * GitHub); `tiltak:T-1` is kept as shorthand, which older releases use.
 */
export function classifyLink(url: string, fromPath: string): LinkTarget {
  const text = url.normalize('NFC').trim();
  if (text === '') return malformed(url, 'lenken er tom');
  if (text.startsWith('#')) return { type: 'fragment' };

  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(text)?.[1];
  if (scheme && !/^[a-zA-Z]:[\\/]/.test(text)) {
    const lower = scheme.toLowerCase();
    if (PUBLISHED_PROTOCOLS.has(lower)) return externalLink(url, text, lower);
    const kind = kindForLinkScheme(lower);
    if (kind) return shorthand(url, text.slice(scheme.length + 1), kind);
    if (/^[a-z]+$/.test(lower) && !KNOWN_PROTOCOLS.has(lower)) {
      return { type: 'problem', rule: 'link/unknown-scheme', args: { scheme: lower, schemes: shorthandPrefixes, suggestion: undefined } };
    }
    return { type: 'problem', rule: 'link/unsupported-protocol', args: { url, protocol: lower } };
  }
  if (text.startsWith('//')) return { type: 'problem', rule: 'link/unsupported-protocol', args: { url, protocol: '//' } };
  return fileLink(url, text, fromPath);
}

/** Protocols that are real, but that a published page should not link with. */
const KNOWN_PROTOCOLS = new Set([
  'ftp',
  'ftps',
  'sftp',
  'file',
  'data',
  'javascript',
  'vbscript',
  'tel',
  'sms',
  'blob',
  'about',
  'ws',
  'wss',
  'smb',
  'git',
  'ssh',
]);

function malformed(url: string, reason: string): LinkTarget {
  return { type: 'problem', rule: 'link/malformed', args: { url, reason } };
}

function externalLink(url: string, text: string, protocol: string): LinkTarget {
  if (protocol === 'mailto')
    return /^mailto:[^@\s]+@[^@\s]+$/i.test(text) ? { type: 'external' } : malformed(url, 'e-postadressen mangler eller er ufullstendig');
  try {
    const parsed = new URL(text);
    if (!parsed.hostname) return malformed(url, 'adressen mangler et vertsnavn');
  } catch {
    return malformed(url, 'adressen er ikke en gyldig nettadresse');
  }
  return { type: 'external' };
}

function shorthand(url: string, rest: string, kind: DocumentKind): LinkTarget {
  const [idPart, fragment, ...more] = rest.split('#');
  const id = idPart ?? '';
  if (more.length > 0) return malformed(url, 'den har mer enn ett «#»');
  if (id === '') return malformed(url, `id-en mangler etter ${`«${documentKinds[kind].link}:»`}`);
  if (/[?/\\\s]/.test(id)) return malformed(url, 'en lenke til et dokument kan bare ha id-en (og eventuelt «#overskrift») etter kolonet');
  if (fragment === '') return malformed(url, 'overskriften mangler etter «#»');
  return { type: 'document', target: { kind, id, fragment, form: 'shorthand' } };
}

function fileLink(url: string, text: string, fromPath: string): LinkTarget {
  const hashAt = text.indexOf('#');
  const pathPart = hashAt === -1 ? text : text.slice(0, hashAt);
  const fragment = hashAt === -1 ? undefined : text.slice(hashAt + 1);
  if (fragment === '') return malformed(url, 'overskriften mangler etter «#»');
  if (pathPart.includes('?')) return malformed(url, 'en lenke til et dokument kan ikke ha «?»');
  if (pathPart.startsWith('/')) return malformed(url, 'stien begynner med «/»; skriv stien fra dokumentet du lenker fra, som «../tiltak/T-3.md»');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart).replaceAll('\\', '/');
  } catch {
    return malformed(url, 'stien har ugyldig prosentkoding');
  }
  const resolved = resolveRelative(fromPath, decoded);
  if (resolved === undefined) return { type: 'problem', rule: 'link/not-a-document', args: { url, target: decoded } };
  const target = documentAt(resolved);
  if (!target) return { type: 'problem', rule: 'link/not-a-document', args: { url, target: resolved } };
  return { type: 'document', target: { ...target, fragment, form: 'path' } };
}

/** `from`'s folder joined with `relative`, normalised; undefined when it leaves the version folder. */
function resolveRelative(from: string, relative: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** The document a path inside a version folder names: `tiltak/T-3.md`, `strategi.md`. */
function documentAt(relative: string): { kind: DocumentKind; id: string } | undefined {
  if (relative === STRATEGY_FILE) return { kind: 'strategy', id: 'strategi' };
  const match = /^([^/]+)\/([^/]+)\.md$/.exec(relative);
  if (!match) return undefined;
  const kind = kindForFolder(match[1]!);
  return kind ? { kind, id: match[2]! } : undefined;
}

/** The canonical link from the document at `fromPath` to a document: a relative path to its file. */
export function documentHref(fromPath: string, kind: DocumentKind, id: string, fragment?: string): string {
  const depth = fromPath.split('/').length - 1;
  const up = depth === 0 ? '' : '../'.repeat(depth);
  const file = kind === 'strategy' ? STRATEGY_FILE : `${documentKinds[kind].folder}/${id}.md`;
  return `${up || './'}${file}${fragment ? `#${fragment}` : ''}`;
}

/**
 * The shorthand form alone (`tiltak:T-12` → scheme and id), for code that has no linking path at hand; undefined for
 * anything else. Prefer `classifyLink`, which also reads relative file links.
 */
export function parseDocumentLink(url: string): { scheme: string; id: string } | undefined {
  const link = classifyLink(url, '');
  if (link.type !== 'document' || link.target.form !== 'shorthand') return undefined;
  return { scheme: documentKinds[link.target.kind].link, id: link.target.id };
}
