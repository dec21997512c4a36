import {
  condenseWords,
  type DiffSummary,
  type DocChange,
  type DocRef,
  type EditionDiff,
  type FieldChange,
  type ParagraphChange,
  type ProsePart,
  summariseDiff,
} from '@strategi/model/diff';
import { type DocumentKind, documentKinds, fieldLabel, vocabularies } from '@strategi/schema';

// The diff is read in bokmål; every word comes from the schema (kind registry, field labels, vocabularies).
const kindLabels = (kind: DocumentKind) => documentKinds[kind].words.nb.singular;
const labelOf = (field: string) => fieldLabel(field) ?? field;
const statusLabels: Record<string, string> = Object.fromEntries(
  Object.entries(vocabularies.measureStatus.labels).map(([status, labels]) => [status, labels.nb.toLowerCase()]),
);

const RED = '\u001b[31m';
const GREEN = '\u001b[32m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

const refLine = (ref: DocRef) => `${ref.id} (${kindLabels(ref.kind)}) «${ref.title}»`;

/** The summary's lines in bokmål: per kind what was added, removed and changed, then the fields and the texts. */
export function summaryLines(summary: DiffSummary): string[] {
  const lines = summary.kinds.map((counts) => {
    const parts = [
      ...(counts.added ? [`${counts.added} lagt til`] : []),
      ...(counts.removed ? [`${counts.removed} fjernet`] : []),
      ...(counts.changed ? [`${counts.changed} endret${counts.moved ? ` (${counts.moved} flyttet)` : ''}`] : []),
    ];
    return `${kindLabels(counts.kind)}: ${parts.join(', ')}`;
  });
  if (summary.fields.length) lines.push(`felt: ${summary.fields.map((field) => `${labelOf(field.field)} (${field.count})`).join(', ')}`);
  if (summary.textChanged) lines.push(`tekst endret i ${summary.textChanged} ${summary.textChanged === 1 ? 'dokument' : 'dokumenter'}`);
  return lines;
}

/** A changed paragraph in a terminal: + added, - removed, ~ changed with [-removed-] and {+added+} words. */
function paragraphLine(change: ParagraphChange, c: (code: string, text: string) => string): string {
  if (change.type === 'added') return c(GREEN, `+ ${change.text}`);
  if (change.type === 'removed') return c(RED, `- ${change.text}`);
  if (change.type === 'marked') return `${change.example ? 'nå merket som eksempel' : 'ikke lenger merket som eksempel'}: ${change.text}`;
  return `~ ${condenseWords(change.words)
    .map((part) => (part.added ? c(GREEN, `{+${part.value}+}`) : part.removed ? c(RED, `[-${part.value}-]`) : part.value))
    .join('')}`;
}

/**
 * The diff for a terminal: a summary first, then one line per document, field changes indented, and only the
 * paragraphs that changed, as readers see them (rendered text, links as their text).
 */
export function diffToText(diff: EditionDiff, options: { color?: boolean } = {}): string {
  const c = (code: string, text: string) => (options.color ? `${code}${text}${RESET}` : text);
  if (isEmpty(diff)) return `Ingen endringer fra «${diff.from}» til «${diff.to}».`;
  const lines = [
    c(BOLD, `Endringer fra «${diff.from}» til «${diff.to}»`),
    '',
    'Oppsummering:',
    ...summaryLines(summariseDiff(diff)).map((line) => `  ${line}`),
  ];
  if (diff.added.length) lines.push('', `Lagt til (${diff.added.length}):`, ...diff.added.map((ref) => c(GREEN, `  + ${refLine(ref)}`)));
  if (diff.removed.length) lines.push('', `Fjernet (${diff.removed.length}):`, ...diff.removed.map((ref) => c(RED, `  - ${refLine(ref)}`)));
  if (diff.changed.length) {
    lines.push('', `Endret (${diff.changed.length}):`);
    for (const change of diff.changed) {
      lines.push(`  ~ ${refLine(change)}${change.previousId ? `, tidligere ${change.previousId}` : ''}`);
      for (const field of change.fields) lines.push(`      ${describeFieldChange(field)}`);
      const paragraphs = change.paragraphs;
      if (paragraphs.length) lines.push('      tekst:', ...paragraphs.map((paragraph) => `        ${paragraphLine(paragraph, c)}`));
      else if (change.textChanged) lines.push('      tekst: bare lenkemål eller formatering endret');
    }
  }
  return lines.join('\n');
}

/** The diff as Markdown a reviewer pastes into a review: a heading per group, changes as lists, prose as a quote. */
export function diffToMarkdown(diff: EditionDiff): string {
  if (isEmpty(diff)) return `Ingen endringer fra \`${diff.from}\` til \`${diff.to}\`.`;
  const out = [`## Endringer fra \`${diff.from}\` til \`${diff.to}\``, '', ...summaryLines(summariseDiff(diff)).map((line) => `- ${escapeMarkdown(line)}`)];
  const item = (ref: DocRef) => `- **${ref.id}** ${escapeMarkdown(ref.title)} (${kindLabels(ref.kind)})`;
  if (diff.added.length) out.push('', `### Lagt til (${diff.added.length})`, '', ...diff.added.map(item));
  if (diff.removed.length) out.push('', `### Fjernet (${diff.removed.length})`, '', ...diff.removed.map(item));
  if (diff.changed.length) {
    out.push('', `### Endret (${diff.changed.length})`);
    for (const change of diff.changed) out.push('', ...changeToMarkdown(change));
  }
  return out.join('\n');
}

function changeToMarkdown(change: DocChange): string[] {
  const lines = [`#### ${change.id} ${escapeMarkdown(change.title)} (${kindLabels(change.kind)})`];
  if (change.previousId) lines.push('', `Tidligere id: ${change.previousId}.`);
  if (change.fields.length) lines.push('', ...change.fields.map((field) => `- ${escapeMarkdown(describeFieldChange(field))}`));
  const paragraphs = change.paragraphs;
  if (paragraphs.length) {
    lines.push('', 'Tekst:');
    for (const paragraph of paragraphs) {
      const text =
        paragraph.type === 'changed'
          ? proseToMarkdown(condenseWords(paragraph.words).map((part) => ({ ...part, value: escapeMarkdown(part.value) })))
          : paragraph.type === 'marked'
            ? `${paragraph.example ? 'Nå merket som eksempel' : 'Ikke lenger merket som eksempel'}: ${escapeMarkdown(paragraph.text)}`
            : `${paragraph.type === 'added' ? 'Nytt: **' : 'Tatt ut: ~~'}${escapeMarkdown(paragraph.text)}${paragraph.type === 'added' ? '**' : '~~'}`;
      lines.push('', `> ${text.replace(/\n/g, ' ')}`);
    }
  }
  return lines;
}

/** Removed words as ~~struck~~, added as **bold**; markers hug the words (Markdown ignores `** word**`) and never span lines. */
function proseToMarkdown(parts: readonly ProsePart[]): string {
  return parts
    .map((part, i) => {
      // A replaced word comes as removed then added with nothing between: keep them apart for the reader.
      const gap = part.added && parts[i - 1]?.removed && !/\s$/.test(parts[i - 1]!.value) && !/^\s/.test(part.value) ? ' ' : '';
      return gap + markPart(part);
    })
    .join('');
}

function markPart(part: ProsePart): string {
  if (!part.added && !part.removed) return part.value;
  const marker = part.added ? '**' : '~~';
  return part.value
    .split('\n')
    .map((line) => {
      const match = /^(\s*)(.*?)(\s*)$/s.exec(line)!;
      return match[2] ? `${match[1]}${marker}${match[2]}${marker}${match[3]}` : line;
    })
    .join('\n');
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>~])/g, '\\$1');
}

function isEmpty(diff: EditionDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

/** A field change as a phrase in bokmål: «frist endret fra 2026 til 2027», «mål: la til M-2». */
export function describeFieldChange(change: FieldChange): string {
  const label = labelOf(change.field);
  const render = (value: unknown) => renderValue(change.field, value);
  if (change.added || change.removed) {
    const parts = [
      ...(change.added?.length ? [`la til ${change.added.map(render).join(', ')}`] : []),
      ...(change.removed?.length ? [`fjernet ${change.removed.map(render).join(', ')}`] : []),
    ];
    return `${label}: ${parts.length ? parts.join('; ') : change.reordered ? 'rekkefølgen endret' : 'endret'}`;
  }
  if (change.before === undefined) return `${label} satt til ${render(change.after)}`;
  if (change.after === undefined) return `${label} fjernet (var ${render(change.before)})`;
  return `${label} endret fra ${render(change.before)} til ${render(change.after)}`;
}

/** A value as a reader writes it: a period as 2023–2025, a status in words, a source by its title. */
function renderValue(field: string, value: unknown): string {
  if (value === undefined || value === null) return '(ingen)';
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  if (typeof value === 'string') return field === 'status' ? (statusLabels[value] ?? value) : value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('start' in record && 'end' in record && Object.keys(record).length === 2) return `${String(record['start'])}–${String(record['end'])}`;
    if (field === 'sources') return record['url'] ? `${String(record['title'])} (${String(record['url'])})` : String(record['title']);
    if (field === 'history') {
      const status = statusLabels[String(record['status'])] ?? String(record['status']);
      return `${String(record['date'])} ${status}${record['note'] ? ` (${String(record['note'])})` : ''}`;
    }
  }
  return JSON.stringify(value);
}
