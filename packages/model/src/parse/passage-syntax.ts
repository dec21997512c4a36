/**
 * The one block syntax a body has besides CommonMark and GFM: a container directive (the generic directive syntax
 * that Starlight's asides and Docusaurus's admonitions use), read with the micromark and mdast extensions that
 * remark-directive is made of.
 *
 * Only the container construct is taken, and for rendering only when it is named `:::eksempel`. The generic syntax
 * also reads `:word` inside a sentence (`Merk:dette`, `kl.10:30`, `kontakt:post@ks.no`) and a line `::word` as
 * directives; Starlight turns those it does not handle back into their source text, but a sentence split that way
 * has already lost an e-mail autolink, and a `::word` line has already broken its paragraph in three. Never reading
 * them keeps every text written before this syntax rendering exactly as it did.
 */
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Code, Construct, Extension, State, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';

const COLON = 58;
/** Codes after a name at which a container's opening line can go on: end of text, a line ending, space, `[`, `{`. */
const afterName = (code: Code) => code === null || code < 0 || code === 32 || code === 91 || code === 123;

/** remark-directive's container construct: `:::name[label]{attributes}`, its content, a closing `:::` line. */
const container = (directive().flow as Record<number, Construct[]>)[COLON]!.find((construct) => construct.concrete)!;

/** The container construct, for a block whose name is exactly `name` (any other fence stays the text it was). */
function namedContainer(name: string): Construct {
  const codes = [...name].map((char) => char.charCodeAt(0));
  const opening: Construct = {
    partial: true,
    tokenize(effects, ok, nok) {
      let colons = 0;
      let at = 0;
      const sequence: State = (code) => {
        if (code === COLON) {
          colons++;
          effects.consume(code);
          return sequence;
        }
        return colons >= 3 ? letters(code) : nok(code);
      };
      const letters: State = (code) => {
        if (at === codes.length) {
          if (!afterName(code)) return nok(code);
          effects.exit('directiveContainerFence');
          return ok(code);
        }
        if (code !== codes[at]) return nok(code);
        at++;
        effects.consume(code);
        return letters;
      };
      // Only looked at, never kept (`effects.check`); the token is there because micromark consumes into one.
      return (code) => {
        effects.enter('directiveContainerFence');
        return sequence(code);
      };
    },
  };
  return {
    concrete: true,
    tokenize(this: TokenizeContext, effects, ok, nok) {
      return effects.check(opening, container.tokenize.call(this, effects, ok, nok), nok);
    },
  };
}

/**
 * Adds container blocks to a remark parser: only those named `only`, or without it every container whatever its
 * name (for finding misspelt and unknown blocks). `verbose` records where each opening and closing fence is
 * (`data.position.opening` and `.closing`), so an unclosed block can be told from a closed one.
 */
export function containerBlocks(this: Processor, options: { only?: string; verbose?: boolean }): undefined {
  const data = this.data();
  const syntax: Extension = { flow: { [COLON]: options.only === undefined ? container : namedContainer(options.only) } };
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), syntax];
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), directiveFromMarkdown({ verbose: options.verbose ?? false })];
}
