/**
 * The list of a version's files and their hashes, `versjon.sha256` beside `versjon.md`, in the format of
 * `sha256sum`: one `<64 hex digits>  <path>` line per file, sorted by path. It is not Markdown, so it has no size
 * limit of a document: 10,000 measures make about 900 kB.
 */
export function formatManifest(hashes: ReadonlyMap<string, string>): string {
  return `${[...hashes]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([relative, hash]) => `${hash.replace(/^sha256-/, '')}  ${relative}`)
    .join('\n')}\n`;
}

/** The hashes in a manifest, as `sha256-…` by path; undefined when a line is not a manifest line. */
export function parseManifest(text: string): Map<string, string> | undefined {
  const hashes = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const match = /^([0-9a-f]{64}) [ *]([^\r\n]+)$/.exec(line);
    if (!match || hashes.has(match[2]!)) return undefined;
    hashes.set(match[2]!, `sha256-${match[1]}`);
  }
  return hashes;
}

/** The largest manifest read, in bytes: far above 10,000 documents, far below what would hurt. */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
