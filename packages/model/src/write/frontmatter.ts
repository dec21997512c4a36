import { Document, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';

/**
 * The one writer of frontmatter: every command that writes a document (`new`, `import`, `release`, `version`) goes
 * through it, so files look as a careful editor writes them by hand — lists of ids on one line
 * (`goals: [M-1, M-3]`), nested objects as blocks, long lines never folded, keys in the order given.
 */
export function documentText(data: Record<string, unknown>, body: string): string {
  const document = new Document(data);
  visit(document, {
    Seq(_key, node) {
      if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  const text = body.trim();
  return `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${text ? `${text}\n` : ''}`;
}

/** A file split at its frontmatter: the YAML between the `---` lines, and what follows. */
function split(text: string): { yaml: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---(\r?\n|$)/.exec(text);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: text.slice(match[0].length) };
}

/**
 * Changes top-level fields of a document's frontmatter and keeps everything else as it was written: key order,
 * comments, quoting, the body byte for byte. A value of `undefined` removes the field; a new field goes last.
 * Returns undefined when the text has no frontmatter to change.
 */
export function updateFrontmatter(text: string, changes: Readonly<Record<string, unknown>>): string | undefined {
  const parts = split(text);
  if (!parts) return undefined;
  const document = parseDocument(parts.yaml, { keepSourceTokens: true });
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) document.delete(key);
    else {
      const node = document.createNode(value);
      if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
      document.set(key, node);
    }
  }
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---${newline}${newline === '\n' ? yaml : yaml.replace(/\n/g, '\r\n')}---${newline}${parts.body}`;
}

/**
 * Puts `body` after a document's frontmatter and keeps the frontmatter byte for byte (fences, line endings, every
 * YAML line). The body gets the file's line endings and ends with one line break. Undefined when the text has no
 * frontmatter.
 */
export function replaceBody(text: string, body: string): string | undefined {
  const parts = split(text);
  if (!parts) return undefined;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = body.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  const tail = lines === '' ? '' : `${newline === '\n' ? lines : lines.replace(/\n/g, '\r\n')}${newline}`;
  return `${text.slice(0, text.length - parts.body.length)}${tail}`;
}

/** The fields in the order the kind's schema declares them (the order the guide shows), unknown keys last. */
export function inSchemaOrder(shape: Readonly<Record<string, unknown>>, data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const declared = Object.keys(shape);
  const keys = [...declared.filter((key) => key in data), ...Object.keys(data).filter((key) => !declared.includes(key))];
  return Object.fromEntries(keys.filter((key) => data[key] !== undefined).map((key) => [key, data[key]]));
}
