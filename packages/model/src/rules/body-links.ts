import { createProblem, suggest } from '@strategi/problems';
import { documentKindNames, documentKinds, kindForLinkScheme } from '@strategi/schema';
import { parseDocumentLink } from '../graph.ts';
import type { LinkRule } from './context.ts';
import { resolve, unknownReference } from './references.ts';

const schemes = documentKindNames.map((kind) => documentKinds[kind].linkScheme);

/** Links in the Markdown body (`[tiltaket](tiltak:T-12)`) use a known scheme and point at a document of that kind. */
export const bodyLinksResolve: LinkRule = (context) =>
  context.documents.flatMap((doc) =>
    doc.links.flatMap((link) => {
      const target = parseDocumentLink(link.url);
      if (!target) return [];
      const kind = kindForLinkScheme(target.scheme);
      if (!kind) {
        return [createProblem('link/unknown-scheme', { scheme: target.scheme, schemes, suggestion: suggest(target.scheme, schemes) }, doc.file, link)];
      }
      const found = resolve(context, target.id);
      if (!found && context.invalidIds.has(target.id)) return [];
      if (!found) return [unknownReference(context, doc, kind, target.id, 'lenken', link)];
      if (found.kind !== kind) {
        return [
          createProblem(
            'link/wrong-kind',
            {
              id: target.id,
              actual: documentKinds[found.kind].indefinite,
              expected: documentKinds[kind].indefinite,
              scheme: documentKinds[found.kind].linkScheme,
            },
            doc.file,
            link,
          ),
        ];
      }
      return [];
    }),
  );
