import type { DeclarableVocabulary, Language, SiteSettings } from '@strategi/schema';
import { declarableVocabularies, vocabularies } from '@strategi/schema';

/** A list of codes with their labels for readers, as the strategy declares it. */
export interface DeclaredVocabulary {
  values: readonly string[];
  labels: Readonly<Record<string, Record<Language, string>>>;
}

/**
 * The sectors, actor kinds or sender kinds of a strategy: the list in its settings (nettsted.yaml), in the order written there,
 * or the schema's list when it declares none. The one source for validation, the site's labels and filters, the
 * open data's codes and the editor's pickers.
 */
export function declaredVocabulary(settings: SiteSettings | undefined, name: DeclarableVocabulary): DeclaredVocabulary {
  const declared = settings?.[declarableVocabularies[name].setting];
  if (!declared) return vocabularies[name];
  const labels = Object.fromEntries(
    Object.entries(declared).map(([code, label]) => [code, { nb: label.nb, nn: label.nn ?? label.nb, en: label.en ?? label.nb }]),
  );
  return { values: Object.keys(declared), labels };
}
