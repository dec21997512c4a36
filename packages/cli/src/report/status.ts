import { ui } from '@strategi/i18n';
import {
  compareDocs,
  type Dashboard,
  type Doc,
  dashboard,
  type Edition,
  type IndicatorStatus,
  indicatorStatuses,
  isOverdue,
  type LanguageShare,
  languageShare,
  lix,
  MINIMUM_LANGUAGE_SHARE,
  measureStatus,
  titleOf,
} from '@strategi/model';
import { csvText } from '@strategi/model/csv';
import { compareIds, languages, type MeasureStatus, measureStatuses, measureStatusVocabulary } from '@strategi/schema';

type StatusCounts = Record<MeasureStatus, number> & { total: number };

interface StatusRow {
  id: string;
  title: string;
  counts: StatusCounts;
}

/** What `strategi status` reports on one edition. */
export interface StatusReport {
  edition: string;
  today: string;
  measures: number;
  byFocusArea: StatusRow[];
  byResponsible: StatusRow[];
  overdue: { id: string; title: string; deadline: string; status: MeasureStatus; responsible: string[] }[];
  goalsWithoutMeasure: { id: string; title: string }[];
  languages: { lang: string; documents: number; share: number }[];
  /** Bokmål and nynorsk in the public text of each version given, in words (språklova § 13: at least 25 % of each). */
  languageShare: LanguageShare[];
  /** The reader's dashboard per focus area and goal, the same object the site's dashboard shows. */
  dashboard: Dashboard;
  lix: { documents: { id: string; title: string; words: number; lix: number }[]; min?: number; median?: number; max?: number };
}

const emptyCounts = (): StatusCounts => ({ ...(Object.fromEntries(measureStatuses.map((status) => [status, 0])) as Record<MeasureStatus, number>), total: 0 });

/**
 * Counts, lists and figures for one edition, as of `today` (YYYY-MM-DD). A measure's status is the model's
 * `measureStatus` that day (the text's dated history, or a later progress report of `reports` published by then),
 * the answer the site shows; references are followed through the model's graph, so a renamed goal or actor keeps
 * its measures.
 */
export function statusReport(
  edition: Edition,
  today: string,
  reports: readonly Doc<'progressReport'>[] = [],
  versions: readonly Edition[] = [edition],
): StatusReport {
  const { index } = edition;
  const measures = index.byKind.measure;
  const sources = { edition, reports };
  const statusOf = (measure: Doc<'measure'>) => measureStatus(edition, measure, { at: today, reports }).status;
  const count = (rows: Map<string, StatusRow>, id: string, title: string, measure: Doc<'measure'>) => {
    const row = rows.get(id) ?? { id, title, counts: emptyCounts() };
    row.counts[statusOf(measure)]++;
    row.counts.total++;
    rows.set(id, row);
  };

  const byFocusArea = new Map<string, StatusRow>(
    index.byKind.focusArea.map((area) => [area.id, { id: area.id, title: area.data.title, counts: emptyCounts() }]),
  );
  const byResponsible = new Map<string, StatusRow>();
  for (const measure of measures) {
    const areas = new Set(index.targets<'goal'>(measure, 'goals').flatMap((goal) => index.targets<'focusArea'>(goal, 'focusArea')));
    for (const area of areas) count(byFocusArea, area.id, area.data.title, measure);
    for (const actor of index.targets<'actor'>(measure, 'responsible')) count(byResponsible, actor.id, actor.data.shortName ?? actor.data.name, measure);
  }

  // A measure without a deadline is never overdue, so every row here has one.
  const overdue = measures.flatMap((measure) => {
    const { deadline } = measure.data;
    if (deadline === undefined || !isOverdue(measure, today, sources)) return [];
    return [
      {
        id: measure.id,
        title: measure.data.title,
        deadline,
        status: statusOf(measure),
        responsible: index.targets(measure, 'responsible').map((actor) => actor.id),
      },
    ];
  });

  const goalsWithoutMeasure = index.byKind.goal
    .filter((goal) => index.sources(goal, 'measure.goals').length === 0)
    .map((goal) => ({ id: goal.id, title: goal.data.title }));

  const total = edition.documents.length;
  const languageRows = languages.map((lang) => {
    const documents = edition.documents.filter((doc) => doc.data.lang === lang).length;
    return { lang, documents, share: total ? documents / total : 0 };
  });

  const lixRows = [...edition.documents].sort(compareDocs).flatMap((doc) => {
    const value = lix(doc.stats);
    return value === undefined ? [] : [{ id: doc.id, title: titleOf(doc), words: doc.stats.words, lix: value }];
  });
  const values = lixRows.map((row) => row.lix).sort((a, b) => a - b);

  return {
    edition: edition.id,
    today,
    measures: measures.length,
    byFocusArea: [...byFocusArea.values()],
    byResponsible: [...byResponsible.values()].sort((a, b) => compareIds(a.id, b.id)),
    overdue,
    goalsWithoutMeasure,
    languages: languageRows,
    languageShare: versions.map(languageShare),
    dashboard: dashboard(edition, today, reports),
    lix: { documents: lixRows, ...(values.length ? { min: values[0]!, median: median(values), max: values.at(-1)! } : {}) },
  };
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round(((sorted[middle - 1]! + sorted[middle]!) / 2) * 10) / 10;
}

const statusNames = Object.fromEntries(measureStatuses.map((status) => [status, measureStatusVocabulary.labels[status].nb.toLowerCase()])) as Record<
  MeasureStatus,
  string
>;
/** The rule's statuses, and the owners' verdict in the same words, as the site says them in bokmål. */
const verdictNames = Object.fromEntries(indicatorStatuses.map((status) => [status, ui('nb').indicators.status[status].toLowerCase()])) as Record<
  IndicatorStatus,
  string
>;
const percent = (share: number) => `${Math.round(share * 100)} %`;
const languageNames = { nb: 'bokmål', nn: 'nynorsk' } as const;

/** A plain text table with columns padded to their widest cell; numbers right-aligned. */
function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => [...(row[i] ?? '')].length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === 'number'));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function statusToText(report: StatusReport): string {
  const statusTable = (first: string, rows: StatusRow[]) =>
    table(
      [first, 'Navn', ...measureStatuses.map((s) => statusNames[s]), 'sum'],
      rows.map((row) => [row.id, row.title, ...measureStatuses.map((s) => row.counts[s]), row.counts.total]),
    );
  const out = [`Status for «${report.edition}» per ${report.today}: ${report.measures} tiltak`, ''];
  out.push('Tiltak per innsatsområde', statusTable('Område', report.byFocusArea), '');
  out.push('Tiltak per ansvarlig aktør', statusTable('Aktør', report.byResponsible), '');
  out.push(`Forsinkede tiltak: frist passert, ikke fullført eller stanset (${report.overdue.length})`);
  out.push(
    report.overdue.length
      ? table(
          ['Tiltak', 'Tittel', 'Frist', 'Status', 'Ansvarlig'],
          report.overdue.map((m) => [m.id, m.title, m.deadline, statusNames[m.status], m.responsible.join(', ')]),
        )
      : 'Ingen.',
    '',
  );
  out.push(`Mål uten tiltak (${report.goalsWithoutMeasure.length})`);
  out.push(
    report.goalsWithoutMeasure.length
      ? table(
          ['Mål', 'Tittel'],
          report.goalsWithoutMeasure.map((g) => [g.id, g.title]),
        )
      : 'Ingen.',
    '',
  );
  // Each indicator once per goal it follows: the goals hold them, the focus areas repeat them.
  const indicators = report.dashboard.focusAreas.flatMap((area) => area.goals.flatMap((goal) => goal.indicators));
  out.push(`Indikatorer: status etter regelen ved siden av eiernes vurdering av målets tiltak (${indicators.length})`);
  out.push(
    indicators.length
      ? table(
          ['Mål', 'Indikator', 'Etter regelen', 'Eierne', 'Spriker'],
          indicators.map((entry) => [
            entry.goal,
            entry.indicator,
            verdictNames[entry.computed],
            entry.owners ? verdictNames[entry.owners] : '–',
            entry.disagree ? 'ja' : 'nei',
          ]),
        )
      : 'Ingen.',
    '',
  );
  out.push(
    'Målform',
    table(
      ['Målform', 'Dokumenter', 'Andel'],
      report.languages.map((l) => [l.lang, l.documents, percent(l.share)]),
    ),
    '',
  );
  out.push(
    `Bokmål og nynorsk i teksten, i ord (språklova § 13: minst ${percent(MINIMUM_LANGUAGE_SHARE)} av hver)`,
    table(
      ['Versjon', 'Bokmål', 'Nynorsk', 'Andel bokmål', 'Andel nynorsk', 'Under minstekravet'],
      report.languageShare.map((l) => [
        l.edition,
        l.words.nb,
        l.words.nn,
        percent(l.share.nb),
        percent(l.share.nn),
        l.below.map((lang) => languageNames[lang]).join(', ') || '–',
      ]),
    ),
    '',
  );
  const { min, median: mid, max } = report.lix;
  out.push(`Lesbarhet (LIX): ${min === undefined ? 'ingen tekst' : `laveste ${min}, median ${mid}, høyeste ${max}`}`);
  if (report.lix.documents.length)
    out.push(
      table(
        ['Dokument', 'Tittel', 'Ord', 'LIX'],
        report.lix.documents.map((d) => [d.id, d.title, d.words, d.lix]),
      ),
    );
  return out.join('\n');
}

/** One long table: `section,id,name,measure,value`, so that every figure is a row a spreadsheet can filter. */
export function statusToCsv(report: StatusReport): string {
  const rows: (string | number)[][] = [['section', 'id', 'name', 'measure', 'value']];
  for (const [section, list] of [
    ['focus-area', report.byFocusArea],
    ['responsible', report.byResponsible],
  ] as const) {
    for (const row of list) for (const key of [...measureStatuses, 'total'] as const) rows.push([section, row.id, row.title, key, row.counts[key]]);
  }
  for (const m of report.overdue) rows.push(['overdue', m.id, m.title, 'deadline', m.deadline]);
  for (const g of report.goalsWithoutMeasure) rows.push(['goal-without-measure', g.id, g.title, '', '']);
  for (const l of report.languages)
    rows.push(['language', l.lang, '', 'documents', l.documents], ['language', l.lang, '', 'share', Math.round(l.share * 1000) / 1000]);
  for (const l of report.languageShare)
    for (const lang of ['nb', 'nn'] as const)
      rows.push(
        ['language-share', l.edition, lang, 'words', l.words[lang]],
        ['language-share', l.edition, lang, 'share', Math.round(l.share[lang] * 1000) / 1000],
      );
  for (const d of report.lix.documents) rows.push(['lix', d.id, d.title, 'lix', d.lix]);
  for (const key of ['min', 'median', 'max'] as const) if (report.lix[key] !== undefined) rows.push(['lix-summary', '', '', key, report.lix[key]!]);
  return csvText(rows, { lineEnd: '\n' });
}
