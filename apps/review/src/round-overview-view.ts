/**
 * The editors' overview of the review rounds as HTML: a filter form (round, reviewer, state) and per round how many
 * comments are open, resolved and accepted, in all, per document and per reviewer — `reviewSummary`'s numbers, the
 * same `strategi comments --summary` prints.
 */
import { escapeHtml, osloTime, type Round, type RoundSummary, type SummaryFilter, type Tally } from '@strategi/review';

const kindNames = { intern: 'intern gjennomlesing', foreleggelse: 'foreleggelse' } as const;

function tallyTable(caption: string, heading: string, rows: { name: string; tally: Tally }[]): string {
  const body = rows
    .map((row) => `<tr><th scope="row">${escapeHtml(row.name)}</th><td>${row.tally.open}</td><td>${row.tally.resolved}</td><td>${row.tally.accepted}</td></tr>`)
    .join('');
  return `<table class="review-table"><caption>${escapeHtml(caption)}</caption><thead><tr><th scope="col">${heading}</th><th scope="col">Åpne</th><th scope="col">Løst</th><th scope="col">Tatt til følge</th></tr></thead><tbody>${body}</tbody></table>`;
}

function roundSection(summary: RoundSummary, index: number): string {
  const { round } = summary;
  const title = round ? round.name : 'Utenfor kommentarrundene';
  const facts = round
    ? `<p>${escapeHtml(kindNames[round.kind])} om ${escapeHtml(round.edition)}, frist ${escapeHtml(osloTime(round.deadline))} (norsk tid), ${
        round.closedAt ? `avsluttet ${escapeHtml(osloTime(round.closedAt))}` : 'åpen'
      }${round.caseNumber ? `, saksnummer ${escapeHtml(round.caseNumber)}` : ''}.</p>`
    : '';
  const id = `runde-${index + 1}`;
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>${facts}${tallyTable(`${title}: i alt`, 'Kommentarer', [
    { name: 'I alt', tally: summary.total },
  ])}${
    summary.byDocument.length
      ? tallyTable(
          `${title}: per dokument`,
          'Dokument',
          summary.byDocument.map((entry) => ({ name: entry.document, tally: entry.tally })),
        )
      : ''
  }${
    summary.byReviewer.length
      ? tallyTable(
          `${title}: per leser`,
          'Leser',
          summary.byReviewer.map((entry) => ({ name: entry.reviewer, tally: entry.tally })),
        )
      : ''
  }</section>`;
}

function filterForm(rounds: Round[], filter: SummaryFilter): string {
  const option = (value: string, label: string, selected: boolean) =>
    `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  const roundOptions = [
    option('', 'Alle runder', filter.round === undefined),
    ...rounds.map((round) => option(round.name, round.name, filter.round === round.name)),
  ];
  const stateOptions = [
    option('', 'Alle', filter.state === undefined),
    option('open', 'Åpne', filter.state === 'open'),
    option('resolved', 'Løst', filter.state === 'resolved'),
  ];
  return `<form method="get" action="/_review/runder" class="review-filter">
<p><label for="runde">Runde</label> <select id="runde" name="runde">${roundOptions.join('')}</select></p>
<p><label for="leser">Leser</label> <input id="leser" name="leser" value="${escapeHtml(filter.reviewer ?? '')}"></p>
<p><label for="tilstand">Tilstand</label> <select id="tilstand" name="tilstand">${stateOptions.join('')}</select></p>
<p><button type="submit">Vis</button></p>
</form>`;
}

export function roundOverviewHtml(rounds: Round[], summaries: RoundSummary[], filter: SummaryFilter): string {
  const body = summaries.length ? summaries.map(roundSection).join('') : '<p class="review-empty">Ingen kommentarer passer med utvalget.</p>';
  return `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>Kommentarrundene – gjennomlesing</title>
    <link rel="stylesheet" href="/_review/kommentarer.css">
  </head>
  <body class="review-status-page">
    <main>
      <h1>Kommentarrundene</h1>
      ${filterForm(rounds, filter)}
      ${body}
    </main>
  </body>
</html>
`;
}
