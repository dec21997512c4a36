/**
 * A suggestion applied to a document's file as the editor would save it: the file parsed with the model's parser,
 * the suggestion applied to its body (`applySuggestion`), and the new text checked with the whole working draft
 * the way `strategi validate` and the web editor's save check it. Nothing is written: the caller writes the text
 * with the model's atomic writers when it is planned.
 */
import { checkPlannedFiles, type LoadOptions, limits, parseFile, updateFrontmatter } from '@strategi/model';
import type { DocumentSource } from './locate.ts';
import { findQuote } from './quote.ts';
import { applySuggestion, type Suggestion, type SuggestionRefusal } from './suggestion.ts';

type Problem = Awaited<ReturnType<typeof checkPlannedFiles>>['problems'][number];

export interface PlannedSuggestion {
  /** The content folder, and the document's file relative to it. */
  contentFolder: string;
  file: string;
  /** The file's text as it is now. */
  text: string;
  suggestion: Suggestion;
  options?: LoadOptions;
}

export type SuggestionPlan = { planned: true; text: string } | { planned: false; refusal: SuggestionRefusal | 'invalid'; problems: Problem[] };

/** The body and the frontmatter's string fields of a file's text, as `locateQuote` reads them. */
export function documentSource(text: string): DocumentSource {
  const parsed = parseFile(text, limits);
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  const fields = Object.entries(data).flatMap(([key, value]) => {
    const range = parsed.values[key];
    return typeof value === 'string' && range ? [{ value, line: range.line, column: range.column }] : [];
  });
  return { body: parsed.body, bodyLine: parsed.bodyLine, fields };
}

/**
 * The text with the suggestion applied to the first string field that holds the passage exactly (the title is on
 * the page too), through the model's frontmatter writer, which keeps every other line as it was.
 */
function inField(text: string, suggestion: Suggestion): string | undefined {
  const data = parseFile(text, limits).data;
  if (typeof data !== 'object' || data === null) return undefined;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') continue;
    const found = findQuote(value, suggestion.quote);
    if (found?.kind !== 'exact') continue;
    return updateFrontmatter(text, { [key]: value.slice(0, found.start) + suggestion.replacement + value.slice(found.end) });
  }
  return undefined;
}

/** The file's new text with the suggestion applied, or why not: the passage, the Markdown, or the errors it would bring. */
export async function planSuggestion(input: PlannedSuggestion): Promise<SuggestionPlan> {
  const source = documentSource(input.text);
  const result = applySuggestion(source, input.suggestion);
  let text = input.text;
  if (result.applied) {
    // The body is the file's tail, of the same length as parsed (a lone CR read as LF), so edits splice into the text.
    const bodyStart = input.text.length - source.body.length;
    for (const edit of [...result.edits].reverse()) text = text.slice(0, bodyStart + edit.start) + edit.text + text.slice(bodyStart + edit.end);
  } else {
    const changed = result.refusal === 'in-field' ? inField(input.text, input.suggestion) : undefined;
    if (changed === undefined) return { planned: false, refusal: result.refusal, problems: [] };
    text = changed;
  }
  const { problems } = await checkPlannedFiles(input.contentFolder, [{ relative: input.file, text }], input.options);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) return { planned: false, refusal: 'invalid', problems: errors };
  return { planned: true, text };
}
