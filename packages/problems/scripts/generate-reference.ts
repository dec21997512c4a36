// Writes docs/feilreferanse.md, the editors' reference of every problem, from the catalogue.
// `--check` writes nothing and fails when the committed file differs: run by the package's lint script.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type DocumentKind, documentKindNames, documentKinds, relationsTo } from '@strategi/schema';
import { catalogue, type RuleArgs, type RuleId } from '../src/catalogue.ts';

type UnknownRule = (typeof documentKinds)[DocumentKind]['unknownRule'];

/**
 * The example of a kind's `link/unknown-…` rule, from the registry: an id of the kind that does not exist, in the
 * first field that points at the kind (or its link prefix), and the registry's example id as the did-you-mean.
 */
const unknownExamples = Object.fromEntries(
  documentKindNames.map((kind) => {
    const { unknownRule, idExample, idPrefix, link } = documentKinds[kind];
    const missing = idPrefix === undefined ? `${idExample}x` : `${idPrefix}99`;
    return [unknownRule, { id: missing, field: relationsTo(kind)[0]?.field ?? link, suggestion: idExample }];
  }),
) as { [Id in UnknownRule]: RuleArgs<Id> };

/**
 * Arguments for the example message of every rule but the registry's; the type makes a new rule without an example
 * a compile error.
 */
const written: { [Id in Exclude<RuleId, UnknownRule>]: RuleArgs<Id> } = {
  'file/unreadable': { reason: 'EACCES' },
  'file/empty': {},
  'file/not-utf8': { offset: 41 },
  'file/binary': {},
  'file/too-large': { size: 3 * 1024 * 1024, limit: 256 * 1024 },
  'file/line-too-long': { length: 25000, limit: 20000 },
  'file/too-slow': { seconds: 5 },
  'file/too-much-memory': { megabytes: 256 },
  'file/too-complex': { limit: 64 },
  'file/too-many-markers': { count: 412, limit: 200, paragraph: true },
  'file/empty-html-comment': { found: '<!-->' },
  'file/bom': {},
  'file/changed-while-read': {},
  'file/not-markdown': { name: 'notater.docx' },
  'file/missing-image': { url: '../bilder/figur.png', target: 'bilder/figur.png' },
  'file/image-type': { url: '../bilder/figur.gif' },
  'file/directory-not-file': {},
  'file/unknown-location': { folder: 'tiltaket', folders: ['innsatsomrader', 'mal', 'tiltak'] },
  'frontmatter/missing': {},
  'frontmatter/empty': {},
  'frontmatter/yaml-syntax': { reason: 'Nested mappings are not allowed in compact mappings' },
  'frontmatter/not-a-mapping': { found: 'en liste' },
  'frontmatter/too-complex': { reason: 'YAML-aliaser er ikke tillatt' },
  'schema/unknown-key': { key: 'dedline', suggestion: 'deadline' },
  'schema/missing-field': { field: 'deadline', expected: 'et år, en måned eller en dato' },
  'schema/invalid-type': { field: 'goals', expected: 'en liste', received: 'tekst' },
  'schema/invalid-value': {
    field: 'status',
    value: 'started',
    options: ['planlagt', 'startet', 'i-rute', 'forsinket', 'fullført', 'stanset'],
    suggestion: 'startet',
  },
  'schema/invalid-format': { field: 'deadline', value: '2026/06', reason: 'År (2026), måned (2026-06) eller dato (2026-06-15).' },
  'schema/too-small': { field: 'goals', reason: 'må ha minst ett element' },
  'schema/control-character': { field: 'title', found: 'U+000B' },
  'schema/line-break': { field: 'label' },
  'schema/blank-text': { field: 'title' },
  'schema/invalid': { field: 'period', reason: 'Perioden slutter før den begynner.' },
  'id/duplicate': { id: 'T-3', other: 'content/tiltak/T-3-kopi.md' },
  'id/not-normalized': { id: 'Språkrådet' },
  'id/alias-taken': { alias: 'T-2', other: 'content/tiltak/T-2.md' },
  'id/file-name-mismatch': { id: 'T-50', name: 'T-77.md', expected: 'T-50.md' },
  'id/differs-only-in-case': { id: 'udir', otherId: 'Udir', other: 'content/aktorer/Udir.md' },
  'id/invalid-alias': { alias: 'tiltak 7', example: 'T-7' },
  'report/unsealed': { published: '2026-06-05' },
  'report/tampered': { published: '2026-06-05' },
  'report/duplicate-measure': { measure: 'T-3', first: '2. oppføring' },
  'report/entry-after-report': { date: '2026-07-01', report: '2026-06-01' },
  'report/published-in-past': { published: '2026-06-05', today: '2026-06-10' },
  'ledger/vanished-measure': { measure: 'T-4', title: 'Utrede en felles støttetjeneste', earlier: '2023-vedtatt', later: 'utkast' },
  'ledger/reworded-promise': {
    measure: 'T-4',
    before: 'Utrede en felles støttetjeneste',
    after: 'Vurdere en felles støttetjeneste',
    earlier: '2023-vedtatt',
    later: 'utkast',
  },
  'ledger/successor-missing': { measure: 'T-4', fate: 'slått-sammen' },
  'ledger/unknown-successor': { successor: 'T-99', suggestion: 'T-9' },
  'milestone/done-without-evidence': { measure: 'T-3', missing: ['Veileder publisert'] },
  'milestone/unknown-evidence': { evidence: 'F-9', suggestion: 'F-2' },
  'example/unknown-field': { field: 'frist', kind: 'et tiltak', suggestion: 'deadline', fields: ['status', 'deadline', 'history', 'body'] },
  'example/unknown-block': { name: 'eksemple', suggestion: 'eksempel' },
  'example/unclosed-passage': { fence: ':::' },
  'example/empty-passage': {},
  'example/passage-extras': { label: 'Tenkt eksempel', attributes: [] },
  'example/marked-twice': { whole: false, count: 2 },
  'link/unknown-scheme': { scheme: 'tiltaket', schemes: ['tiltak', 'mal', 'innsatsomrade'], suggestion: 'tiltak' },
  'link/wrong-kind': { id: 'M-3', actual: 'et mål', expected: 'et tiltak', link: '../mal/M-3.md' },
  'link/action-plan-mismatch': { measure: 'T-4', plan: 'H-1', side: 'measure' },
  'link/redundant-side': { plan: 'H-1', listed: ['T-1', 'T-4'], missing: ['T-4'] },
  'link/malformed': { url: 'tiltak:T-1?x=1', reason: 'en lenke til et dokument kan ikke ha «?» etter id-en' },
  'link/unsupported-protocol': { url: 'ftp://filer.example.no/plan.pdf', protocol: 'ftp' },
  'link/not-a-document': { url: '../bilder/kart.png', target: 'bilder/kart.png' },
  'link/unknown-heading': { fragment: 'bakgrun', id: 'T-3', suggestion: 'bakgrunn', headings: ['bakgrunn', 'hva-skal-gjores'] },
  'link/remote-image': { url: 'https://eksempel.no/figur.png' },
  'link/image-outside': { url: '../../bilder/figur.png' },
  'link/image-without-alt': { url: '../bilder/figur.png' },
  'link/cycle': { cycle: ['M-1', 'M-2', 'M-1'] },
  'link/goal-without-measure': { id: 'M-3' },
  'link/missing-strategy': {},
  'date/outside-period': { field: 'deadline', value: '2032', period: '2023–2030' },
  'date/outside-action-plan': { field: 'deadline', value: '2027', plan: 'H-1', period: '2023–2025' },
  'date/deadline-before-start': { start: '2025', deadline: '2024' },
  'date/history-order': { date: '2024-01-15', previous: '2024-06-01' },
  'date/history-status-mismatch': { status: 'startet', latest: 'forsinket' },
  'version/tampered': { version: '2023-vedtatt' },
  'version/changed-before-commit': { version: '2026-horing' },
  'version/missing-file': { version: '2023-vedtatt', file: 'tiltak/T-1.md' },
  'version/unexpected-file': { version: '2023-vedtatt' },
  'version/missing-description': { version: '2023-vedtatt' },
  'version/folder-mismatch': { id: '2023-vedtatt', folder: '2023' },
  'version/unsealed': { version: '2023-vedtatt' },
  'version/edited-by-hand': { version: '2023-vedtatt' },
  'version/status-unexplained': { version: '2023-horing', status: 'vedtatt', recorded: 'høring' },
  'version/illegal-transition': { from: 'vedtatt', to: 'utkast', allowed: ['erstattet'] },
  'version/missing-manifest': { version: '2023-vedtatt' },
  'version/manifest-changed': { version: '2023-vedtatt' },
  'version/newer-schema': { version: '2031-revidert', schemaVersion: 3, supported: 2 },
  'version/leftover-release': { folder: 'content/versjoner/.2026-horing.tmp-4242' },
  'version/consultation-short': { days: 56, deadline: '2027-03-12', reason: 'Fristen følger av EØS-direktivet.' },
  'version/consultation-too-short': { days: 28, deadline: '2027-02-12' },
  'version/new-consultation': { draft: '2026-horing', wordPercent: 34, documents: 12, total: 40 },
  'language/hard-to-read': { lix: 62, threshold: 55 },
  'language/placeholder': { value: 'Beskriv tiltaket: hva som skal gjøres, hvorfor, og hvem som gjør hva.' },
  'csv/not-a-file': { what: 'en mappe' },
  'csv/too-large': { size: 48 * 1024 * 1024, limit: 10 * 1024 * 1024 },
  'csv/empty': {},
  'csv/no-rows': {},
  'csv/workbook': { format: 'en arbeidsbok (.xlsx eller .ods)' },
  'csv/not-utf8': { byte: 0xf8, guess: 'ø' },
  'csv/invalid-utf16': {},
  'csv/binary': {},
  'csv/quote-not-closed': { column: 3 },
  'csv/misplaced-quote': { column: 3 },
  'csv/invalid': {},
  'csv/field-count': { expected: 6, found: 7 },
  'csv/unknown-column': { heading: 'avsendr', suggestion: 'avsender', known: ['tittel', 'runde', 'avsender'] },
  'csv/duplicate-column': { heading: 'title', column: 6, other: 'tittel', otherColumn: 1 },
  'csv/missing-column': { heading: 'runde', names: ['runde', 'round'] },
  'csv/empty-heading': { column: 4 },
  'csv/empty-cell': { heading: 'tittel' },
  'indicator/not-a-number': { value: '86 %' },
  'indicator/duplicate-date': { date: '2025', first: 'rad 4' },
  'indicator/revised-value': { date: '2023', found: 83, kept: 82 },
  'jsonstat/invalid': { reason: 'class er "collection", ikke "dataset"' },
  'jsonstat/unknown-dimension': { name: 'Regon', suggestion: 'Region', known: ['Region', 'ContentsCode', 'Tid'] },
  'jsonstat/unknown-category': { dimension: 'Region', code: '3', suggestion: '03', known: ['0', '03'] },
  'jsonstat/unchosen-dimension': { dimension: 'Region', count: 2, first: '0' },
  'jsonstat/time-code': { code: '2024U1' },
  'frontmatter/near-fence': { value: '--- ', reason: 'har mellomrom etter bindestrekene' },
  'frontmatter/field-in-body': { key: 'internalNote' },
  'frontmatter/bidi-control': { field: 'title', found: 'U+202E' },
  'file/extension-case': { name: 'T-50.MD', expected: 'T-50.md' },
  'file/symlink': { name: 'T-9.md', target: '/etc/passwd', outside: true },
  'file/special': { name: 'T-9.md', found: 'et navngitt rør (FIFO)' },
  'id/already-used': { id: 'KD' },
  'id/invalid-typed': { id: '../../apps/site/src/pages/index', kind: 'en aktør', example: 'Udir' },
  'id/path-outside': { id: 'KD', name: 'content/versjoner/2024/aktorer/KD.md' },
  'id/path-symlink': { id: 'T-9', name: 'content/tiltak' },
};

const severities = { error: 'feil', warning: 'advarsel' } as const;
const areas: Record<string, string> = {
  file: 'Filer',
  frontmatter: 'Frontmatter',
  schema: 'Felt og verdier',
  id: 'Id-er',
  link: 'Lenker og referanser',
  date: 'Datoer',
  version: 'Frigitte versjoner',
  language: 'Språk',
  csv: 'Import fra regneark (CSV)',
  report: 'Fremdriftsrapporter',
  example: 'Eksempler',
};

/** A message as Markdown text: a backslash in it (`\\:::note`) is shown, not read as an escape. */
const asMarkdown = (text: string) => text.replace(/\\/g, '\\\\');

/** The reference as Markdown: one section per area, one entry per rule, in catalogue order. */
export function renderReference(): string {
  const lines = [
    '# Feilreferanse',
    '',
    '<!-- Generert fra packages/problems/src/catalogue.ts av packages/problems/scripts/generate-reference.ts. Ikke rediger for hånd: kjør «pnpm --filter @strategi/problems run reference». -->',
    '',
    'Her er alle problemene «strategi validate» kan melde, med id, alvorlighet, et eksempel på meldingen og rådet som følger med.',
    'En **feil** stopper en frigiving (`strategi release`); en **advarsel** gjør det ikke, men bør rettes.',
    'Id-en står i hakeparentes bak hver melding, for eksempel `[link/unknown-goal]`. Den endres aldri.',
    'Meldingene bygges av det som står i filen; eksemplene under viser typiske verdier.',
  ];
  let area = '';
  // Grouped by area in the order of `areas`, so that rules added in a block of their own still land in their section.
  const order = (id: string) => {
    const position = Object.keys(areas).indexOf(id.split('/')[0]!);
    return position === -1 ? Number.MAX_SAFE_INTEGER : position;
  };
  const examples: { [Id in RuleId]: RuleArgs<Id> } = { ...written, ...unknownExamples };
  const rules = (Object.entries(catalogue) as [RuleId, (typeof catalogue)[RuleId]][]).sort(([a], [b]) => order(a) - order(b));
  for (const [id, rule] of rules) {
    const prefix = id.split('/')[0]!;
    if (prefix !== area) {
      area = prefix;
      lines.push('', `## ${areas[prefix] ?? prefix}`);
    }
    if (!(id in examples)) throw new Error(`${id} mangler et eksempel i scripts/generate-reference.ts.`);
    const args = examples[id] as never;
    const definition = rule as unknown as {
      title: string;
      severity: 'error' | 'warning';
      message: (a: never) => string;
      hint: (a: never) => string;
      deprecated?: boolean;
      blocksRelease?: boolean;
    };
    lines.push(
      '',
      `### \`${id}\` – ${definition.title}${definition.deprecated ? ' (utgått)' : ''}`,
      '',
      `- Alvorlighet: ${severities[definition.severity]}${definition.blocksRelease ? ' (stopper frigivelse av en versjon)' : ''}`,
      `- Eksempel: ${asMarkdown(definition.message(args))}`,
      `- Råd: ${asMarkdown(definition.hint(args))}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const target = path.join(import.meta.dirname, '..', '..', '..', 'docs', 'feilreferanse.md');
const text = renderReference();
if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error(
      'docs/feilreferanse.md er ikke i takt med katalogen over problemer. Kjør «pnpm --filter @strategi/problems run reference» og sjekk inn filen.',
    );
    process.exitCode = 1;
  }
} else {
  await writeFile(target, text);
  console.log(`Skrev ${path.relative(process.cwd(), target)}`);
}
