// One scenario per rule: each folder holds only what it changes in `valid-minimal` (see scenario.ts), which is
// exactly the fault its name says. Every scenario is run twice: as it is, where the problems must be exactly the
// lines below, and with a second, independent fault in another file, which must be reported in the same run.

import { formatProblem } from '@strategi/problems';
import { describe, expect, test } from 'vitest';
import { categoryOn, isOverdue } from '../src/index.ts';
import { addSentinel, BASE, fixtures, load, loadScenario, problemLines, scenarioLines, scratch } from './helpers.ts';

interface Scenario {
  /** The lines `strategi validate` prints for the fixture, in order. */
  lines: string[];
  /** A file the scenario does not touch, for the second fault. */
  sentinel?: string;
}

const scenarios: Record<string, Scenario> = {
  // Frontmatter
  'frontmatter-yaml-malformed': {
    lines: [
      'frontmatter-yaml-malformed/tiltak/T-2.md:3:8  error  Frontmatter er ikke gyldig YAML: et anførselstegn åpnes, men lukkes aldri.  [frontmatter/yaml-syntax]',
    ],
  },
  'frontmatter-missing': {
    lines: ['frontmatter-missing/tiltak/T-2.md:1:1  error  Dokumentet har ingen frontmatter.  [frontmatter/missing]'],
  },
  'frontmatter-empty': {
    lines: ['frontmatter-empty/tiltak/T-2.md:1:1  error  Frontmatter er tom.  [frontmatter/empty]'],
  },
  'frontmatter-unclosed': {
    lines: [
      'frontmatter-unclosed/tiltak/T-2.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
    ],
  },
  'frontmatter-not-a-mapping': {
    lines: ['frontmatter-not-a-mapping/tiltak/T-2.md:2:1  error  Frontmatter skal være felt med verdier, men er en liste.  [frontmatter/not-a-mapping]'],
  },
  'frontmatter-near-fence': {
    lines: [
      'frontmatter-near-fence/tiltak/T-2.md:10:1  error  Linjen «--- » ligner en «---»-linje, men har mellomrom etter bindestrekene.  [frontmatter/near-fence]',
    ],
  },
  'frontmatter-field-in-body': {
    lines: [
      'frontmatter-field-in-body/tiltak/T-2.md:11:1  error  Teksten etter frontmatter begynner med «internalNote:», som ser ut som et felt.  [frontmatter/field-in-body]',
    ],
  },
  'frontmatter-bidi-control': {
    lines: [
      'frontmatter-bidi-control/tiltak/T-2.md:3:8  warning  «title» har usynlige tegn som snur tekstretningen (U+202E). De er fjernet.  [frontmatter/bidi-control]',
    ],
  },
  'frontmatter-too-complex': {
    lines: [
      'frontmatter-too-complex/tiltak/T-2.md:10:7  error  Frontmatter er for sammensatt: verdiene er nøstet dypere enn 20 nivåer.  [frontmatter/too-complex]',
    ],
  },

  // Shape of one document
  'schema-unknown-key': {
    lines: [
      'schema-unknown-key/tiltak/T-2.md:2:1  error  Feltet «title» mangler.  [schema/missing-field]',
      'schema-unknown-key/tiltak/T-2.md:3:1  error  Ukjent felt «titel». Mente du «title»?  [schema/unknown-key]',
    ],
  },
  'schema-unknown-key-label': {
    lines: [
      'schema-unknown-key-label/tiltak/T-2.md:2:1  error  Feltet «sectors» mangler.  [schema/missing-field]',
      'schema-unknown-key-label/tiltak/T-2.md:6:1  error  Ukjent felt «sektorer». Mente du «sectors»?  [schema/unknown-key]',
    ],
  },
  'schema-missing-field': {
    lines: ['schema-missing-field/tiltak/T-2.md:2:1  error  Feltet «status» mangler.  [schema/missing-field]'],
  },
  'schema-invalid-type': {
    lines: [
      'schema-invalid-type/tiltak/T-2.md:4:8  error  «goals» skal være en liste med tekst, for eksempel [M-1, M-2], men er teksten «M-2».  [schema/invalid-type]',
    ],
  },
  'schema-invalid-value': {
    lines: ['schema-invalid-value/tiltak/T-2.md:9:9  error  «status» kan ikke være «planlag». Mente du «planlagt»?  [schema/invalid-value]'],
  },
  'schema-invalid-format': {
    lines: ['schema-invalid-format/aktorer/Sprakradet.md:6:6  error  «url» har feil format: «www.sprakradet.no».  [schema/invalid-format]'],
  },
  'schema-too-small': {
    lines: ['schema-too-small/tiltak/T-2.md:6:10  error  «sectors» må ha minst 1 verdi.  [schema/too-small]'],
  },
  'schema-invalid': {
    lines: ['schema-invalid/handlingsplaner/H-1.md:6:8  error  «end i period»: Perioden slutter før den begynner.  [schema/invalid]'],
  },
  'schema-too-big': {
    lines: ['schema-too-big/handlingsplaner/H-1.md:6:8  error  «end i period»: Verdien kan være høyst 2100, men er tallet 2125.  [schema/invalid]'],
  },

  // Ids
  'id-duplicate': {
    // Two files can only hold one id when one of them is misnamed, so both problems are reported.
    lines: [
      'id-duplicate/tiltak/T-3.md:2:5  error  Id-en «T-2» er også brukt i id-duplicate/tiltak/T-2.md.  [id/duplicate]',
      'id-duplicate/tiltak/T-3.md:2:5  error  Filen heter «T-3.md», men dokumentet har id «T-2».  [id/file-name-mismatch]',
    ],
  },
  'id-alias-taken': {
    lines: ['id-alias-taken/tiltak/T-2.md:10:11  error  Aliaset «T-1» er allerede en id eller et alias i id-alias-taken/tiltak/T-1.md.  [id/alias-taken]'],
  },

  // Links between documents
  'link-unknown-goal': {
    lines: ['link-unknown-goal/tiltak/T-2.md:4:14  error  Finner ikke målet «M-9». Mente du «M-2»?  [link/unknown-goal]'],
  },
  'link-unknown-focus-area': {
    lines: ['link-unknown-focus-area/mal/M-2.md:4:12  error  Finner ikke innsatsområdet «I-2». Mente du «I-1»?  [link/unknown-focus-area]'],
  },
  'link-unknown-actor': {
    lines: ['link-unknown-actor/tiltak/T-2.md:5:19  error  Finner ikke aktøren «Udir».  [link/unknown-actor]'],
    sentinel: 'innspill/IN-1.md',
  },
  'link-unknown-action-plan': {
    lines: ['link-unknown-action-plan/tiltak/T-2.md:10:13  error  Finner ikke handlingsplanen «H-2». Mente du «H-1»?  [link/unknown-action-plan]'],
  },
  'link-unknown-measure': {
    lines: ['link-unknown-measure/mal/M-2.md:8:45  error  Finner ikke tiltaket «T-99». Mente du «T-1»?  [link/unknown-measure]'],
  },
  'link-unknown-input-round': {
    lines: ['link-unknown-input-round/innspill/IN-1.md:4:8  error  Finner ikke innspillsrunden «R-2». Mente du «R-1»?  [link/unknown-input-round]'],
  },
  'link-unknown-input': {
    lines: ['link-unknown-input/mal/M-2.md:6:16  error  Finner ikke innspillet «IN-7».  [link/unknown-input]'],
  },
  'link-unknown-strategy': {
    lines: ['link-unknown-strategy/tiltak/T-2.md:12:4  error  Finner ikke strategien «hovedstrategi».  [link/unknown-strategy]'],
  },
  'link-body-unknown-measure': {
    lines: ['link-body-unknown-measure/tiltak/T-2.md:12:4  error  Finner ikke tiltaket «T-99». Mente du «T-1»?  [link/unknown-measure]'],
  },
  'link-unknown-scheme': {
    lines: ['link-unknown-scheme/tiltak/T-2.md:12:4  error  Ukjent lenketype «tilak:». Mente du «tiltak:»?  [link/unknown-scheme]'],
  },
  'link-wrong-kind': {
    lines: ['link-wrong-kind/tiltak/T-2.md:12:4  error  «T-1» er et tiltak, ikke et mål.  [link/wrong-kind]'],
  },
  'link-redundant-side': {
    lines: [
      'link-redundant-side/handlingsplaner/H-1.md:7:11  warning  Handlingsplanen «H-1» lister tiltakene sine i «measures», men listen lages nå fra «actionPlan» i tiltakene. Disse sier ikke at de hører til planen, og blir ikke med: «T-2».  [link/redundant-side]',
    ],
  },
  'link-cycle': {
    lines: ['link-cycle/mal/M-1.md:5:9  error  Målene er overordnet hverandre i en sirkel: M-1 → M-2 → M-1.  [link/cycle]'],
  },
  'link-goal-without-measure': {
    lines: ['link-goal-without-measure/mal/M-3.md:2:5  warning  Ingen tiltak bidrar til målet «M-3».  [link/goal-without-measure]'],
  },
  'link-missing-strategy': {
    lines: ['link-missing-strategy/strategi.md:1:1  error  Innholdet har ikke noe strategidokument.  [link/missing-strategy]'],
  },

  // Dates
  'date-outside-period': {
    lines: ['date-outside-period/tiltak/T-2.md:8:11  error  «deadline» er 2031, utenfor strategiperioden 2023–2030.  [date/outside-period]'],
  },
  'date-outside-action-plan': {
    lines: [
      'date-outside-action-plan/tiltak/T-1.md:9:11  error  «deadline» er 2026-06, utenfor perioden 2023–2025 for handlingsplanen «H-1».  [date/outside-action-plan]',
    ],
  },
  'indicator-target-outside-period': {
    lines: [
      'indicator-target-outside-period/indikatorer/IND-1.md:15:11  error  «targets.1.year» er 2035, utenfor strategiperioden 2023–2030.  [date/outside-period]',
    ],
  },
  'date-deadline-before-start': {
    lines: ['date-deadline-before-start/tiltak/T-2.md:8:11  error  Fristen 2025 er før starten 2026-03.  [date/deadline-before-start]'],
  },
  'date-history-order': {
    lines: ['date-history-order/tiltak/T-1.md:15:11  error  Statusen datert 2023-02-01 står etter en status datert 2023-05-01.  [date/history-order]'],
  },
  'date-history-status-mismatch': {
    lines: [
      'date-history-status-mismatch/tiltak/T-1.md:10:9  warning  «status» er «i-rute», men siste status i historikken er «startet».  [date/history-status-mismatch]',
    ],
  },

  // Files
  'file-unknown-location': {
    lines: [
      'file-unknown-location/notater/T-5.md:1:1  error  Dokumentet ligger i «notater», som ikke er en mappe for noen dokumenttype.  [file/unknown-location]',
    ],
  },

  'file-extension-case': {
    lines: ['file-extension-case/tiltak/T-3.MD:1:1  error  «T-3.MD» har filendelsen med store bokstaver og blir ikke lest.  [file/extension-case]'],
  },
  'schema-control-character': {
    lines: [
      'schema-control-character/tiltak/T-2.md:3:8  error  «title» har kontrolltegnet U+000B, som ikke kan publiseres (det gjør blant annet nyhetsstrømmen uleselig).  [schema/control-character]',
    ],
  },
  'schema-line-break': {
    lines: ['schema-line-break/tiltak/T-2.md:3:8  error  «title» skal stå på én linje, men har et linjeskift.  [schema/line-break]'],
  },
  'schema-blank-text': {
    lines: ['schema-blank-text/tiltak/T-2.md:3:8  error  «title» har bare mellomrom eller usynlige tegn, og ville vist seg som tom.  [schema/blank-text]'],
  },
  'file-empty-html-comment': {
    lines: [
      'file-empty-html-comment/tiltak/T-2.md:13:1  warning  «<!-->» er en hel, tom HTML-kommentar: teksten etter den er ikke kommentert ut, men blir publisert.  [file/empty-html-comment]',
    ],
  },
  'link-unknown-heading-same-document': {
    lines: [
      'link-unknown-heading-same-document/tiltak/T-2.md:15:31  error  «T-2» har ingen overskrift «#bakgrun». Mente du «#bakgrunn»?  [link/unknown-heading]',
    ],
  },
  'file-too-complex': {
    lines: [
      'file-too-complex/tiltak/T-2.md:13:129  error  Teksten er nøstet dypere enn grensen på 64 nivåer (sitater i sitater, lister i lister, utheving i utheving eller HTML-elementer i hverandre), og kan ikke publiseres.  [file/too-complex]',
    ],
  },

  // Images in a body (images.test.ts has the valid case, the release and the rendering)
  'image-missing': {
    lines: ['image-missing/mal/M-2.md:10:1  error  Finner ikke bildet «../bilder/figuren.png» («bilder/figuren.png» i innholdsmappen).  [file/missing-image]'],
  },
  'image-without-alt': {
    lines: ['image-without-alt/mal/M-2.md:10:1  error  Bildet «../bilder/figur.png» har ingen alternativ tekst.  [link/image-without-alt]'],
  },
  'image-outside': {
    lines: ['image-outside/mal/M-2.md:10:1  error  Bildet «../../bilder/figur.png» ligger utenfor innholdsmappen.  [link/image-outside]'],
  },
  'image-remote': {
    lines: ['image-remote/mal/M-2.md:10:1  error  Bildet «https://eksempel.no/figur.png» hentes fra et annet nettsted.  [link/remote-image]'],
  },
  'image-type': {
    lines: [
      'image-type/bilder/figur.gif:1:1  warning  «figur.gif» er ikke en Markdown-fil og blir ikke lest.  [file/not-markdown]',
      'image-type/mal/M-2.md:10:1  error  Bildet «../bilder/figur.gif» er ikke PNG, JPEG, WebP eller SVG, og blir ikke publisert.  [file/image-type]',
    ],
  },

  // Released versions
  'version-tampered': {
    lines: [
      'version-tampered/versjoner/2023-vedtatt/tiltak/T-2.md:1:1  error  Filen er endret etter at versjonen «2023-vedtatt» ble frigitt.  [version/tampered]',
    ],
  },
  'version-missing-file': {
    lines: [
      'version-missing-file/versjoner/2023-vedtatt/versjon.md:1:1  error  Versjonen «2023-vedtatt» mangler filen «tiltak/T-2.md», som var med da den ble frigitt.  [version/missing-file]',
    ],
  },
  'version-unexpected-file': {
    lines: [
      'version-unexpected-file/versjoner/2023-vedtatt/tiltak/T-3.md:1:1  error  Filen var ikke med da versjonen «2023-vedtatt» ble frigitt.  [version/unexpected-file]',
    ],
  },
  'version-missing-description': {
    lines: [
      'version-missing-description/versjoner/2023-vedtatt:1:1  error  Versjonsmappen «2023-vedtatt» har ingen «versjon.md».  [version/missing-description]',
    ],
  },
  'version-folder-mismatch': {
    lines: [
      'version-folder-mismatch/versjoner/2023-vedtatt/versjon.md:2:5  error  Versjonen har id «2023-utkast», men ligger i mappen «2023-vedtatt».  [version/folder-mismatch]',
      'version-folder-mismatch/versjoner/2023-vedtatt/versjon.md:12:7  error  «versjon.md» for «2023-utkast» er endret etter at den ble skrevet av «strategi release» eller «strategi version».  [version/edited-by-hand]',
    ],
  },

  // Passages marked as examples in a body
  'example-unknown-block': {
    lines: ['example-unknown-block/mal/M-2.md:10:1  error  Teksten har ingen blokk som heter «:::eksemple». Mente du «:::eksempel»?  [example/unknown-block]'],
  },
  'example-unclosed-passage': {
    lines: [
      'example-unclosed-passage/mal/M-2.md:10:1  error  «:::eksempel» lukkes aldri, så resten av teksten blir merket som eksempel.  [example/unclosed-passage]',
    ],
  },
  'example-empty-passage': {
    lines: [
      'example-empty-passage/mal/M-2.md:10:1  error  «:::eksempel» har ingen tekst mellom linjen som åpner og linjen som lukker blokken.  [example/empty-passage]',
    ],
  },
  'example-passage-extras': {
    lines: [
      'example-passage-extras/mal/M-2.md:10:1  warning  «:::eksempel» har etiketten «Tenkt eksempel» og attributtet «class», som nettstedet ikke bruker: etiketten blir et vanlig avsnitt i teksten.  [example/passage-extras]',
      'example-passage-extras/mal/M-2.md:14:1  error  «:::eksempel» har ingen tekst mellom linjen som åpner og linjen som lukker blokken.  [example/empty-passage]',
    ],
  },
  'example-marked-twice': {
    lines: [
      'example-marked-twice/mal/M-2.md:7:11  warning  «example» merker hele teksten («body»), og i tillegg er ett avsnitt merket med «:::eksempel».  [example/marked-twice]',
    ],
  },

  // Ledger of commitments and milestones
  'ledger-vanished-measure': {
    lines: [
      'ledger-vanished-measure/strategi.md:1:1  error  Tiltaket T-2 («Kartlegge utstyr») står i versjonen «2023-vedtatt», men ikke i «utkast», og «utkast» sier ikke hva som ble av det.  [ledger/vanished-measure]',
    ],
  },
  'ledger-reworded-promise': {
    lines: [
      'ledger-reworded-promise/tiltak/T-1.md:3:8  warning  Tittelen på T-1 er endret fra «Lage en veileder» i versjonen «2023-vedtatt» til «Vurdere en veileder» i «utkast», og «utkast» sier ikke hvorfor løftet er endret.  [ledger/reworded-promise]',
    ],
  },
  'ledger-successor-missing': {
    lines: [
      'ledger-successor-missing/strategi.md:11:11  error  T-3 er «slått-sammen», men «successor» sier ikke hvilket tiltak som fører det videre.  [ledger/successor-missing]',
    ],
  },
  'ledger-unknown-successor': {
    lines: ['ledger-unknown-successor/strategi.md:12:16  error  Finner ikke tiltaket «T-9» i denne versjonen. Mente du «T-1»?  [ledger/unknown-successor]'],
  },
  'milestone-done-without-evidence': {
    lines: [
      'milestone-done-without-evidence/tiltak/T-2.md:9:9  warning  T-2 er «fullført», men disse milepælene mangler dokumentasjon: «Rapport publisert».  [milestone/done-without-evidence]',
    ],
  },
  'milestone-unknown-evidence': {
    lines: [
      'milestone-unknown-evidence/tiltak/T-2.md:14:15  error  Finner ikke dokumentet «F-9» som milepælen viser til. Mente du «H-1»?  [milestone/unknown-evidence]',
    ],
  },
  // Language
  'language-hard-to-read': {
    lines: ['language-hard-to-read/tiltak/T-2.md:11:1  warning  Teksten har lesbarhetsindeks LIX 104, over grensen på 55.  [language/hard-to-read]'],
  },
};

test('the valid baseline has no problems', async () => {
  expect(await scenarioLines(BASE)).toEqual([]);
});

test('a clean released version has no problems and is read as its own edition', async () => {
  const corpus = await loadScenario('version-valid');
  expect(corpus.problems.map((problem) => problem.message)).toEqual([]);
  expect(corpus.versions.map((edition) => [edition.id, edition.status, edition.documents.length])).toEqual([['2023-vedtatt', 'vedtatt', 11]]);
  expect(corpus.working.documents).toHaveLength(11);
});

describe.each(Object.entries(scenarios))('%s', (name, { lines, sentinel }) => {
  test('reports exactly its fault', async () => {
    expect(await scenarioLines(name)).toEqual(lines);
  });

  test('still checks every other file in the same run', async () => {
    const copy = await scratch(name);
    const second = await addSentinel(copy, name, sentinel);
    const reported = await problemLines(copy.dir);
    expect(reported).toContain(second);
    expect(reported.filter((line) => line !== second)).toEqual(lines);
  });
});

test('every scenario folder is in the table, and every table entry has its folder', async () => {
  const { readdir } = await import('node:fs/promises');
  const folders = (await readdir(fixtures, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  expect(folders.sort()).toEqual([...Object.keys(scenarios), BASE, 'version-valid', 'legacy-v1', 'image-valid'].sort());
});

test('a document whose shape check fails is not reported again where it is linked', async () => {
  // H-1 fails its shape check; T-1 still names it in `actionPlan`, which must not add «Finner ikke handlingsplanen».
  const corpus = await loadScenario('schema-invalid');
  expect(corpus.working.byId.has('H-1')).toBe(false);
  expect(corpus.problems.map((problem) => problem.ruleId)).toEqual(['schema/invalid']);
});

test('a file whose only fault is a misspelt optional key is still linked and checked', async () => {
  const copy = await scratch('valid-minimal', 'salvaged-unknown-key');
  await copy.edit('tiltak/T-2.md', (text) =>
    text.replace('status: planlagt\n', 'status: planlagt\nparnters: [KD]\n').replace('goals: [M-2]', 'goals: [M-2, M-9]'),
  );
  expect(await problemLines(copy.dir)).toEqual([
    'salvaged-unknown-key/tiltak/T-2.md:4:14  error  Finner ikke målet «M-9». Mente du «M-1»?  [link/unknown-goal]',
    'salvaged-unknown-key/tiltak/T-2.md:10:1  error  Ukjent felt «parnters». Mente du «partners»?  [schema/unknown-key]',
  ]);
});

test('a wrong date does not hide the file’s broken links or its date rules: every problem in one run', async () => {
  // The history date fails the schema; the goals, the responsible actors and the dates are still checked.
  const copy = await scratch('valid-minimal', 'wrong-date-and-more');
  await copy.edit('tiltak/T-2.md', (text) =>
    text
      .replace('goals: [M-2]', 'goals: [M-2, M-9]')
      .replace('responsible: [KD]', 'responsible: [KD, XX]')
      .replace('start: 2024', 'start: 2026-03')
      .replace('deadline: 2026', 'deadline: 2025\nhistory:\n  - date: 2024-02-30\n    status: planlagt'),
  );
  expect(await problemLines(copy.dir)).toEqual([
    'wrong-date-and-more/tiltak/T-2.md:4:14  error  Finner ikke målet «M-9». Mente du «M-1»?  [link/unknown-goal]',
    'wrong-date-and-more/tiltak/T-2.md:5:19  error  Finner ikke aktøren «XX».  [link/unknown-actor]',
    'wrong-date-and-more/tiltak/T-2.md:8:11  error  Fristen 2025 er før starten 2026-03.  [date/deadline-before-start]',
    'wrong-date-and-more/tiltak/T-2.md:10:11  error  «date i 1. oppføring i history»: 2024-02-30 finnes ikke: februar 2024 har 29 dager.  [schema/invalid]',
  ]);
});

test('a wrong required date keeps the fields that are valid on their own: links and the other date are checked', async () => {
  // Without a valid `start` the measure is not a valid document; what is known of it is still checked, once.
  const copy = await scratch('valid-minimal', 'wrong-required-date');
  await copy.edit('tiltak/T-2.md', (text) =>
    text
      .replace('goals: [M-2]', 'goals: [M-9]')
      .replace('responsible: [KD]', 'responsible: [XX]')
      .replace('start: 2024', 'start: 2025-13')
      .replace('deadline: 2026', 'deadline: 2031'),
  );
  const corpus = await load(copy.dir);
  expect(corpus.working.byId.has('T-2')).toBe(false);
  expect(corpus.problems.map((problem) => formatProblem(problem).split('\n')[0])).toEqual([
    'wrong-required-date/tiltak/T-2.md:4:9  error  Finner ikke målet «M-9». Mente du «M-1»?  [link/unknown-goal]',
    'wrong-required-date/tiltak/T-2.md:5:15  error  Finner ikke aktøren «XX». Mente du «KD»?  [link/unknown-actor]',
    'wrong-required-date/tiltak/T-2.md:7:8  error  «start»: 2025-13 finnes ikke: måneden må være fra 01 til 12.  [schema/invalid]',
    'wrong-required-date/tiltak/T-2.md:8:11  error  «deadline» er 2031, utenfor strategiperioden 2023–2030.  [date/outside-period]',
  ]);
});

test('a missing date or status is reported as a missing field, with what to write', async () => {
  const copy = await scratch('valid-minimal', 'missing-start-and-status');
  await copy.edit('tiltak/T-2.md', (text) => text.replace('start: 2024\n', '').replace('status: planlagt\n', ''));
  const corpus = await load(copy.dir);
  expect(corpus.problems.map((problem) => formatProblem(problem))).toEqual([
    'missing-start-and-status/tiltak/T-2.md:2:1  error  Feltet «start» mangler.  [schema/missing-field]\n  → Legg til «start» med år (2026), måned (2026-06) eller dato (2026-06-15).',
    'missing-start-and-status/tiltak/T-2.md:2:1  error  Feltet «status» mangler.  [schema/missing-field]\n  → Legg til «status» med en av «planlagt», «startet», «i-rute», «forsinket», «fullført», «stanset».',
  ]);
});

test('a measure without a deadline is valid, passes the date rules, is never overdue and never counted as on schedule', async () => {
  // Many real measures have no public deadline; the field is left out rather than given a guessed year.
  const copy = await scratch('valid-minimal', 'no-deadline');
  await copy.edit('tiltak/T-2.md', (text) => text.replace('deadline: 2026\n', '').replace('start: 2024', 'start: 2023'));
  const corpus = await load(copy.dir);
  expect(corpus.problems.map((problem) => formatProblem(problem))).toEqual([]);
  const measure = corpus.working.index.byKind.measure.find((doc) => doc.id === 'T-2');
  expect(measure?.data.deadline).toBeUndefined();
  expect([isOverdue(measure!, '2030-12-31'), categoryOn(measure!, '2030-12-31')]).toEqual([false, 'no-deadline']);
});

test('a near-fence keeps the whole document out: nothing after it reaches a body', async () => {
  const corpus = await loadScenario('frontmatter-near-fence');
  expect(corpus.working.byId.has('T-2')).toBe(false);
  expect(corpus.working.documents.some((doc) => doc.body.includes('Budsjettet'))).toBe(false);
});

test('bidirectional controls are taken out of the data the model returns', async () => {
  const corpus = await loadScenario('frontmatter-bidi-control');
  expect(corpus.working.byId.get('T-2')?.data).toMatchObject({ title: 'Kartlegge utstyr' });
});

test('a file named .MD is not a document: validate and every command that lists content skip it alike', async () => {
  const corpus = await loadScenario('file-extension-case');
  expect(corpus.working.byId.has('T-3')).toBe(false);
  expect(corpus.working.fileCount).toBe(11);
});

test('passage blocks: an unknown name without a near one, a longer fence, a whole-document mark, a nested block', async () => {
  const copy = await scratch('valid-minimal', 'passage-variants');
  await copy.edit('tiltak/T-2.md', (text) => `${text}\n:::note\nMerk dette.\n:::\n\n- ::::eksempel\n  En skole fant tre projektorer.\n`);
  await copy.edit('mal/M-2.md', (text) => `${text.replace('---\n', '---\nexample: true\n')}\n:::eksempel\nOppdiktet.\n:::\n`);
  const corpus = await load(copy.dir);
  expect(corpus.problems.map((problem) => formatProblem(problem))).toEqual([
    'passage-variants/mal/M-2.md:2:10  warning  Hele dokumentet er merket som eksempel («example: true»), og i tillegg er ett avsnitt merket med «:::eksempel».  [example/marked-twice]\n  → Merk bare det som er oppdiktet: skriv feltene som er eksempler i «example» i stedet for «true», så merker «:::eksempel» avsnittene i teksten. Er hele dokumentet oppdiktet, fjern «:::eksempel»-linjene.',
    'passage-variants/tiltak/T-2.md:13:1  error  Teksten har ingen blokk som heter «:::note».  [example/unknown-block]\n  → Den eneste blokken er «:::eksempel», som merker et oppdiktet avsnitt: en linje «:::eksempel», avsnittet, og en linje «:::». Er linjen ment som tekst, skriv en omvendt skråstrek foran: «\\:::note».',
    'passage-variants/tiltak/T-2.md:17:3  error  «:::eksempel» lukkes aldri, så resten av teksten blir merket som eksempel.  [example/unclosed-passage]\n  → Skriv en linje med bare «::::» etter det oppdiktede avsnittet.',
  ]);
  expect(corpus.working.byId.get('M-2')?.blocks.map((block) => block.name)).toEqual(['eksempel']);
});
