import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freshDatabase } from '@strategi/database/testing';
import { ReviewStore, type StoreLocation } from '@strategi/review';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, inject, test } from 'vitest';
import { run, workspace } from './helpers.ts';

// The run's one PostgreSQL server (vitest.config.ts).
const postgresUrl = inject('postgresUrl');

/** A date `days` from today in Norway, as `--deadline` takes it. */
const inDays = (days: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date(Date.now() + days * 86_400_000));

/** The text of a Word document's body, paragraph by paragraph. */
function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)]
    .map((paragraph) => [...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => run[1]).join(''))
    .map((text) => text.replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"'))
    .filter(Boolean);
}

describe.each(['sqlite', 'postgres'] as const)('review rounds from the command line on %s', (kind) => {
  let cwd: string;
  let env: NodeJS.ProcessEnv;
  let location: StoreLocation;
  let ids: Record<string, number>;
  const strategi = (...args: string[]) => run(['comments', ...args], cwd, { env });

  beforeEach(async () => {
    cwd = await workspace();
    const data = await mkdtemp(path.join(tmpdir(), 'strategi-rounds-'));
    location = kind === 'postgres' ? { databaseUrl: await freshDatabase(postgresUrl) } : { sqliteFile: path.join(data, 'kommentarer.sqlite') };
    env = { STRATEGI_REVIEW_DATA: data, STRATEGI_REVIEW_SECRET: 'x'.repeat(40), ...(location.databaseUrl ? { DATABASE_URL: location.databaseUrl } : {}) };
    const store = await ReviewStore.open(location, () => new Date('2026-12-01T10:00:00.000Z'));
    const ks = await store.createLink({ name: 'KS sekretariatet', role: 'reviewer', expiresAt: new Date('2027-01-01T00:00:00.000Z') });
    const kd = await store.createLink({ name: 'Kunnskapsdepartementet', role: 'reviewer', expiresAt: new Date('2027-01-01T00:00:00.000Z') });
    const add = async (linkId: string, author: string, document: string, text: string, extra: Partial<Parameters<ReviewStore['createComment']>[0]> = {}) =>
      (await store.createComment({ linkId, author, document, edition: 'utkast', format: 'text', text, ...extra })).comment.id;
    ids = {
      exact: await add(ks.id, ks.name, 'T-3', 'Hvem inviteres?', { quote: { exact: 'dele erfaringer', prefix: 'som vil ', suffix: ' med' } }),
      orphan: await add(kd.id, kd.name, 'M-1', 'Strøket?', { quote: { exact: 'Denne setningen står ikke lenger i målet.', prefix: '', suffix: '' } }),
      moved: await add(kd.id, kd.name, 'T-3', 'Hvorfor digitalt?', {
        quote: { exact: 'digitale fellesskapsplattformer', prefix: 'i hele landet og ', suffix: '' },
        suggestion: 'nettbaserte fellesskap',
      }),
    };
    await store.decideSuggestion(ids['moved']!, { state: 'rejected', by: 'Redaksjonen', reason: 'Vi beholder ordet.' });
    ids['reply'] = await add(kd.id, kd.name, 'T-3', 'Alle skoleeiere er velkomne.', { parentId: ids['exact']! });
    await store.close();
  });

  test('round create, list and close; a foreleggelse with less than three weeks warns; mistakes are refused', async () => {
    const created = await strategi('round', 'create', 'Intern runde', '--deadline', inDays(30), '--saksnummer', '26/1234', '--unntatt', 'T-3');
    expect([created.code, created.stderr]).toEqual([0, '']);
    expect(created.stdout).toMatch(/^Runden «Intern runde» er laget: intern om utkast, frist \d{4}-\d\d-\d\d kl\. 23:59\.\n$/);
    const short = await strategi('round', 'create', 'Foreleggelse', '--kind', 'foreleggelse', '--version', '2024-horing', '--deadline', inDays(10));
    expect([short.code, short.stderr]).toEqual([0, 'Advarsel: Fristen gir departementene 10 dager til å svare; en foreleggelse bør gi minst tre uker.\n']);
    const refusals = [
      [
        ['round', 'create', 'Intern runde', '--deadline', inDays(30)],
        'Det finnes allerede en kommentarrunde som heter «Intern runde».\n  → Velg et annet navn.\n',
      ],
      [
        ['round', 'create', 'Ny', '--deadline', inDays(30), '--version', '2099'],
        'Fant ingen versjon som heter «2099».\n  → Versjonene er «utkast», «2024-horing».\n',
      ],
      [
        ['round', 'create', 'Ny', '--deadline', '20. desember'],
        '«20. desember» er ikke en dato.\n  → Skriv for eksempel --deadline 2026-12-20 (til midnatt) eller --deadline 2026-12-20T12:00.\n',
      ],
      [
        ['round', 'create', 'Ny', '--deadline', inDays(30), '--kind', 'høring'],
        'Ukjent type runde «høring».\n  → Bruk --kind intern eller --kind foreleggelse.\n',
      ],
      [
        ['round', 'create', 'Ny', '--deadline', inDays(30), '--unntatt', 'T-99'],
        'Fant ikke dokumentet «T-99» som skal merkes for unntak.\n  → Oppgi dokumentenes id, skilt med komma: --unntatt T-3,M-1.\n',
      ],
      [['round', 'close', 'Ukjent'], 'Fant ingen kommentarrunde som heter «Ukjent».\n  → Se rundene med «strategi comments round list».\n'],
    ] as const;
    for (const [args, stderr] of refusals) expect([(await strategi(...args)).stderr]).toEqual([stderr]);
    const list = (await strategi('round', 'list')).stdout.split('\n');
    expect(list[0]).toMatch(/^Intern runde {2}utkast {2}intern {2}frist \S+ kl\. 23:59 {2}åpen {2}3 kommentarer {2}saksnummer 26\/1234 {2}kan unntas: T-3$/);
    expect(list[1]).toMatch(/^Foreleggelse {2}2024-horing {2}foreleggelse {2}frist \S+ kl\. 23:59 {2}åpen {2}0 kommentarer$/);
    expect((await strategi('round', 'close', 'Intern runde')).stdout).toBe(
      'Runden «Intern runde» er avsluttet; gjennomlesingen tar ikke imot flere kommentarer til utkast.\n',
    );
    expect((await strategi('round', 'close', 'Intern runde')).stdout).toMatch(/^Runden «Intern runde» var allerede avsluttet \S+ kl\. \d\d:\d\d\.\n$/);
    // A deadline is Norwegian time, summer or winter; one already past is refused.
    await strategi('round', 'create', 'Sommer', '--deadline', '2027-06-30T12:00', '--version', '2024-horing');
    await strategi('round', 'create', 'Vinter', '--deadline', '2027-01-29T12:00', '--version', '2024-horing');
    expect((await strategi('round', 'create', 'For sent', '--deadline', '2020-01-01')).stderr).toBe('Fristen 2020-01-01 kl. 23:59 er allerede passert.\n');
    const store = await ReviewStore.open(location);
    expect(await store.roundRefusal('utkast')).toEqual({ reason: 'closed', round: 'Intern runde' });
    expect((await store.listRounds()).map((round) => [round.name, round.deadline])).toEqual([
      ['Intern runde', expect.stringMatching(/T2[12]:59:00\.000Z$/)],
      ['Foreleggelse', expect.stringMatching(/T2[12]:59:00\.000Z$/)],
      ['Sommer', '2027-06-30T10:00:00.000Z'],
      ['Vinter', '2027-01-29T11:00:00.000Z'],
    ]);
    await store.close();
  });

  test('resolve records a disposition; «ikke tatt til følge» needs a reason; the listing and JSON show it', async () => {
    const bare = await strategi('resolve', String(ids['exact']), '--disposition', 'ikke');
    expect([bare.code, bare.stderr]).toEqual([1, 'En kommentar som ikke tas til følge, må ha en begrunnelse.\n  → Skriv begrunnelsen med --reason «…».\n']);
    expect((await strategi('resolve', String(ids['exact']), '--disposition', 'tatt-til-følge', '--version', '2027-v1')).stderr).toBe(
      'Fant ingen versjon som heter «2027-v1».\n  → Versjonene er «2024-horing», «utkast».\n',
    );
    expect((await strategi('resolve', String(ids['exact']), '--disposition', 'kanskje')).stderr).toBe(
      'Ukjent utfall «kanskje».\n  → Bruk --disposition tatt-til-følge, delvis eller ikke.\n',
    );
    const done = await strategi('resolve', `#${ids['exact']}`, '--disposition', 'tatt-til-følge', '--version', 'utkast', '--name', 'Kari');
    expect(done.stdout).toBe(`Kommentar #${ids['exact']} er merket som løst: tatt til følge.\n`);
    const no = await strategi('resolve', String(ids['moved']), '--disposition', 'ikke', '--reason', 'Utenfor strategien.');
    expect(no.stdout).toBe(`Kommentar #${ids['moved']} er merket som løst: ikke tatt til følge.\n`);
    const text = (await strategi()).stdout;
    expect(text).toContain(`#${ids['exact']}  på plass, løst: tatt til følge\n`);
    expect(text).toContain(`#${ids['moved']}  flyttet, løst: ikke tatt til følge\n`);
    const items = JSON.parse((await strategi('--format', 'json')).stdout);
    expect(items.find((item: { id: number }) => item.id === ids['exact']).disposition).toEqual({
      value: 'tatt-til-folge',
      label: 'tatt til følge',
      reason: null,
      answeredIn: { from: '2024-horing', version: 'utkast', document: 'T-3' },
    });
  });

  test('attach gives an orphan a passage again and keeps its old quote; a missing or repeated quote is refused', async () => {
    expect((await strategi()).stdout).toContain(
      `content/mal/M-1.md:1:1  «Denne setningen står ikke lenger i målet.»  Strøket?  [Kunnskapsdepartementet, 2026-12-01]  #${ids['orphan']}  mistet stedet\n`,
    );
    expect((await strategi('attach', String(ids['orphan']), '--quote', 'gjelder alle')).stdout).toBe(
      `Kommentar #${ids['orphan']} er knyttet til «gjelder alle» i content/mal/M-1.md:6:7 (på plass); det gamle sitatet er tatt vare på.\n`,
    );
    expect((await strategi()).stdout).toContain(
      `content/mal/M-1.md:6:7  «gjelder alle»  Strøket?  [Kunnskapsdepartementet, 2026-12-01]  #${ids['orphan']}  på plass\n`,
    );
    expect((await strategi('attach', String(ids['orphan']), '--quote', 'står ikke her')).stderr).toBe(
      'Fant ikke «står ikke her» i content/mal/M-1.md.\n  → Kopier teksten ordrett fra dokumentet i arbeidsutkastet.\n',
    );
    expect((await strategi('attach', String(ids['orphan']), '--quote', 'barnehage')).stderr).toBe(
      '«barnehage» står flere steder i content/mal/M-1.md.\n  → Ta med flere ord, så teksten bare står ett sted.\n',
    );
    const store = await ReviewStore.open(location);
    expect((await store.getComment(ids['orphan']!))?.quote).toEqual({ exact: 'gjelder alle', prefix: 'Målet ', suffix: ' barnehager.' });
    expect((await store.quoteHistory(ids['orphan']!)).map((former) => former.quote?.exact)).toEqual(['Denne setningen står ikke lenger i målet.']);
    await store.close();
  });

  test('--summary counts per round, document and reviewer, filtered by reviewer and state', async () => {
    await strategi('round', 'create', 'Intern runde', '--deadline', inDays(30));
    await strategi('resolve', String(ids['exact']), '--disposition', 'delvis');
    const summary = await strategi('--summary');
    expect(summary.stdout.replace(/frist \S+ kl\. 23:59/, 'frist F')).toBe(
      [
        'Intern runde (intern, utkast, frist F)',
        '  I alt: 2 åpne, 1 løst, 1 tatt til følge',
        '  Per dokument:',
        '    M-1: 1 åpne, 0 løst, 0 tatt til følge',
        '    T-3: 1 åpne, 1 løst, 1 tatt til følge',
        '  Per leser:',
        '    KS sekretariatet: 0 åpne, 1 løst, 1 tatt til følge',
        '    Kunnskapsdepartementet: 2 åpne, 0 løst, 0 tatt til følge',
        '',
      ].join('\n'),
    );
    const filtered = JSON.parse((await strategi('--summary', '--reviewer', 'Kunnskapsdepartementet', '--state', 'open', '--format', 'json')).stdout);
    expect(filtered.map((entry: { total: unknown }) => entry.total)).toEqual([{ open: 2, resolved: 0, accepted: 0 }]);
    expect((await strategi('--summary', '--state', 'ferdig')).stderr).toBe('Ukjent tilstand «ferdig».\n  → Bruk --state open eller --state resolved.\n');
  });

  test('export writes the round as a Word document a case handler can file, and as CSV and JSON, never over a file without --force', async () => {
    await strategi('round', 'create', 'Intern runde', '--deadline', inDays(30), '--saksnummer', '26/1234', '--unntatt', 'T-3');
    await strategi('resolve', String(ids['exact']), '--disposition', 'tatt-til-følge', '--version', 'utkast');
    const written = await strategi('export', 'Intern runde', '--format', 'docx', '--out', 'runde.docx');
    expect([written.code, written.stderr]).toEqual([0, 'Skrev 3 kommentarer fra runden «Intern runde» til runde.docx.\n']);
    const paragraphs = docxParagraphs(await readFile(path.join(cwd, 'runde.docx')));
    expect(paragraphs.slice(0, 3)).toEqual(['Kommentarer fra runden «Intern runde»', 'Saksnummer: 26/1234', 'Type: intern gjennomlesing']);
    const m1 = paragraphs.indexOf('M-1 Alle barnehager har god digital kompetanse.');
    const t3 = paragraphs.indexOf('T-3 Etablere nettverk for skoleeiere');
    expect(m1).toBeGreaterThan(0);
    expect(paragraphs.slice(m1, t3)).toEqual([
      'M-1 Alle barnehager har god digital kompetanse.',
      'Fil: content/mal/M-1.md',
      `Kommentar ${ids['orphan']}`,
      'Sitat: «Denne setningen står ikke lenger i målet.»',
      'Stedet i teksten nå: mistet stedet',
      'Avsender: Kunnskapsdepartementet',
      'Mottatt: 2026-12-01',
      'Strøket?',
      'Behandling: Ikke behandlet ennå.',
    ]);
    expect(paragraphs.slice(t3)).toEqual([
      'T-3 Etablere nettverk for skoleeiere',
      'Kan unntas fra innsyn etter offentleglova § 15.',
      'Fil: content/tiltak/T-3.md',
      `Kommentar ${ids['exact']}`,
      'Sitat: «dele erfaringer»',
      'Stedet i teksten nå: på plass',
      'Avsender: KS sekretariatet',
      'Mottatt: 2026-12-01',
      'Hvem inviteres?',
      'Svar fra Kunnskapsdepartementet 2026-12-01: Alle skoleeiere er velkomne.',
      'Behandling: Tatt til følge. Endringen som svarer på den: T-3, fra versjon 2024-horing til arbeidsutkastet.',
      `Kommentar ${ids['moved']}`,
      'Sitat: «digitale fellesskapsplattformer»',
      'Stedet i teksten nå: flyttet',
      'Avsender: Kunnskapsdepartementet',
      'Mottatt: 2026-12-01',
      'Hvorfor digitalt?',
      'Forslag til ny tekst: «nettbaserte fellesskap» (avvist: Vi beholder ordet.)',
      'Behandling: Ikke behandlet ennå.',
    ]);
    const again = await strategi('export', 'Intern runde', '--format', 'docx', '--out', 'runde.docx');
    expect([again.code, again.stderr]).toEqual([1, `Kunne ikke skrive: filen finnes allerede (${path.join(cwd, 'runde.docx')}). Ingenting ble endret.\n`]);
    await writeFile(path.join(cwd, 'runde.csv'), 'gammel');
    expect((await strategi('export', 'Intern runde', '--format', 'csv', '--out', 'runde.csv', '--force')).code).toBe(0);
    const csv = (await readFile(path.join(cwd, 'runde.csv'), 'utf8')).split('\n');
    expect(csv[0]).toBe(
      'id,reply_to,document,file,line,column,anchor,exempt,quote,comment,reviewer,organisation,created,suggestion,suggestion_state,resolved,disposition,reason,answered_in',
    );
    expect(csv.filter((row) => row.startsWith(`${ids['exact']},`))[0]).toMatch(
      new RegExp(
        `^${ids['exact']},,T-3,content/tiltak/T-3.md,11,38,på plass,ja,dele erfaringer,Hvem inviteres\\?,KS sekretariatet,KS sekretariatet,2026-12-01T10:00:00.000Z,,,\\S+,tatt til følge,,/endringer/2024-horing/utkast/#T-3$`,
      ),
    );
    expect((await strategi('export', 'Intern runde', '--format', 'json', '--out', 'runde.json')).code).toBe(0);
    const json = JSON.parse(await readFile(path.join(cwd, 'runde.json'), 'utf8'));
    expect(json.round).toEqual({
      name: 'Intern runde',
      edition: 'utkast',
      kind: 'intern',
      deadline: expect.any(String),
      caseNumber: '26/1234',
      closedAt: null,
    });
    expect(json.documents.map((doc: { document: string; exempt: boolean }) => [doc.document, doc.exempt])).toEqual([
      ['M-1', false],
      ['T-3', true],
    ]);
    expect((await strategi('export', 'Ukjent', '--out', 'x.docx')).stderr).toBe(
      'Fant ingen kommentarrunde som heter «Ukjent».\n  → Se rundene med «strategi comments round list».\n',
    );
  });
});
