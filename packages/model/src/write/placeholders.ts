import { type DocumentKind, documentKindNames, documentKinds } from '@strategi/schema';

/**
 * The body `strategi new` writes in a new document, in the document's written form, from the registry's
 * `placeholder`. The validator warns about the same texts (rules/placeholders.ts), so that the text the command
 * writes and the text the validator finds are one.
 */
export function placeholderFor(kind: DocumentKind, lang: string): string {
  const byLanguage: Partial<Record<string, string>> = documentKinds[kind].placeholder;
  return byLanguage[lang] ?? FALLBACK_PLACEHOLDER;
}

const FALLBACK_PLACEHOLDER = 'Describe the document here.';

/** Every placeholder text, in any language, for the validator. */
export const placeholderTexts: readonly string[] = [
  ...new Set([...documentKindNames.flatMap((kind) => Object.values(documentKinds[kind].placeholder as Record<string, string>)), FALLBACK_PLACEHOLDER]),
];
