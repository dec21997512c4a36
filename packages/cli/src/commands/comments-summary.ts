/**
 * `strategi comments --summary`: per round, how many comments are open, resolved and accepted, in all, per
 * document and per reviewer — the numbers the review server's overview shows, from the same `reviewSummary`.
 */
import { osloTime, type RoundSummary, type SummaryFilter, type Tally } from '@strategi/review';
import { UsageError } from '../io.ts';

const states = ['open', 'resolved'] as const;

export function summaryFilter(values: { round?: string | undefined; reviewer?: string | undefined; state?: string | undefined }): SummaryFilter {
  if (values.state !== undefined && !(states as readonly string[]).includes(values.state)) {
    throw new UsageError(`Ukjent tilstand «${values.state}».`, 'Bruk --state open eller --state resolved.');
  }
  return { round: values.round, reviewer: values.reviewer, state: values.state as SummaryFilter['state'] };
}

const tally = (t: Tally) => `${t.open} åpne, ${t.resolved} løst, ${t.accepted} tatt til følge`;

export function summaryText(summaries: RoundSummary[]): string {
  if (summaries.length === 0) return 'Ingen kommentarer.';
  const lines: string[] = [];
  for (const summary of summaries) {
    const { round } = summary;
    lines.push(
      round
        ? `${round.name} (${round.kind}, ${round.edition}, frist ${osloTime(round.deadline)}${round.closedAt ? ', avsluttet' : ''})`
        : 'Utenfor kommentarrundene',
      `  I alt: ${tally(summary.total)}`,
    );
    if (summary.byDocument.length > 0) lines.push('  Per dokument:', ...summary.byDocument.map((entry) => `    ${entry.document}: ${tally(entry.tally)}`));
    if (summary.byReviewer.length > 0) lines.push('  Per leser:', ...summary.byReviewer.map((entry) => `    ${entry.reviewer}: ${tally(entry.tally)}`));
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}
