import { createProblem, type Problem, suggest } from '@strategi/problems';
import { documentKinds } from '@strategi/schema';
import { classifyLink, documentHref } from '../links/document-link.ts';
import type { BodyLink } from '../parse/parse-file.ts';
import type { AnyDoc } from '../types.ts';
import type { LinkRule } from './context.ts';
import { unknownReference } from './references.ts';

/**
 * Every link in a body is something the site can publish: a document of this version (by relative file path or
 * shorthand, with a heading that exists when it names one), a web or mail address, or a heading of the same document.
 * Nothing is dropped silently: anything else is reported where it is written.
 */
export const bodyLinksResolve: LinkRule = (context) =>
  context.documents.flatMap((doc) =>
    doc.links.flatMap((link): Problem[] => {
      const classified = classifyLink(link.url, doc.path);
      if (classified.type === 'external') return [];
      if (classified.type === 'fragment') return sameDocumentHeading(doc, link);
      if (classified.type === 'problem') {
        if (classified.rule === 'link/unknown-scheme') {
          const schemes = classified.args.schemes;
          return [createProblem('link/unknown-scheme', { ...classified.args, suggestion: suggest(classified.args.scheme, schemes) }, doc.file, link)];
        }
        return [createProblem(classified.rule as 'link/malformed', classified.args as never, doc.file, link)];
      }
      const { kind, id, fragment, form } = classified.target;
      // A path names the strategy by its file; the shorthand by its id.
      const found = kind === 'strategy' && form === 'path' ? context.index.strategy : context.index.resolve(id);
      if (!found && context.invalidIds.has(id)) return [];
      if (!found) return [unknownReference(context, doc, kind, id, 'lenken', link)];
      if (found.kind !== kind) {
        const right = form === 'path' ? documentHref(doc.path, found.kind, found.id) : `${documentKinds[found.kind].link}:${found.id}`;
        return [
          createProblem(
            'link/wrong-kind',
            { id, actual: documentKinds[found.kind].words.nb.indefinite, expected: documentKinds[kind].words.nb.indefinite, link: right },
            doc.file,
            link,
          ),
        ];
      }
      if (fragment !== undefined && !found.headings.includes(fragment)) {
        return [
          createProblem(
            'link/unknown-heading',
            { fragment, id: found.id, suggestion: suggest(fragment, found.headings), headings: found.headings },
            doc.file,
            link,
          ),
        ];
      }
      return [];
    }),
  );

/** `[…](#bakgrunn)`: a heading of the document itself, by the slug the validator and the page give it. */
function sameDocumentHeading(doc: AnyDoc, link: BodyLink): Problem[] {
  const fragment = link.url.slice(1);
  if (fragment === '' || doc.headings.includes(fragment) || doc.headings.includes(safeDecode(fragment))) return [];
  return [createProblem('link/unknown-heading', { fragment, id: doc.id, suggestion: suggest(fragment, doc.headings), headings: doc.headings }, doc.file, link)];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
