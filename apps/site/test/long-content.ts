/**
 * The fixture with a whole document too heavy for one page and a body nested just within the limit, released in one
 * version: read by whole-parts-build.test.ts (the parts) and deep-nesting-build.test.ts (the nesting) from one build
 * (`longContentBuild` in shared-builds.ts).
 */
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyFixtureContent, release } from './archive-helpers.ts';
import { importResponses } from './consultation-responses.ts';

/** The words of prose each measure gets: enough to split the whole document into parts, with a section continued. */
export const LONG_WORDS = 3_000;
/** The version released with the long and deep text. */
export const LONG_VERSION = '2025-deler';
/** In the deepest item of a list 31 levels deep (depth 62 with its paragraphs, within the limit of 64). */
export const LIST_MARKER = 'LISTEBUNNMARKOR7Q';
/** At the bottom of 62 quotes. */
export const QUOTE_MARKER = 'SITATBUNNMARKOR4K';
/** In the deepest item of the release notes' list, nested as deep as the body's. */
export const NOTES_MARKER = 'NOTATBUNNMARKOR2D';
/** Written into the working draft after the release: unreleased, so no public file may hold it. */
export const UNRELEASED_MARKER = 'DELUTKASTMARKOR6W';

/** A list of `levels` items, each nested in the one before, with `marker` in the deepest. */
const nestedList = (levels: number, marker: string) =>
  Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- Punkt ${i + 1}${i === levels - 1 ? ` ${marker}` : ''}`).join('\n');

/** Words that compress like prose: a seeded choice from syllables, so the test builds the same text every time. */
export function prose(seed: number, words: number): string {
  const syllables = [
    'kom',
    'pe',
    'tan',
    'se',
    'dig',
    'i',
    'tal',
    'sko',
    'le',
    'bar',
    'ne',
    'ha',
    'ge',
    'lær',
    'er',
    'ut',
    'vik',
    'ling',
    'sam',
    'ar',
    'beid',
    'fyl',
    'ke',
    'stat',
    'lig',
    'fag',
    'plan',
    'verk',
    'tøy',
    'nett',
  ];
  let state = seed;
  // xorshift32: small, and its low bits are as random as its high ones.
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const length = 1 + (next() % 4);
    out.push(Array.from({ length }, () => syllables[next() % syllables.length]).join(''));
    if (i % 14 === 13) out.push(i % 84 === 83 ? '.\n\n' : '.');
  }
  return `${out.join(' ').replace(/ \./g, '.')}.`;
}

/**
 * A copy of the fixture in `folder`/content: every measure of the working draft made long (a section of LONG_WORDS words
 * of prose each), T-3 given a list and quotes nested to the limit (depth 64 each: 31 lists of an item with a
 * paragraph and its text; 62 quotes, a paragraph and its text), all released as LONG_VERSION as `strategi release` does
 * with release notes nested as deep, and then an unreleased paragraph written into the draft. The release carries
 * the inputs made from consultation responses (consultation-responses.ts), which consultation-canary.test.ts
 * looks for. Returns the folder.
 */
export async function longContent(folder: string): Promise<string> {
  const content = copyFixtureContent(folder);
  // Of the released versions, the consultation (its release notes hold the hidden notes markers) and the last are
  // kept; the draft version is on no public page, and 2023-vedtatt would add its pages, change pages and PDF.
  for (const id of ['2022-utkast', '2023-vedtatt']) rmSync(path.join(content, 'versjoner', id), { recursive: true });
  await importResponses(path.join(folder, 'horing'), content);
  const measures = path.join(content, 'tiltak');
  for (const [index, name] of readdirSync(measures).sort().entries()) {
    const file = path.join(measures, name);
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n## Utdyping\n\n${prose(index + 1, LONG_WORDS)}\n`);
  }
  appendFileSync(path.join(measures, 'T-3.md'), `\n${nestedList(31, LIST_MARKER)}\n\n${'> '.repeat(62)}${QUOTE_MARKER}\n`);
  await release(
    content,
    // Only substantial changes are in the feed.
    { id: LONG_VERSION, status: 'vedtatt', change: 'vesentlig', changeNote: 'Tiltakene er utdypet.', date: '2025-03-01' },
    nestedList(31, NOTES_MARKER),
  );
  appendFileSync(path.join(measures, readdirSync(measures).sort()[0]!), `\nEt avsnitt som ikke er frigitt: ${UNRELEASED_MARKER}.\n`);
  return content;
}
