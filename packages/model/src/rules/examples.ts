import { createProblem, suggest } from '@strategi/problems';
import { documentKinds, EXAMPLE_BODY, exampleFields } from '@strategi/schema';
import { type LinkRule, placeOfField } from './context.ts';

/** Fields that never hold facts, so marking them as examples means nothing. */
const notFacts = new Set(['id', 'example', 'internalNote', 'aliases', 'lang', 'sources', 'seal']);

/** Every name in a per-field `example` list is a field of the document's kind, or `body` for its text. */
export const exampleFieldsExist: LinkRule = (context) =>
  context.documents.flatMap((doc) => {
    const names = exampleFields(doc.data);
    if (names.length === 0) return [];
    const fields = [...Object.keys(documentKinds[doc.kind].schema.shape).filter((field) => !notFacts.has(field)), EXAMPLE_BODY];
    return names.flatMap((field, i) =>
      fields.includes(field)
        ? []
        : [
            createProblem(
              'example/unknown-field',
              { field, kind: documentKinds[doc.kind].words.nb.indefinite, suggestion: suggest(field, fields), fields },
              doc.file,
              placeOfField(doc, `example.${i}`),
            ),
          ],
    );
  });
