/**
 * The editors' overview of the review rounds as HTML: a filter form (round, reviewer, state) and per round how many
 * comments are open, resolved and accepted, in all, per document and per reviewer — `reviewSummary`'s numbers, the
 * same `strategi comments --summary` prints — in the preview's language.
 */
import { type Messages, type UiLang, ui } from '@strategi/i18n';
import { escapeHtml, type Round, type RoundSummary, type SummaryFilter, type Tally } from '@strategi/review';
import { reviewPageHtml } from './status-pages.ts';
import { readerTime } from './time.ts';

type Words = Messages['reviewServer']['rounds'];

function tallyTable(t: Words, caption: string, heading: string, rows: { name: string; tally: Tally }[]): string {
  const body = rows
    .map((row) => `<tr><th scope="row">${escapeHtml(row.name)}</th><td>${row.tally.open}</td><td>${row.tally.resolved}</td><td>${row.tally.accepted}</td></tr>`)
    .join('');
  const { open, resolved, accepted } = t.columns;
  return `<table class="review-table"><caption>${escapeHtml(caption)}</caption><thead><tr><th scope="col">${heading}</th><th scope="col">${open}</th><th scope="col">${resolved}</th><th scope="col">${accepted}</th></tr></thead><tbody>${body}</tbody></table>`;
}

function roundFacts(t: Words, round: Round, lang: UiLang): string {
  const facts = [
    t.facts(escapeHtml(t.kinds[round.kind]), escapeHtml(round.edition), escapeHtml(readerTime(round.deadline, lang))),
    round.closedAt ? t.closed(escapeHtml(readerTime(round.closedAt, lang))) : t.open,
    ...(round.caseNumber ? [t.caseNumber(escapeHtml(round.caseNumber))] : []),
  ];
  return `<p>${facts.join(', ')}.</p>`;
}

function roundSection(t: Words, summary: RoundSummary, index: number, lang: UiLang): string {
  const { round } = summary;
  const title = round ? round.name : t.outside;
  const id = `runde-${index + 1}`;
  const tables = [
    tallyTable(t, t.caption.total(title), t.columns.comments, [{ name: t.total, tally: summary.total }]),
    summary.byDocument.length
      ? tallyTable(
          t,
          t.caption.byDocument(title),
          t.columns.document,
          summary.byDocument.map((entry) => ({ name: entry.document, tally: entry.tally })),
        )
      : '',
    summary.byReviewer.length
      ? tallyTable(
          t,
          t.caption.byReviewer(title),
          t.columns.reviewer,
          summary.byReviewer.map((entry) => ({ name: entry.reviewer, tally: entry.tally })),
        )
      : '',
  ];
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>${round ? roundFacts(t, round, lang) : ''}${tables.join('')}</section>`;
}

function filterForm(t: Words, rounds: Round[], filter: SummaryFilter): string {
  const option = (value: string, label: string, selected: boolean) =>
    `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  const roundOptions = [
    option('', t.filter.allRounds, filter.round === undefined),
    ...rounds.map((round) => option(round.name, round.name, filter.round === round.name)),
  ];
  const stateOptions = [
    option('', t.filter.all, filter.state === undefined),
    option('open', t.filter.open, filter.state === 'open'),
    option('resolved', t.filter.resolved, filter.state === 'resolved'),
  ];
  return `<form method="get" action="/_review/runder" class="review-filter">
<p><label for="runde">${t.filter.round}</label> <select id="runde" name="runde">${roundOptions.join('')}</select></p>
<p><label for="leser">${t.filter.reviewer}</label> <input id="leser" name="leser" value="${escapeHtml(filter.reviewer ?? '')}"></p>
<p><label for="tilstand">${t.filter.state}</label> <select id="tilstand" name="tilstand">${stateOptions.join('')}</select></p>
<p><button type="submit">${t.filter.show}</button></p>
</form>`;
}

export function roundOverviewHtml(rounds: Round[], summaries: RoundSummary[], filter: SummaryFilter, lang: UiLang): string {
  const t = ui(lang).reviewServer.rounds;
  const body = summaries.length ? summaries.map((summary, index) => roundSection(t, summary, index, lang)).join('') : `<p class="review-empty">${t.empty}</p>`;
  return reviewPageHtml(t.title, `${filterForm(t, rounds, filter)}\n${body}`, lang);
}
