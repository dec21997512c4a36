import { createProblem, type Problem, suggestName } from '@strategi/problems';
import { type DeclarableVocabulary, fieldsOf, isDeclarable, type SiteSettings } from '@strategi/schema';
import { showInvisible } from '../parse/invisible.ts';
import type { AnyDoc } from '../types.ts';
import { fieldPhrase } from '../validate/field-path.ts';
import { declaredVocabulary } from '../vocabulary.ts';

/**
 * Every value of a declared list (a measure's `sectors`, an actor's `kind`, an input's `senderKind`) that the
 * strategy's list does not have, as the schema reports a value outside a closed list: at the value, with
 * did-you-mean over codes and names. A document need not be read from a file: an import's row gives its cells'
 * places as `positions`.
 */
export function declaredValueProblems(
  documents: readonly (Pick<AnyDoc, 'kind' | 'file' | 'positions'> & { data: unknown })[],
  settings: SiteSettings | undefined,
): Problem[] {
  const lists = new Map<DeclarableVocabulary, ReturnType<typeof declaredVocabulary>>();
  const listOf = (name: DeclarableVocabulary) => {
    if (!lists.has(name)) lists.set(name, declaredVocabulary(settings, name));
    return lists.get(name)!;
  };
  return documents.flatMap((doc) =>
    fieldsOf(doc.kind)
      .filter((field) => isDeclarable(field.vocabulary))
      .flatMap((field) => {
        const { values, labels } = listOf(field.vocabulary as DeclarableVocabulary);
        const raw = (doc.data as Record<string, unknown>)[field.key];
        const entries = field.list
          ? ((raw as unknown[] | undefined) ?? []).map((value, index) => [value, [field.key, index]] as const)
          : [[raw, [field.key]] as const];
        return entries.flatMap(([value, path]) => {
          if (typeof value !== 'string' || values.includes(value)) return [];
          const place = doc.positions.values[path.join('.')] ?? doc.positions.keys[field.key] ?? { line: 1, column: 1 };
          const suggestion = suggestName(value, values, (code) => Object.values(labels[code] ?? {}));
          return [
            createProblem('schema/invalid-value', { field: fieldPhrase(path), value: showInvisible(value), options: [...values], suggestion }, doc.file, place),
          ];
        });
      }),
  );
}
