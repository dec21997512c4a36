/**
 * A suggestion applied to a document's file as the editor would save it: the file parsed with the model's parser,
 * the suggestion applied to its body (`applySuggestion`), and the new text checked with the whole working draft
 * the way `strategi validate` and the web editor's save check it. Nothing is written: the caller writes the text
 * with the model's atomic writers when it is planned.
 */
import { checkPlannedFiles, type LoadOptions, limits, parseFile } from '@strategi/model';
import type { DocumentSource } from './locate.ts';
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

/** The file's new text with the suggestion applied, or why not: the passage, the Markdown, or the errors it would bring. */
export async function planSuggestion(input: PlannedSuggestion): Promise<SuggestionPlan> {
  const source = documentSource(input.text);
  const result = applySuggestion(source, input.suggestion);
  if (!result.applied) return { planned: false, refusal: result.refusal, problems: [] };
  // The body is the file's tail, of the same length as parsed (a lone CR read as LF), so edits splice into the text.
  const bodyStart = input.text.length - source.body.length;
  let text = input.text;
  for (const edit of [...result.edits].reverse()) text = text.slice(0, bodyStart + edit.start) + edit.text + text.slice(bodyStart + edit.end);
  const { problems } = await checkPlannedFiles(input.contentFolder, [{ relative: input.file, text }], input.options);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) return { planned: false, refusal: 'invalid', problems: errors };
  return { planned: true, text };
}
