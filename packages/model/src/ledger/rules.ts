import { createProblem, type Problem, suggest } from '@strategi/problems';
import type { LinkRule } from '../rules/context.ts';
import { placeOfField } from '../rules/context.ts';
import type { Edition } from '../types.ts';
import { fatesOf, measureIn, wasAdopted } from './commitments.ts';

/** The fates that name the measure that carries a commitment on must name one that exists in the same edition. */
export const fatesHaveSuccessors: LinkRule = (context) =>
  context.index.byKind.strategy.flatMap((strategy) =>
    strategy.data.fates.flatMap((entry, i): Problem[] => {
      const place = placeOfField(strategy, `fates.${i}.successor`);
      if (entry.successor === undefined) {
        if (entry.fate !== 'slått-sammen' && entry.fate !== 'erstattet') return [];
        return [
          createProblem('ledger/successor-missing', { measure: entry.measure, fate: entry.fate }, strategy.file, placeOfField(strategy, `fates.${i}.fate`)),
        ];
      }
      const found = context.byId.get(entry.successor) ?? context.aliases.get(entry.successor);
      if (found?.kind === 'measure') return [];
      const measures = context.index.byKind.measure.map((measure) => measure.id);
      return [createProblem('ledger/unknown-successor', { successor: entry.successor, suggestion: suggest(entry.successor, measures) }, strategy.file, place)];
    }),
  );

/**
 * A measure of an adopted version that the next edition (the next adopted version, or the working draft after the
 * last one) leaves out must be given a fate there: a commitment never disappears in silence. Drafts in between are
 * proposals, not commitments, so they are skipped. Each problem belongs to the later edition.
 */
export function vanishedCommitments(versions: readonly Edition[], working: Edition | undefined): Map<Edition, Problem[]> {
  const found = new Map<Edition, Problem[]>();
  const adopted = versions.filter(wasAdopted);
  adopted.forEach((earlier, i) => {
    const later = adopted[i + 1] ?? working;
    const strategy = later?.index.byKind.strategy[0];
    if (!later || !strategy) return;
    const declared = new Set(fatesOf(later).map((entry) => entry.measure));
    // A file slipped into a version after its release was never part of what was promised.
    const added = new Set(earlier.problems.filter((problem) => problem.ruleId === 'version/unexpected-file').map((problem) => problem.file));
    const problems = earlier.index.byKind.measure
      .filter((measure) => !added.has(measure.file) && !measureIn(later, measure.id) && !declared.has(measure.id))
      .map((measure) =>
        createProblem(
          'ledger/vanished-measure',
          { measure: measure.id, title: measure.data.title, earlier: earlier.id, later: later.id },
          strategy.file,
          placeOfField(strategy, 'fates'),
        ),
      );
    if (problems.length > 0) found.set(later, problems);
  });
  return found;
}
