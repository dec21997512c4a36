// Hostile input: every file below is written at test time beside the valid baseline `valid-minimal`, all in
// one content folder with the baseline's own second fault (the sentinel in aktorer/KD.md), and the folder is
// loaded once. Each file must get exactly its problem lines, every other file must still be checked, and the
// run must end (the timeouts are a hang guard, not a timing assertion) without exhausting memory.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblemLine } from '@strategi/problems';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Corpus } from '../../src/index.ts';
import { addSentinel, fixtures, load, scratch } from '../helpers.ts';
import { billionLaughs, manyLines, measure, patterns, seededBytes, withBytes } from './inputs.ts';

const NAME = 'hostile';

const TOO_DEEP =
  'Teksten er nøstet dypere enn grensen på 64 nivåer (sitater i sitater, lister i lister, utheving i utheving eller HTML-elementer i hverandre), og kan ikke publiseres.';

/** The marker rule's line: a paragraph crowded with emphasis, link and code markers is refused before it is parsed. */
const tooManyMarkers = (file: string, markers: number) =>
  `hostile/tiltak/${file}.md:11:1  error  Avsnittet har ${markers} tegn som kan være formatering («*», «_», «[», «]», «\`», «<»), mer enn grensen på 200 i ett avsnitt, og kan ikke publiseres.  [file/too-many-markers]`;

/** A list of `levels` items, each nested in the one before. */
const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- punkt ${i + 1}`).join('\n');

interface Hostile {
  /** What the file is, for the table in the release notes. */
  what: string;
  content: () => string | Uint8Array;
  /** The lines `strategi validate` prints for this file, in order. */
  lines: string[];
}

const hostile: Record<string, Hostile> = {
  // Bytes that are not text
  'T-101': {
    what: 'binary file named .md: 4 KB of seeded random bytes, NUL among them',
    content: () => seededBytes(2024, 4096),
    lines: ['hostile/tiltak/T-101.md:4:47  error  Filen inneholder NUL-tegn og ser ut som en binær fil, ikke tekst.  [file/binary]'],
  },
  'T-102': {
    what: 'invalid UTF-8: overlong «/» (C0 AF) in the title',
    content: () => withBytes(measure('T-102').replace('utstyr', 'ut#styr'), [0xc0, 0xaf]),
    lines: ['hostile/tiltak/T-102.md:3:20  error  Filen er ikke gyldig UTF-8 (første ugyldige byte er nummer 34).  [file/not-utf8]'],
  },
  'T-103': {
    what: 'invalid UTF-8: lone continuation byte (80) in the body',
    content: () => withBytes(measure('T-103', 'Tiltaket # gir et bilde.\n'), [0x80]),
    lines: ['hostile/tiltak/T-103.md:11:10  error  Filen er ikke gyldig UTF-8 (første ugyldige byte er nummer 149).  [file/not-utf8]'],
  },
  'T-104': {
    what: 'invalid UTF-8: encoded surrogate (ED A0 80) in the body',
    content: () => withBytes(measure('T-104', 'Tiltaket # gir et bilde.\n'), [0xed, 0xa0, 0x80]),
    lines: ['hostile/tiltak/T-104.md:11:10  error  Filen er ikke gyldig UTF-8 (første ugyldige byte er nummer 149).  [file/not-utf8]'],
  },
  'T-105': {
    what: 'invalid UTF-8: file ends inside a 4-byte sequence (F0 9F 98)',
    content: () => withBytes(measure('T-105', 'Tiltaket gir et bilde.#'), [0xf0, 0x9f, 0x98]),
    lines: ['hostile/tiltak/T-105.md:11:23  error  Filen er ikke gyldig UTF-8 (første ugyldige byte er nummer 162).  [file/not-utf8]'],
  },
  'T-106': {
    what: 'Latin-1 «ø» (F8) in the title',
    content: () => withBytes(measure('T-106').replace('Kartlegge', 'Kartlegge #'), [0xf8]),
    lines: ['hostile/tiltak/T-106.md:3:18  error  Filen er ikke gyldig UTF-8 (første ugyldige byte er nummer 32).  [file/not-utf8]'],
  },
  'T-107': {
    what: 'NUL byte in the middle of the body text',
    content: () => withBytes(measure('T-107', 'Tiltaket gir # et bilde.\n'), [0x00]),
    lines: ['hostile/tiltak/T-107.md:11:14  error  Filen inneholder NUL-tegn og ser ut som en binær fil, ikke tekst.  [file/binary]'],
  },
  // Size
  'T-108': {
    what: 'frontmatter line of 20,001 characters',
    content: () => measure('T-108').replace('Kartlegge utstyr', 'k'.repeat(20_001)),
    lines: ['hostile/tiltak/T-108.md:3:1  error  Linjen er 20008 tegn lang, mer enn grensen på 20000.  [file/line-too-long]'],
  },
  'T-109': {
    what: 'body line of 20,001 «ø» (40 KB of bytes, 20,001 characters)',
    content: () => measure('T-109', `${'ø'.repeat(20_001)}\n`),
    lines: ['hostile/tiltak/T-109.md:11:1  error  Linjen er 20001 tegn lang, mer enn grensen på 20000.  [file/line-too-long]'],
  },
  'T-110': {
    what: 'body line of exactly 20,000 characters, CRLF line ends (within the limit)',
    content: () => measure('T-110', `${'a'.repeat(20_000)}\n`).replace(/\n/g, '\r\n'),
    lines: [],
  },
  'T-111': {
    what: '30 MB file',
    content: () => measure('T-111', 'Tiltaket gir et bilde av utstyret.\n'.repeat((30 * 1024 * 1024) / 35)),
    lines: ['hostile/tiltak/T-111.md:1:1  error  Filen er 30.0 MB, mer enn grensen på 256 kB.  [file/too-large]'],
  },
  // YAML built to blow up or nest
  'T-112': {
    what: 'billion laughs: ten levels of ten aliases',
    content: () => measure('T-112', undefined, billionLaughs()),
    lines: [
      'hostile/tiltak/T-112.md:2:1  error  Frontmatter er for sammensatt: for mange YAML-aliaser («*»); det ser ut som et forsøk på å blåse opp innholdet.  [frontmatter/too-complex]',
    ],
  },
  'T-113': {
    what: 'billion laughs in a file over 16 KB (parsed in the worker)',
    content: () => measure('T-113', 'Tiltaket gir et bilde av utstyret.\n'.repeat(600), billionLaughs()),
    lines: [
      'hostile/tiltak/T-113.md:2:1  error  Frontmatter er for sammensatt: for mange YAML-aliaser («*»); det ser ut som et forsøk på å blåse opp innholdet.  [frontmatter/too-complex]',
    ],
  },
  'T-114': {
    what: 'flow list nested 5,000 deep: [[[[…]]]]',
    content: () => measure('T-114', undefined, `note: ${'['.repeat(5000)}1${']'.repeat(5000)}\n`),
    lines: ['hostile/tiltak/T-114.md:10:7  error  Frontmatter er for sammensatt: verdiene er nøstet dypere enn 20 nivåer.  [frontmatter/too-complex]'],
  },
  'T-128': {
    what: 'flow list nested 5,000 deep in a file over 16 KB (parsed in the worker)',
    content: () => measure('T-128', 'Tiltaket gir et bilde av utstyret.\n'.repeat(600), `note: ${'['.repeat(5000)}1${']'.repeat(5000)}\n`),
    lines: ['hostile/tiltak/T-128.md:10:7  error  Frontmatter er for sammensatt: verdiene er nøstet dypere enn 20 nivåer.  [frontmatter/too-complex]'],
  },
  'T-115': {
    what: 'flow mapping nested 5,000 deep: {a: {a: …}}, one level a line',
    content: () => measure('T-115', undefined, `note:\n${'  {a:\n'.repeat(5000)}  1${'}'.repeat(5000)}\n`),
    lines: ['hostile/tiltak/T-115.md:11:3  error  Frontmatter er for sammensatt: verdiene er nøstet dypere enn 20 nivåer.  [frontmatter/too-complex]'],
  },
  'T-116': {
    what: 'block mapping nested 600 deep, one space of indent a level',
    content: () => measure('T-116', undefined, `note:\n${Array.from({ length: 600 }, (_, i) => `${' '.repeat(i + 1)}a:\n`).join('')}${' '.repeat(601)}1\n`),
    lines: ['hostile/tiltak/T-116.md:31:22  error  Frontmatter er for sammensatt: verdiene er nøstet dypere enn 20 nivåer.  [frontmatter/too-complex]'],
  },
  // Ids that look like paths
  'T-117': {
    what: 'id: ../../etc/passwd',
    content: () => measure('../../etc/passwd'),
    lines: ['hostile/tiltak/T-117.md:2:5  error  «id» har feil format: «../../etc/passwd».  [schema/invalid-format]'],
  },
  'T-118': {
    what: 'id: T-1/x',
    content: () => measure('T-1/x'),
    lines: ['hostile/tiltak/T-118.md:2:5  error  «id» har feil format: «T-1/x».  [schema/invalid-format]'],
  },
  'T-119': {
    what: 'id: ..\\..\\windows',
    content: () => measure('..\\..\\windows'),
    lines: ['hostile/tiltak/T-119.md:2:5  error  «id» har feil format: «..\\..\\windows».  [schema/invalid-format]'],
  },
  // Pathological Markdown in a small file (parsed in this thread)
  'T-120': {
    what: '«[a](» × 4,000 on one line',
    content: () => measure('T-120', `${patterns['link-openers']}\n`),
    lines: [
      tooManyMarkers('T-120', 8000),
      'hostile/tiltak/T-120.md:11:1  warning  Teksten har lesbarhetsindeks LIX 4000, over grensen på 55.  [language/hard-to-read]',
    ],
  },
  'T-121': {
    what: '«>» × 10,000 on one line',
    content: () => measure('T-121', `${patterns['quote-markers']}\n`),
    // Reported where the 65th quote opens: the parse no longer runs out of stack before the depth is measured.
    lines: [
      'hostile/tiltak/T-121.md:11:65  error  Teksten er nøstet dypere enn grensen på 64 nivåer (sitater i sitater, lister i lister, utheving i utheving eller HTML-elementer i hverandre), og kan ikke publiseres.  [file/too-complex]',
    ],
  },
  'T-122': {
    what: '«*a » × 5,000 on one line',
    content: () => measure('T-122', `${patterns['emphasis-openers']}\n`),
    lines: [
      tooManyMarkers('T-122', 5000),
      'hostile/tiltak/T-122.md:11:1  warning  Teksten har lesbarhetsindeks LIX 5000, over grensen på 55.  [language/hard-to-read]',
    ],
  },
  'T-123': {
    what: '«- » × 3,000 on one line',
    content: () => measure('T-123', `${patterns['list-markers']}\n`),
    lines: [],
  },
  // Nesting that parses, but that every render step would walk recursively past the stack: refused where it
  // passes the limit (64), so that it can never be released and break a build.
  'T-600': {
    what: '«>» × 5,000 before a word (5 kB)',
    content: () => measure('T-600', `${'>'.repeat(5000)} ord\n`),
    lines: [`hostile/tiltak/T-600.md:11:65  error  ${TOO_DEEP}  [file/too-complex]`],
  },
  'T-601': {
    what: 'a list nested 40 levels deep',
    content: () => measure('T-601', `${nestedList(40)}\n`),
    lines: [`hostile/tiltak/T-601.md:42:65  error  ${TOO_DEEP}  [file/too-complex]`],
  },
  'T-602': {
    what: 'emphasis in emphasis, 70 levels',
    content: () => measure('T-602', `${'*a '.repeat(70)}x${' a*'.repeat(70)}\n`),
    lines: [`hostile/tiltak/T-602.md:11:188  error  ${TOO_DEEP}  [file/too-complex]`],
  },
  'T-603': {
    what: '«<div>» × 70, never closed',
    content: () => measure('T-603', `${'<div>'.repeat(70)}tekst\n`),
    lines: [`hostile/tiltak/T-603.md:11:1  error  ${TOO_DEEP}  [file/too-complex]`],
  },
  'T-604': {
    what: 'an unclosed «<b>» with a class of its own in each of 70 paragraphs (the HTML parser reopens them all)',
    content: () => measure('T-604', Array.from({ length: 70 }, (_, i) => `<b class="c${i}">tekst\n`).join('\n')),
    lines: [`hostile/tiltak/T-604.md:135:1  error  ${TOO_DEEP}  [file/too-complex]`],
  },
  'T-605': {
    what: 'quotes, lists and numbered lists in each other, 25 of each, around emphasis and HTML',
    content: () => measure('T-605', `${'> - 1. '.repeat(25)}*<span>x</span>*\n`),
    lines: [`hostile/tiltak/T-605.md:11:89  error  ${TOO_DEEP}  [file/too-complex]`],
  },
  'T-606': {
    what: 'a list nested 31 levels deep, just within the limit',
    content: () => measure('T-606', `${nestedList(31)}\n`),
    lines: [],
  },
  // The faults of bad-input.test.ts that are not above, each in its own file of the same folder
  'T-130': {
    what: 'byte order mark',
    content: () => `\uFEFF${measure('T-130')}`,
    lines: ['hostile/tiltak/T-130.md:1:1  warning  Filen begynner med et byte order mark (BOM).  [file/bom]'],
  },
  'T-131': {
    what: 'byte order mark and CRLF, with an unclosed quote on line 4',
    content: () => `\uFEFF${measure('T-131').replace('goals: [M-2]', 'goals: [M-2, "M-3]').replace(/\n/g, '\r\n')}`,
    lines: [
      'hostile/tiltak/T-131.md:1:1  warning  Filen begynner med et byte order mark (BOM).  [file/bom]',
      'hostile/tiltak/T-131.md:4:14  error  Frontmatter er ikke gyldig YAML: et anførselstegn åpnes, men lukkes aldri.  [frontmatter/yaml-syntax]',
    ],
  },
  'T-132': {
    what: 'CRLF, with an unknown goal on line 4',
    content: () => measure('T-132').replace('goals: [M-2]', 'goals: [M-2, M-9]').replace(/\n/g, '\r\n'),
    lines: ['hostile/tiltak/T-132.md:4:14  error  Finner ikke målet «M-9». Mente du «M-1»?  [link/unknown-goal]'],
  },
  'T-133': {
    what: 'CRLF, with a bad body link on line 11',
    content: () => measure('T-133', 'Se [tiltaket](tilak:T-1).\n').replace(/\n/g, '\r\n'),
    lines: ['hostile/tiltak/T-133.md:11:4  error  Ukjent lenketype «tilak:». Mente du «tiltak:»?  [link/unknown-scheme]'],
  },
  'T-134': {
    what: 'empty file',
    content: () => '',
    lines: ['hostile/tiltak/T-134.md:1:1  error  Filen er tom.  [file/empty]'],
  },
  'T-135': {
    what: 'only blank lines and a tab',
    content: () => '\n  \n\t\n',
    lines: ['hostile/tiltak/T-135.md:1:1  error  Filen er tom.  [file/empty]'],
  },
  'T-136': {
    what: 'decomposed «å» in a reference: read composed, and no ASCII id holds «å»',
    content: () => measure('T-136').replace('goals: [M-2]', 'goals: [M-2]\npartners: [Spra\u030akrådet]'),
    lines: ['hostile/tiltak/T-136.md:5:12  error  Finner ikke aktøren «Språkrådet». Mente du «Sprakradet»?  [link/unknown-actor]'],
  },
  // Fences: only an exact «---» line opens or closes the frontmatter; nothing after a near-fence reaches the body
  'T-140': {
    what: 'the frontmatter «closed» early by «--- » (a trailing space), a secret after it, then the real «---»',
    content: () => measure('T-140', undefined, '--- \ninternalNote: Budsjettet er hemmelig.\n'),
    lines: ['hostile/tiltak/T-140.md:10:1  error  Linjen «--- » ligner en «---»-linje, men har mellomrom etter bindestrekene.  [frontmatter/near-fence]'],
  },
  'T-141': {
    what: '«--- » as the only closing line, a secret after it',
    content: () => measure('T-141', 'internalNote: Budsjettet er hemmelig.\nTiltaket gir et bilde.\n').replace('\n---\n', '\n--- \n'),
    lines: ['hostile/tiltak/T-141.md:10:1  error  Linjen «--- » ligner en «---»-linje, men har mellomrom etter bindestrekene.  [frontmatter/near-fence]'],
  },
  'T-142': {
    what: '«----» (four dashes) closing early',
    content: () => measure('T-142', undefined, '----\ninternalNote: Budsjettet er hemmelig.\n'),
    lines: ['hostile/tiltak/T-142.md:10:1  error  Linjen «----» ligner en «---»-linje, men har 4 bindestreker, ikke tre.  [frontmatter/near-fence]'],
  },
  'T-143': {
    what: '« ---» (a space before) closing early',
    content: () => measure('T-143', undefined, ' ---\ninternalNote: Budsjettet er hemmelig.\n'),
    lines: ['hostile/tiltak/T-143.md:10:1  error  Linjen « ---» ligner en «---»-linje, men har mellomrom foran bindestrekene.  [frontmatter/near-fence]'],
  },
  'T-144': {
    what: '«---x» closing early',
    content: () => measure('T-144', undefined, '---x\ninternalNote: Budsjettet er hemmelig.\n'),
    lines: ['hostile/tiltak/T-144.md:10:1  error  Linjen «---x» ligner en «---»-linje, men har andre tegn etter bindestrekene.  [frontmatter/near-fence]'],
  },
  'T-145': {
    what: "«...» (YAML's document end) inside the frontmatter",
    content: () => measure('T-145', undefined, '...\ninternalNote: Budsjettet er hemmelig.\n'),
    lines: ['hostile/tiltak/T-145.md:10:1  error  Linjen «...» ligner en «---»-linje, men er punktum, ikke tre bindestreker.  [frontmatter/near-fence]'],
  },
  'T-146': {
    what: '«---» and a tab closing early',
    content: () => measure('T-146', undefined, '---\t\ninternalNote: Budsjettet er hemmelig.\n'),
    lines: [
      'hostile/tiltak/T-146.md:10:1  error  Linjen «---<U+0009>» ligner en «---»-linje, men har usynlige tegn etter bindestrekene.  [frontmatter/near-fence]',
    ],
  },
  'T-147': {
    what: '«---» and a no-break space closing early',
    content: () => measure('T-147', undefined, '---\u00a0\ninternalNote: Budsjettet er hemmelig.\n'),
    lines: [
      'hostile/tiltak/T-147.md:10:1  error  Linjen «---<U+00A0>» ligner en «---»-linje, men har usynlige tegn etter bindestrekene.  [frontmatter/near-fence]',
    ],
  },
  'T-148': {
    what: '«---» and a zero-width space closing early',
    content: () => measure('T-148', undefined, '---\u200b\ninternalNote: Budsjettet er hemmelig.\n'),
    lines: [
      'hostile/tiltak/T-148.md:10:1  error  Linjen «---<U+200B>» ligner en «---»-linje, men har usynlige tegn etter bindestrekene.  [frontmatter/near-fence]',
    ],
  },
  'T-149': {
    what: '«--- » as the opening line',
    content: () => measure('T-149').replace(/^---/, '--- '),
    lines: ['hostile/tiltak/T-149.md:1:1  error  Linjen «--- » ligner en «---»-linje, men har mellomrom etter bindestrekene.  [frontmatter/near-fence]'],
  },
  'T-150': {
    what: 'a secret field on the first line after an exact closing «---»',
    content: () => measure('T-150', 'internalNote: Budsjettet er hemmelig.\nTiltaket gir et bilde.\n'),
    lines: [
      'hostile/tiltak/T-150.md:11:1  error  Teksten etter frontmatter begynner med «internalNote:», som ser ut som et felt.  [frontmatter/field-in-body]',
    ],
  },
  'T-151': {
    what: 'a second frontmatter block after the first, holding a secret field',
    content: () => measure('T-151', '\n---\ninternalNote: Budsjettet er hemmelig.\n---\nTiltaket gir et bilde.\n'),
    lines: [
      'hostile/tiltak/T-151.md:13:1  error  Teksten etter frontmatter begynner med «internalNote:», som ser ut som et felt.  [frontmatter/field-in-body]',
    ],
  },
  'T-152': {
    what: 'two unknown «key: value» lines first in the body',
    content: () => measure('T-152', 'budsjett: 2 mill.\nkontakt: Kari\n\nTiltaket gir et bilde.\n'),
    lines: ['hostile/tiltak/T-152.md:11:1  error  Teksten etter frontmatter begynner med «budsjett:», som ser ut som et felt.  [frontmatter/field-in-body]'],
  },
  'T-153': {
    what: 'prose that starts with a word and a colon (not a field)',
    content: () => measure('T-153', 'Merk: tiltaket er nytt.\n'),
    lines: [],
  },
  'T-154': {
    what: 'CRLF line ends and exact fences (valid)',
    content: () => measure('T-154').replace(/\n/g, '\r\n'),
    lines: [],
  },
  'T-155': {
    what: 'CRLF line ends with «--- » closing early',
    content: () => measure('T-155', undefined, '--- \ninternalNote: Budsjettet er hemmelig.\n').replace(/\n/g, '\r\n'),
    lines: ['hostile/tiltak/T-155.md:10:1  error  Linjen «--- » ligner en «---»-linje, men har mellomrom etter bindestrekene.  [frontmatter/near-fence]'],
  },
  'T-156': {
    what: 'two near-fences in one frontmatter',
    content: () => measure('T-156', undefined, '--- \nnote: a\n...\n'),
    lines: [
      'hostile/tiltak/T-156.md:10:1  error  Linjen «--- » ligner en «---»-linje, men har mellomrom etter bindestrekene.  [frontmatter/near-fence]',
      'hostile/tiltak/T-156.md:12:1  error  Linjen «...» ligner en «---»-linje, men er punktum, ikke tre bindestreker.  [frontmatter/near-fence]',
    ],
  },
  'T-157': {
    what: 'an indented «  --- og mer» continuing a value (valid YAML, not a fence)',
    content: () => measure('T-157').replace('title: Kartlegge utstyr', 'title: Kartlegge\n  --- og mer utstyr'),
    lines: [],
  },
  // YAML mistakes, in plain Norwegian at the place they were made
  'T-160': {
    what: 'unclosed «[» with lines after it',
    content: () => measure('T-160').replace('goals: [M-2]', 'goals: [M-2, M-3'),
    lines: [
      'hostile/tiltak/T-160.md:4:8  error  Frontmatter er ikke gyldig YAML: en liste åpnes med «[», men lukkes aldri med «]».  [frontmatter/yaml-syntax]',
    ],
  },
  'T-161': {
    what: 'unclosed «{» in a list',
    content: () => measure('T-161', undefined, 'history:\n  - {date: 2024-01-15, status: startet\n'),
    lines: [
      'hostile/tiltak/T-161.md:11:5  error  Frontmatter er ikke gyldig YAML: et sett med felt åpnes med «{», men lukkes aldri med «}».  [frontmatter/yaml-syntax]',
    ],
  },
  'T-162': {
    what: 'an outer «[» unclosed around a closed inner one',
    content: () => measure('T-162').replace('goals: [M-2]', 'goals: [M-2, [M-3]'),
    lines: [
      'hostile/tiltak/T-162.md:4:8  error  Frontmatter er ikke gyldig YAML: en liste åpnes med «[», men lukkes aldri med «]».  [frontmatter/yaml-syntax]',
    ],
  },
  'T-163': {
    what: '«[» closed by «}»',
    content: () => measure('T-163', undefined, 'history:\n  - {date: [2024-01-15}\n'),
    lines: [
      'hostile/tiltak/T-163.md:11:12  error  Frontmatter er ikke gyldig YAML: en liste åpnes med «[», men lukkes aldri med «]».  [frontmatter/yaml-syntax]',
    ],
  },
  'T-164': {
    what: 'unclosed single quote',
    content: () => measure('T-164').replace('title: Kartlegge utstyr', "title: 'Kartlegge utstyr"),
    lines: ['hostile/tiltak/T-164.md:3:8  error  Frontmatter er ikke gyldig YAML: et anførselstegn åpnes, men lukkes aldri.  [frontmatter/yaml-syntax]'],
  },
  'T-165': {
    what: 'a single alias with no anchor: «title: *x»',
    content: () => measure('T-165').replace('title: Kartlegge utstyr', 'title: *x'),
    lines: [
      'hostile/tiltak/T-165.md:3:8  error  Frontmatter er ikke gyldig YAML: «*x» er et YAML-alias, men ingen verdi foran det er merket med ankeret «&x». Tekst som begynner med «*», må stå i anførselstegn.  [frontmatter/yaml-syntax]',
    ],
  },
  'T-166': {
    what: 'a missing colon: «title Kartlegge utstyr»',
    content: () => measure('T-166').replace('title: Kartlegge utstyr', 'title Kartlegge utstyr'),
    lines: [
      'hostile/tiltak/T-166.md:3:1  error  Frontmatter er ikke gyldig YAML: linjen «title Kartlegge utstyr» mangler kolon etter feltnavnet. Skriv «title: Kartlegge utstyr».  [frontmatter/yaml-syntax]',
    ],
  },
  'T-167': {
    what: 'a missing colon on the last line',
    content: () => measure('T-167', undefined, 'actionPlan H-1\n'),
    lines: [
      'hostile/tiltak/T-167.md:10:1  error  Frontmatter er ikke gyldig YAML: linjen «actionPlan H-1» mangler kolon etter feltnavnet. Skriv «actionPlan: H-1».  [frontmatter/yaml-syntax]',
    ],
  },
  'T-168': {
    what: 'a value with «: » in it',
    content: () => measure('T-168').replace('title: Kartlegge utstyr', 'title: Mål: bedre utstyr'),
    lines: [
      'hostile/tiltak/T-168.md:3:8  error  Frontmatter er ikke gyldig YAML: verdien inneholder kolon og mellomrom («: »), som YAML leser som et nytt felt. Sett hele verdien i anførselstegn.  [frontmatter/yaml-syntax]',
    ],
  },
  'T-169': {
    what: 'a field written twice',
    content: () => measure('T-169', undefined, 'status: startet\n'),
    lines: ['hostile/tiltak/T-169.md:10:1  error  Frontmatter er ikke gyldig YAML: feltet «status» står to ganger.  [frontmatter/yaml-syntax]'],
  },
  'T-170': {
    what: 'a tab as indent',
    content: () => measure('T-170', undefined, 'history:\n\t- date: 2024-01-15\n'),
    lines: ['hostile/tiltak/T-170.md:11:1  error  Frontmatter er ikke gyldig YAML: tabulator brukt som innrykk. Bruk mellomrom.  [frontmatter/yaml-syntax]'],
  },
  'T-171': {
    what: '«#» with no space before it',
    content: () => measure('T-171').replace('goals: [M-2]', 'goals: [M-2]#mål'),
    lines: [
      'hostile/tiltak/T-171.md:4:13  error  Frontmatter er ikke gyldig YAML: «#» står rett etter annen tekst. En kommentar skal ha mellomrom foran «#»; er «#» en del av verdien, sett verdien i anførselstegn.  [frontmatter/yaml-syntax]',
    ],
  },
  'T-172': {
    what: 'a bad escape in double quotes',
    content: () => measure('T-172').replace('title: Kartlegge utstyr', 'title: "Kartlegge \\q"'),
    lines: [
      'hostile/tiltak/T-172.md:3:19  error  Frontmatter er ikke gyldig YAML: en omvendt skråstrek («\\») i tekst med doble anførselstegn står foran et tegn den ikke kan stå foran. Skriv «\\\\», eller bruk enkle anførselstegn.  [frontmatter/yaml-syntax]',
    ],
  },
  'T-173': {
    what: 'a value starting with «@»',
    content: () => measure('T-173').replace('title: Kartlegge utstyr', 'title: @KD'),
    lines: [
      'hostile/tiltak/T-173.md:3:8  error  Frontmatter er ikke gyldig YAML: verdien begynner med «@», som bare kan stå først i tekst i anførselstegn. Sett verdien i anførselstegn.  [frontmatter/yaml-syntax]',
    ],
  },
  'T-174': {
    what: 'a list as a field name («? [a]»)',
    content: () => measure('T-174', undefined, '? [a]\n: 1\n'),
    lines: [
      'hostile/tiltak/T-174.md:10:3  error  Frontmatter er ikke gyldig YAML: et feltnavn er en liste, et sett med felt eller et alias. Et feltnavn skal være tekst.  [frontmatter/yaml-syntax]',
    ],
  },
  'T-175': {
    what: 'an empty item in a flow list',
    content: () => measure('T-175').replace('goals: [M-2]', 'goals: [M-2,, M-1]'),
    lines: ['hostile/tiltak/T-175.md:4:13  error  Frontmatter er ikke gyldig YAML: et komma for mye i «[…]» eller «{…}».  [frontmatter/yaml-syntax]'],
  },
  'T-176': {
    what: 'a stray «]»',
    content: () => measure('T-176').replace('goals: [M-2]', 'goals: [M-2]]'),
    lines: [
      'hostile/tiltak/T-176.md:4:13  error  Frontmatter er ikke gyldig YAML: en «]» eller «}» hører ikke til noen «[» eller «{».  [frontmatter/yaml-syntax]',
    ],
  },
  'T-177': {
    what: 'a «%» directive line',
    content: () => measure('T-177').replace('---\nid:', '---\n%YAML 1.2\nid:'),
    lines: [
      'hostile/tiltak/T-177.md:3:1  error  Frontmatter er ikke gyldig YAML: en linje som begynner med «%», er et YAML-direktiv som ikke brukes her. Fjern linjen.  [frontmatter/yaml-syntax]',
    ],
  },
  // Field names typed in Norwegian, and places in lists counted from 1
  'T-180': {
    what: '«frist» for «deadline»',
    content: () => measure('T-180').replace('deadline:', 'frist:'),
    lines: ['hostile/tiltak/T-180.md:8:1  error  Ukjent felt «frist». Mente du «deadline»?  [schema/unknown-key]'],
  },
  'T-181': {
    what: '«tittel» for «title»',
    content: () => measure('T-181').replace('title:', 'tittel:'),
    lines: [
      'hostile/tiltak/T-181.md:2:1  error  Feltet «title» mangler.  [schema/missing-field]',
      'hostile/tiltak/T-181.md:3:1  error  Ukjent felt «tittel». Mente du «title»?  [schema/unknown-key]',
    ],
  },
  'T-182': {
    what: 'a status of schema version 1 (English) in the first history entry: the Norwegian value is offered',
    content: () => measure('T-182', undefined, 'history:\n  - date: 2024-01-15\n    status: started\n'),
    lines: ['hostile/tiltak/T-182.md:12:13  error  «status i 1. oppføring i history» kan ikke være «started». Mente du «startet»?  [schema/invalid-value]'],
  },
  'T-183': {
    what: '«dato» for «date» in the second history entry',
    content: () => measure('T-183', undefined, 'history:\n  - date: 2024-01-15\n    status: planlagt\n  - dato: 2024-02-01\n    status: planlagt\n'),
    lines: [
      'hostile/tiltak/T-183.md:13:5  error  Feltet «date i 2. oppføring i history» mangler.  [schema/missing-field]',
      'hostile/tiltak/T-183.md:13:5  error  Ukjent felt «dato» i «2. oppføring i history». Mente du «date»?  [schema/unknown-key]',
    ],
  },
  'T-184': {
    what: 'a text where the third goal should be',
    content: () => measure('T-184').replace('goals: [M-2]', 'goals: [M-2, M-1, {a: 1}]'),
    lines: ['hostile/tiltak/T-184.md:4:19  error  «3. oppføring i goals» skal være tekst, men er felt med verdier.  [schema/invalid-type]'],
  },
  // Invisible characters in text and ids
  'T-185': {
    what: 'U+202E (right-to-left override) in the title',
    content: () => measure('T-185').replace('Kartlegge utstyr', 'Kartlegge \u202eutstyr'),
    lines: ['hostile/tiltak/T-185.md:3:8  warning  «title» har usynlige tegn som snur tekstretningen (U+202E). De er fjernet.  [frontmatter/bidi-control]'],
  },
  'T-186': {
    what: "isolates (U+2066, U+2069) in a source's title",
    content: () => measure('T-186', undefined, 'sources:\n  - title: "Kilde \u2066x\u2069"\n'),
    lines: [
      'hostile/tiltak/T-186.md:11:12  warning  «title i 1. oppføring i sources» har usynlige tegn som snur tekstretningen (U+2066, U+2069). De er fjernet.  [frontmatter/bidi-control]',
    ],
  },
  'T-187': {
    what: 'left-to-right and right-to-left marks and the Arabic letter mark in the title',
    content: () => measure('T-187').replace('Kartlegge utstyr', 'Kartlegge\u200e\u200f\u061c utstyr'),
    lines: [
      'hostile/tiltak/T-187.md:3:8  warning  «title» har usynlige tegn som snur tekstretningen (U+200E, U+200F, U+061C). De er fjernet.  [frontmatter/bidi-control]',
    ],
  },
  'T-188': {
    what: 'a zero-width space in the id (not stripped: refused, and shown)',
    content: () => measure('T-188\u200b'),
    lines: ['hostile/tiltak/T-188.md:2:5  error  «id» har feil format: «T-188<U+200B>».  [schema/invalid-format]'],
  },
  // The same in a large file (over 16 KB: parsed in a worker that is stopped after 5 s)
  'T-124': {
    what: '«[a](» × 4,000, on each of 15 lines (240 kB)',
    content: () => measure('T-124', manyLines(patterns['link-openers'])),
    // Refused by the count of its markers before it is parsed, not by the clock: the same on a busy machine.
    lines: [
      tooManyMarkers('T-124', 112_000),
      'hostile/tiltak/T-124.md:11:1  warning  Teksten har lesbarhetsindeks LIX 4000, over grensen på 55.  [language/hard-to-read]',
    ],
  },
  'T-125': {
    what: '«>» × 10,000, on each of 23 lines (230 kB)',
    content: () => measure('T-125', manyLines(patterns['quote-markers'])),
    // Found past the nesting limit in the raw text, before a parse that would not end within the time bound.
    lines: [`hostile/tiltak/T-125.md:11:65  error  ${TOO_DEEP}  [file/too-complex]`],
  },
  'T-126': {
    what: '«*a » × 5,000, on each of 15 lines (225 kB)',
    content: () => measure('T-126', manyLines(patterns['emphasis-openers'])),
    // Refused before it is parsed (unparsed, each line is a paragraph of its own to the readability count).
    lines: [
      tooManyMarkers('T-126', 75_000),
      'hostile/tiltak/T-126.md:11:1  warning  Teksten har lesbarhetsindeks LIX 5000, over grensen på 55.  [language/hard-to-read]',
    ],
  },
  'T-127': {
    what: '«- » × 3,000, on each of 39 lines (234 kB)',
    content: () => measure('T-127', manyLines(patterns['list-markers'])),
    lines: [],
  },
};

/**
 * A valid measure with a fresh id, cut after every 7th byte: the whole file (T-3nn: frontmatter left open,
 * or a cut body), and the YAML alone, closed again with «---» (T-4nn: cut keys, values and brackets).
 */
const truncations: { file: string; cut: number; content: (file: string) => Uint8Array }[] = [];
const wholeFile = (file: string) => Buffer.from(measure(file));
const yamlOnly = (file: string) => Buffer.from(measure(file).split('---\n')[1]!);
for (let cut = 7, n = 1; cut < wholeFile('T-300').length; cut += 7, n++) {
  truncations.push({ file: `T-3${String(n).padStart(2, '0')}`, cut, content: (file) => wholeFile(file).subarray(0, cut) });
}
for (let cut = 7, n = 1; cut < yamlOnly('T-400').length; cut += 7, n++) {
  truncations.push({
    file: `T-4${String(n).padStart(2, '0')}`,
    cut,
    content: (file) => Buffer.concat([Buffer.from('---\n'), yamlOnly(file).subarray(0, cut), Buffer.from('\n---\nTiltaket.\n')]),
  });
}

/**
 * The faulty files of the committed scenario fixtures (rules.test.ts), each copied into the same folder as a
 * new measure with a fresh id (T-5nn), so that all of them are read in one run. Scenarios whose fault is a
 * missing file, a folder or a released version are left to rules.test.ts; id-duplicate keeps its id, as the
 * repeated id is its fault.
 */
const earlier: { file: string; scenario: string; text: string }[] = [];
{
  const base = (relative: string) => readFileSync(path.join(fixtures, 'valid-minimal', relative), 'utf8');
  let n = 1;
  for (const scenario of readdirSync(fixtures).sort()) {
    const folder = path.join(fixtures, scenario, 'tiltak');
    if (scenario === 'valid-minimal' || scenario.startsWith('version-') || !existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      // A file whose fault is its name (`T-3.MD`) is left to rules.test.ts: copied as `.md`, it would lose it.
      if (!name.endsWith('.md')) continue;
      const text = readFileSync(path.join(folder, name), 'utf8');
      if (existsSync(path.join(fixtures, 'valid-minimal', 'tiltak', name)) && base(`tiltak/${name}`) === text) continue;
      const file = `T-5${String(n++).padStart(2, '0')}`;
      earlier.push({ file, scenario, text: scenario === 'id-duplicate' ? text : text.replace(/^id: T-\d+$/m, `id: ${file}`) });
    }
  }
}

/** Entries that are not a document's text: a folder named like one, files of other kinds, a stray document. */
const strayEntries: Record<string, string[]> = {
  'tiltak/T-137.md': ['hostile/tiltak/T-137.md:1:1  error  Dette er en mappe, men navnet slutter på «.md» som en fil.  [file/directory-not-file]'],
  'tiltak/skisse.psd': ['hostile/tiltak/skisse.psd:1:1  warning  «skisse.psd» er ikke en Markdown-fil og blir ikke lest.  [file/not-markdown]'],
  'notater.txt': ['hostile/notater.txt:1:1  warning  «notater.txt» er ikke en Markdown-fil og blir ikke lest.  [file/not-markdown]'],
  'les-meg.md': ['hostile/les-meg.md:1:1  error  Dokumentet ligger i «hostile», som ikke er en mappe for noen dokumenttype.  [file/unknown-location]'],
  // What is not a plain file is reported, never followed or opened; a name is escaped so its problem stays one line.
  'tiltak/T-190.MD': ['hostile/tiltak/T-190.MD:1:1  error  «T-190.MD» har filendelsen med store bokstaver og blir ikke lest.  [file/extension-case]'],
  'tiltak/T-191.md': [
    'hostile/tiltak/T-191.md:1:1  error  «T-191.md» er en symbolsk lenke til «/etc/passwd», utenfor innholdsmappen, og blir ikke fulgt.  [file/symlink]',
  ],
  'tiltak/T-192.md': ['hostile/tiltak/T-192.md:1:1  error  «T-192.md» er en symbolsk lenke til «T-1.md», og blir ikke fulgt.  [file/symlink]'],
  lenket: ['hostile/lenket:1:1  error  «lenket» er en symbolsk lenke til «../..», utenfor innholdsmappen, og blir ikke fulgt.  [file/symlink]'],
  'tiltak/T-193.md': ['hostile/tiltak/T-193.md:1:1  error  «T-193.md» er et navngitt rør (FIFO), ikke en vanlig fil, og blir ikke lest.  [file/special]'],
  'tiltak/T-19\\n4.md': ['hostile/tiltak/T-19\\n4.md:1:1  error  Filen er tom.  [file/empty]'],
};

const truncatedLines: Record<string, string[]> = {
  'T-301': [
    'hostile/tiltak/T-301.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-302': [
    'hostile/tiltak/T-302.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-303': [
    'hostile/tiltak/T-303.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-304': [
    'hostile/tiltak/T-304.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-305': [
    'hostile/tiltak/T-305.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-306': [
    'hostile/tiltak/T-306.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-307': [
    'hostile/tiltak/T-307.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-308': [
    'hostile/tiltak/T-308.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-309': [
    'hostile/tiltak/T-309.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-310': [
    'hostile/tiltak/T-310.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-311': [
    'hostile/tiltak/T-311.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-312': [
    'hostile/tiltak/T-312.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-313': [
    'hostile/tiltak/T-313.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-314': [
    'hostile/tiltak/T-314.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-315': [
    'hostile/tiltak/T-315.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-316': [
    'hostile/tiltak/T-316.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-317': [
    'hostile/tiltak/T-317.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-318': [
    'hostile/tiltak/T-318.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-319': [
    'hostile/tiltak/T-319.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-320': [],
  'T-321': [],
  'T-322': [],
  'T-323': [],
  'T-324': [],
  'T-401': [
    'hostile/tiltak/T-401.md:2:1  error  Feltet «goals» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-401.md:2:1  error  Feltet «responsible» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-401.md:2:1  error  Feltet «sectors» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-401.md:2:1  error  Feltet «start» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-401.md:2:1  error  Feltet «status» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-401.md:2:1  error  Feltet «title» mangler.  [schema/missing-field]',
  ],
  'T-402': [
    'hostile/tiltak/T-402.md:3:1  error  Frontmatter er ikke gyldig YAML: linjen «titl» mangler kolon etter feltnavnet. Skriv «titl: …».  [frontmatter/yaml-syntax]',
  ],
  'T-403': [
    'hostile/tiltak/T-403.md:2:1  error  Feltet «goals» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-403.md:2:1  error  Feltet «responsible» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-403.md:2:1  error  Feltet «sectors» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-403.md:2:1  error  Feltet «start» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-403.md:2:1  error  Feltet «status» mangler.  [schema/missing-field]',
  ],
  'T-404': [
    'hostile/tiltak/T-404.md:2:1  error  Feltet «goals» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-404.md:2:1  error  Feltet «responsible» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-404.md:2:1  error  Feltet «sectors» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-404.md:2:1  error  Feltet «start» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-404.md:2:1  error  Feltet «status» mangler.  [schema/missing-field]',
  ],
  'T-405': [
    'hostile/tiltak/T-405.md:4:1  error  Frontmatter er ikke gyldig YAML: linjen «g» mangler kolon etter feltnavnet. Skriv «g: …».  [frontmatter/yaml-syntax]',
  ],
  'T-406': [
    'hostile/tiltak/T-406.md:4:8  error  Frontmatter er ikke gyldig YAML: en liste åpnes med «[», men lukkes aldri med «]».  [frontmatter/yaml-syntax]',
  ],
  'T-407': [
    'hostile/tiltak/T-407.md:5:1  error  Frontmatter er ikke gyldig YAML: linjen «re» mangler kolon etter feltnavnet. Skriv «re: …».  [frontmatter/yaml-syntax]',
  ],
  'T-408': [
    'hostile/tiltak/T-408.md:5:1  error  Frontmatter er ikke gyldig YAML: linjen «responsib» mangler kolon etter feltnavnet. Skriv «responsib: …».  [frontmatter/yaml-syntax]',
  ],
  'T-409': [
    'hostile/tiltak/T-409.md:5:14  error  Frontmatter er ikke gyldig YAML: en liste åpnes med «[», men lukkes aldri med «]».  [frontmatter/yaml-syntax]',
  ],
  'T-410': [
    'hostile/tiltak/T-410.md:6:1  error  Frontmatter er ikke gyldig YAML: linjen «secto» mangler kolon etter feltnavnet. Skriv «secto: …».  [frontmatter/yaml-syntax]',
  ],
  'T-411': [
    'hostile/tiltak/T-411.md:6:10  error  Frontmatter er ikke gyldig YAML: en liste åpnes med «[», men lukkes aldri med «]».  [frontmatter/yaml-syntax]',
  ],
  'T-412': [
    'hostile/tiltak/T-412.md:6:10  error  Frontmatter er ikke gyldig YAML: en liste åpnes med «[», men lukkes aldri med «]».  [frontmatter/yaml-syntax]',
  ],
  'T-413': [
    'hostile/tiltak/T-413.md:7:1  error  Frontmatter er ikke gyldig YAML: linjen «star» mangler kolon etter feltnavnet. Skriv «star: …».  [frontmatter/yaml-syntax]',
  ],
  'T-414': ['hostile/tiltak/T-414.md:2:1  error  Feltet «status» mangler.  [schema/missing-field]'],
  'T-415': [
    'hostile/tiltak/T-415.md:8:1  error  Frontmatter er ikke gyldig YAML: linjen «deadli» mangler kolon etter feltnavnet. Skriv «deadli: …».  [frontmatter/yaml-syntax]',
  ],
  'T-416': [
    'hostile/tiltak/T-416.md:2:1  error  Feltet «status» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-416.md:8:11  error  «deadline» må være minst 1900.  [schema/too-small]',
  ],
  'T-417': [
    'hostile/tiltak/T-417.md:9:1  error  Frontmatter er ikke gyldig YAML: linjen «statu» mangler kolon etter feltnavnet. Skriv «statu: …».  [frontmatter/yaml-syntax]',
  ],
  'T-418': ['hostile/tiltak/T-418.md:9:9  error  «status» kan ikke være «plan».  [schema/invalid-value]'],
};

const earlierLines: Record<string, string[]> = {
  'T-501': ['hostile/tiltak/T-501.md:8:11  error  Fristen 2025 er før starten 2026-03.  [date/deadline-before-start]'],
  'T-502': ['hostile/tiltak/T-502.md:15:11  error  Statusen datert 2023-02-01 står etter en status datert 2023-05-01.  [date/history-order]'],
  'T-503': ['hostile/tiltak/T-503.md:10:9  warning  «status» er «i-rute», men siste status i historikken er «startet».  [date/history-status-mismatch]'],
  'T-504': ['hostile/tiltak/T-504.md:9:11  error  «deadline» er 2026-06, utenfor perioden 2023–2025 for handlingsplanen «H-1».  [date/outside-action-plan]'],
  'T-505': ['hostile/tiltak/T-505.md:8:11  error  «deadline» er 2031, utenfor strategiperioden 2023–2030.  [date/outside-period]'],
  'T-508': ['hostile/tiltak/T-508.md:3:8  warning  «title» har usynlige tegn som snur tekstretningen (U+202E). De er fjernet.  [frontmatter/bidi-control]'],
  'T-509': ['hostile/tiltak/T-509.md:1:1  error  Frontmatter er tom.  [frontmatter/empty]'],
  'T-510': [
    'hostile/tiltak/T-510.md:11:1  error  Teksten etter frontmatter begynner med «internalNote:», som ser ut som et felt.  [frontmatter/field-in-body]',
  ],
  'T-511': ['hostile/tiltak/T-511.md:1:1  error  Dokumentet har ingen frontmatter.  [frontmatter/missing]'],
  'T-512': ['hostile/tiltak/T-512.md:10:1  error  Linjen «--- » ligner en «---»-linje, men har mellomrom etter bindestrekene.  [frontmatter/near-fence]'],
  'T-513': ['hostile/tiltak/T-513.md:2:1  error  Frontmatter skal være felt med verdier, men er en liste.  [frontmatter/not-a-mapping]'],
  'T-514': ['hostile/tiltak/T-514.md:10:7  error  Frontmatter er for sammensatt: verdiene er nøstet dypere enn 20 nivåer.  [frontmatter/too-complex]'],
  'T-515': [
    'hostile/tiltak/T-515.md:1:1  error  Frontmatter er ikke gyldig YAML: frontmatter åpnes med «---» på linje 1, men lukkes aldri med en ny «---»-linje.  [frontmatter/yaml-syntax]',
  ],
  'T-516': ['hostile/tiltak/T-516.md:3:8  error  Frontmatter er ikke gyldig YAML: et anførselstegn åpnes, men lukkes aldri.  [frontmatter/yaml-syntax]'],
  'T-517': ['hostile/tiltak/T-517.md:10:11  error  Aliaset «T-1» er allerede en id eller et alias i hostile/tiltak/T-1.md.  [id/alias-taken]'],
  'T-518': [
    'hostile/tiltak/T-518.md:2:5  error  Id-en «T-2» er også brukt i hostile/tiltak/T-2.md.  [id/duplicate]',
    'hostile/tiltak/T-518.md:2:5  error  Filen heter «T-518.md», men dokumentet har id «T-2».  [id/file-name-mismatch]',
  ],
  'T-519': ['hostile/tiltak/T-519.md:11:1  warning  Teksten har lesbarhetsindeks LIX 104, over grensen på 55.  [language/hard-to-read]'],
  'T-520': ['hostile/tiltak/T-520.md:12:4  error  Finner ikke tiltaket «T-99». Mente du «T-1»?  [link/unknown-measure]'],
  'T-521': ['hostile/tiltak/T-521.md:10:13  error  Finner ikke handlingsplanen «H-2». Mente du «H-1»?  [link/unknown-action-plan]'],
  'T-522': ['hostile/tiltak/T-522.md:5:19  error  Finner ikke aktøren «Udir».  [link/unknown-actor]'],
  'T-523': ['hostile/tiltak/T-523.md:4:14  error  Finner ikke målet «M-9». Mente du «M-2»?  [link/unknown-goal]'],
  'T-525': ['hostile/tiltak/T-525.md:12:4  error  Ukjent lenketype «tilak:». Mente du «tiltak:»?  [link/unknown-scheme]'],
  'T-526': ['hostile/tiltak/T-526.md:12:4  error  Finner ikke strategien «hovedstrategi».  [link/unknown-strategy]'],
  'T-528': [
    'hostile/tiltak/T-528.md:9:9  warning  T-528 er «fullført», men disse milepælene mangler dokumentasjon: «Rapport publisert».  [milestone/done-without-evidence]',
  ],
  'T-529': ['hostile/tiltak/T-529.md:14:15  error  Finner ikke dokumentet «F-9» som milepælen viser til. Mente du «H-1»?  [milestone/unknown-evidence]'],
  'T-527': ['hostile/tiltak/T-527.md:12:4  error  «T-1» er et tiltak, ikke et mål.  [link/wrong-kind]'],
  'T-532': ['hostile/tiltak/T-532.md:4:8  error  «goals» skal være en liste med tekst, for eksempel [M-1, M-2], men er teksten «M-2».  [schema/invalid-type]'],
  'T-533': ['hostile/tiltak/T-533.md:9:9  error  «status» kan ikke være «planlag». Mente du «planlagt»?  [schema/invalid-value]'],
  'T-535': ['hostile/tiltak/T-535.md:2:1  error  Feltet «status» mangler.  [schema/missing-field]'],
  'T-536': ['hostile/tiltak/T-536.md:6:10  error  «sectors» må ha minst 1 verdi.  [schema/too-small]'],
  'T-537': [
    'hostile/tiltak/T-537.md:2:1  error  Feltet «title» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-537.md:3:1  error  Ukjent felt «titel». Mente du «title»?  [schema/unknown-key]',
  ],
  'T-538': [
    'hostile/tiltak/T-538.md:2:1  error  Feltet «sectors» mangler.  [schema/missing-field]',
    'hostile/tiltak/T-538.md:6:1  error  Ukjent felt «sektorer». Mente du «sectors»?  [schema/unknown-key]',
  ],
  'T-506': [
    'hostile/tiltak/T-506.md:13:1  warning  «<!-->» er en hel, tom HTML-kommentar: teksten etter den er ikke kommentert ut, men blir publisert.  [file/empty-html-comment]',
  ],
  'T-507': [
    'hostile/tiltak/T-507.md:13:129  error  Teksten er nøstet dypere enn grensen på 64 nivåer (sitater i sitater, lister i lister, utheving i utheving eller HTML-elementer i hverandre), og kan ikke publiseres.  [file/too-complex]',
  ],
  'T-524': ['hostile/tiltak/T-524.md:15:31  error  «T-524» har ingen overskrift «#bakgrun». Mente du «#bakgrunn»?  [link/unknown-heading]'],
  'T-530': ['hostile/tiltak/T-530.md:3:8  error  «title» har bare mellomrom eller usynlige tegn, og ville vist seg som tom.  [schema/blank-text]'],
  'T-531': [
    'hostile/tiltak/T-531.md:3:8  error  «title» har kontrolltegnet U+000B, som ikke kan publiseres (det gjør blant annet nyhetsstrømmen uleselig).  [schema/control-character]',
  ],
  'T-534': ['hostile/tiltak/T-534.md:3:8  error  «title» skal stå på én linje, men har et linjeskift.  [schema/line-break]'],
};

let corpus: Corpus;
let sentinel: string;
let lines: string[];
let milliseconds: number;
let rss: number;

beforeAll(async () => {
  const copy = await scratch('valid-minimal', NAME);
  sentinel = await addSentinel(copy, NAME);
  for (const [file, { content }] of Object.entries(hostile)) await writeFile(copy.file(`tiltak/${file}.md`), content());
  for (const { file, content } of truncations) await writeFile(copy.file(`tiltak/${file}.md`), content(file));
  for (const { file, text } of earlier) await writeFile(copy.file(`tiltak/${file}.md`), text);
  await mkdir(copy.file('tiltak/T-137.md'));
  await writeFile(copy.file('tiltak/skisse.psd'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
  await writeFile(copy.file('notater.txt'), 'Husk møtet.\n');
  await writeFile(copy.file('les-meg.md'), '# Les meg\n');
  await writeFile(copy.file('tiltak/T-190.MD'), measure('T-190'));
  await symlink('/etc/passwd', copy.file('tiltak/T-191.md'));
  await symlink('T-1.md', copy.file('tiltak/T-192.md'));
  await symlink('../..', copy.file('lenket'));
  execFileSync('mkfifo', [copy.file('tiltak/T-193.md')]);
  await writeFile(copy.file('tiltak/T-19\n4.md'), '');
  const start = performance.now();
  corpus = await load(copy.dir);
  milliseconds = performance.now() - start;
  rss = process.memoryUsage().rss;
  lines = corpus.problems.map((problem) => formatProblemLine(problem));
}, 60_000);

const linesOf = (file: string) => lines.filter((line) => line.startsWith(`${NAME}/${file}:`));

describe.each(Object.entries(hostile))('%s', (file, { lines: expected }) => {
  test('gets exactly its problem lines', () => {
    expect(linesOf(`tiltak/${file}.md`)).toEqual(expected);
  });
});

test.each(truncations.map(({ file, cut }) => [file, cut] as const))('%s, cut after %i bytes, gets exactly its problem lines', (file) => {
  expect(linesOf(`tiltak/${file}.md`)).toEqual(truncatedLines[file]);
});

test.each(earlier.map(({ file, scenario }) => [file, scenario] as const))('%s (the fault of %s) gets exactly its problem lines', (file) => {
  expect(linesOf(`tiltak/${file}.md`)).toEqual(earlierLines[file]);
});

test.each(Object.entries(strayEntries))('%s gets exactly its problem lines', (entry, expected) => {
  expect(linesOf(entry)).toEqual(expected);
});

test('every other file is still checked: the baseline is clean but for its own second fault', () => {
  // With a hundred more measures beside it, the sentinel's unknown id now gets a did-you-mean.
  expect(lines).toContain(sentinel.replace('«T-987».', '«T-987». Mente du «T-187»?'));
  const expected = [
    ...Object.values(hostile).flatMap((entry) => entry.lines),
    ...Object.values(truncatedLines).flat(),
    ...Object.values(earlierLines).flat(),
    ...Object.values(strayEntries).flat(),
  ];
  expect(lines.filter((line) => !line.startsWith(`${NAME}/aktorer/KD.md:`)).sort()).toEqual(expected.sort());
  expect(corpus.working.documents.map((doc) => doc.id)).toEqual(
    expect.arrayContaining(['strategi', 'KD', 'Sprakradet', 'H-1', 'I-1', 'IN-1', 'R-1', 'M-1', 'M-2', 'T-1', 'T-2']),
  );
});

test('the run stays within memory (pathological parses are stopped at 256 MB each in their worker)', () => {
  expect(rss).toBeLessThan(1.5 * 1024 ** 3);
  console.info(`hostile corpus: ${corpus.fileCount} files in ${Math.round(milliseconds)} ms, rss ${Math.round(rss / 1024 ** 2)} MB`);
});
