/**
 * Problems name a field as the file has it («deadline», «note i 2. oppføring i history»): right in a Markdown file,
 * where the key is what the author sees. A form shows labels, so the view says the same problem with the labels
 * («frist», «merknad i 2. oppføring i statushistorikk»). Only a quoted field phrase made wholly of the form's keys
 * is changed; a quoted value is left as written.
 */
import type { Language } from '@strategi/schema';
import type { FieldConfig } from '../form-config.ts';

/** A field's label as it stands inside a sentence. */
const labelOf = (field: FieldConfig, lang: Language) => field.label[lang];

/** The labels by key: top-level fields, and the fields of groups and rows (`history` → `note`). */
function labelsOf(fields: readonly FieldConfig[], lang: Language): { top: Map<string, string>; nested: Map<string, Map<string, string>> } {
  const top = new Map<string, string>();
  const nested = new Map<string, Map<string, string>>();
  for (const field of fields) {
    top.set(field.name, labelOf(field, lang));
    if (field.fields) nested.set(field.name, new Map(field.fields.map((child) => [child.name, labelOf(child, lang)])));
  }
  return { top, nested };
}

/** The phrase with labels, or undefined when it is not a phrase of this form's keys. */
function labelled(phrase: string, labels: ReturnType<typeof labelsOf>): string | undefined {
  // The model's phrase reads from the innermost part out: «note i 2. oppføring i history».
  const parts = phrase.split(' i ');
  const outer = parts.at(-1)!;
  const top = labels.top.get(outer);
  if (top === undefined) return undefined;
  const children = labels.nested.get(outer);
  const inner = parts.slice(0, -1).map((part) => (/^\d+\. oppføring$/.test(part) ? part : children?.get(part)));
  if (inner.some((part) => part === undefined)) return undefined;
  return [...inner, top].join(' i ');
}

/** The message with every quoted field phrase of the form's keys said with its labels. */
export function withLabels(message: string, fields: readonly FieldConfig[], lang: Language): string {
  const labels = labelsOf(fields, lang);
  return message.replace(/«([^«»]+)»/g, (quoted, phrase: string) => {
    const said = labelled(phrase, labels);
    return said === undefined ? quoted : `«${said}»`;
  });
}
