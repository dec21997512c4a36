/**
 * The sectors, kinds of actors and kinds of senders an edition is read with: the strategy's own lists
 * (nettsted.yaml), or the schema's when it declares none. Filters, labels and the open data's codes take them here.
 */
import type { UiLang } from '@strategi/i18n';
import { type DeclaredVocabulary, declaredVocabulary, type Edition } from '@strategi/model';
import type { DeclarableVocabulary } from '@strategi/schema';

export function listOf(edition: Pick<Edition, 'vocabularies'> | undefined, name: DeclarableVocabulary): DeclaredVocabulary {
  return edition?.vocabularies?.[name] ?? declaredVocabulary(undefined, name);
}

/** A code's name for readers; the code itself when the list does not have it. */
export function codeLabel(edition: Pick<Edition, 'vocabularies'> | undefined, name: DeclarableVocabulary, code: string, lang: UiLang): string {
  return listOf(edition, name).labels[code]?.[lang] ?? code;
}
