import { createProblem, type Problem, suggest } from '@strategi/problems';
import type { LinkRule } from '../rules/context.ts';
import { placeOfField } from '../rules/context.ts';
import type { Doc, Edition } from '../types.ts';
import { fatesOf, measureIn, promiseOf, wasAdopted } from './commitments.ts';

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

/** Each adopted version with the edition that follows it as a commitment: the next adopted one, or the working draft. */
function adoptedPairs(versions: readonly Edition[], working: Edition | undefined): { earlier: Edition; later: Edition }[] {
  const adopted = versions.filter(wasAdopted);
  return adopted.flatMap((earlier, i) => {
    const later = adopted[i + 1] ?? working;
    return later ? [{ earlier, later }] : [];
  });
}

/** The measures of a version that were part of what it promised: a file slipped in after its release was not. */
function promisedMeasures(edition: Edition): Doc<'measure'>[] {
  const added = new Set(edition.problems.filter((problem) => problem.ruleId === 'version/unexpected-file').map((problem) => problem.file));
  return edition.index.byKind.measure.filter((measure) => !added.has(measure.file));
}

/**
 * The problems of the ledger across versions: a commitment that vanishes without a fate, and a promise reworded
 * without saying why. Drafts between adopted versions are proposals, not commitments, so they are skipped. Each
 * problem belongs to the later edition of the pair.
 */
export function ledgerProblems(versions: readonly Edition[], working: Edition | undefined): Map<Edition, Problem[]> {
  const found = new Map<Edition, Problem[]>();
  for (const { earlier, later } of adoptedPairs(versions, working)) {
    const problems = [...vanishedCommitments(earlier, later), ...rewordedPromises(earlier, later)];
    if (problems.length > 0) found.set(later, [...(found.get(later) ?? []), ...problems]);
  }
  return found;
}

/** A measure of `earlier` that `later` leaves out must be given a fate there: a commitment never disappears in silence. */
function vanishedCommitments(earlier: Edition, later: Edition): Problem[] {
  const strategy = later.index.byKind.strategy[0];
  if (!strategy) return [];
  const declared = new Set(fatesOf(later).map((entry) => entry.measure));
  return promisedMeasures(earlier)
    .filter((measure) => !measureIn(later, measure.id) && !declared.has(measure.id))
    .map((measure) =>
      createProblem(
        'ledger/vanished-measure',
        { measure: measure.id, title: measure.data.title, earlier: earlier.id, later: later.id },
        strategy.file,
        placeOfField(strategy, 'fates'),
      ),
    );
}

/**
 * A measure whose promise `later` words differently must say so in its fates, with `endret` and the reason. The
 * promise is the title: what the measure says will be done. Its text explains and may be edited freely; a new
 * deadline or status is progress, which the status history shows. Only spacing is not a change.
 */
function rewordedPromises(earlier: Edition, later: Edition): Problem[] {
  const explained = new Set(
    fatesOf(later)
      .filter((entry) => entry.fate === 'endret')
      .map((entry) => entry.measure),
  );
  // A file edited after its release no longer holds the promise made; the tampering is reported on its own.
  const tampered = new Set(earlier.problems.filter((problem) => problem.ruleId === 'version/tampered').map((problem) => problem.file));
  return promisedMeasures(earlier).flatMap((before) => {
    const after = measureIn(later, before.id);
    if (tampered.has(before.file)) return [];
    if (!after || promiseOf(after.data.title) === promiseOf(before.data.title)) return [];
    if ([before.id, after.id, ...(after.data.aliases ?? [])].some((id) => explained.has(id))) return [];
    return [
      createProblem(
        'ledger/reworded-promise',
        { measure: after.id, before: before.data.title, after: after.data.title, earlier: earlier.id, later: later.id },
        after.file,
        placeOfField(after, 'title'),
      ),
    ];
  });
}
