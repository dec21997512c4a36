// The tools serve any strategy: this one's name, owners and contact address live in content/, never in the code.
// The words are read from the content itself, so that the test follows the strategy the repository holds.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { declarableVocabularies, isDeclarable, vocabularies } from '@strategi/schema';
import { describe, expect, test } from 'vitest';
import { siteIdentity } from '../src/index.ts';
import { load } from './helpers.ts';

const repo = path.resolve(import.meta.dirname, '../../..');

/** Tests, their fixtures, and what is built or installed are not the tools' code. */
const NOT_CODE = /(^|\/)(test|tests|fixtures|node_modules|tsout|dist[^/]*|\.astro)\//;

let code: Map<string, string[]> | undefined;
/**
 * Every file of packages/ and apps/ that git knows of or would add, with its lines as `hits` searches them (minus the
 * schema's `@example`s, which show an author what a field may hold, and lower-cased): read once for both tests.
 */
function codeFiles(): Map<string, string[]> {
  if (code) return code;
  const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'packages', 'apps'], { cwd: repo, encoding: 'utf8' });
  code = new Map();
  for (const file of listed.split('\n').filter((file) => file !== '' && !NOT_CODE.test(file))) {
    let text: string;
    try {
      text = readFileSync(path.join(repo, file), 'utf8');
    } catch {
      continue;
    }
    code.set(
      file,
      text.split('\n').map((line) => (line.includes('@example') ? '' : line.toLocaleLowerCase('nb'))),
    );
  }
  return code;
}

/** Lines of `file` naming one of `words`. */
function hits(file: string, lines: readonly string[], words: readonly string[]): string[] {
  const lower = words.map((word) => word.toLocaleLowerCase('nb'));
  return lines.flatMap((line, index) => words.filter((_, i) => line.includes(lower[i]!)).map((word) => `${file}:${index + 1}: ${word}`));
}

describe('the code names no strategy', () => {
  test('no file under packages/ or apps/ holds this strategy’s name, its owners or its contact address', async () => {
    const corpus = await load(path.join(repo, 'content'), { workingOnly: true });
    const identity = siteIdentity(corpus);
    const words = [
      ...Object.values(identity.name),
      identity.shortName,
      corpus.working.index.strategy?.data.title,
      // A short name such as «KS» is a word in too much text to search for; the owners' full names are not.
      ...identity.owners.map((owner) => owner.name).filter((name) => name.length > 4),
      identity.contact?.organisation,
      identity.contact?.email,
    ].filter((word): word is string => word !== undefined && word !== '');
    expect(words.length).toBeGreaterThan(4);
    const found = [...codeFiles()].flatMap(([file, lines]) => hits(file, lines, [...new Set(words)]));
    expect(found).toEqual([]);
  });

  test('no file under packages/ or apps/ names what this strategy declares for its own field beyond the tool’s lists', async () => {
    const corpus = await load(path.join(repo, 'content'), { workingOnly: true });
    // The names the tool's own lists give are the tool's words; the rest of the declared names are this strategy's
    // (a sender kind «Utdanningsdirektoratet»). Codes such as «KS» and «Udir» are too short to search for, and they
    // are the schema's examples of actor ids.
    const tools = new Set(Object.values(vocabularies).flatMap((vocabulary) => Object.values(vocabulary.labels).flatMap((labels) => Object.values(labels))));
    const declared = Object.keys(declarableVocabularies).filter(isDeclarable);
    const words = declared
      .flatMap((name) => Object.values(corpus.working.vocabularies?.[name].labels ?? {}).flatMap((labels) => Object.values(labels)))
      .filter((word) => word.length > 4 && !tools.has(word));
    expect(words).toContain('Utdanningsdirektoratet');
    const found = [...codeFiles()].flatMap(([file, lines]) => hits(file, lines, [...new Set(words)]));
    expect(found).toEqual([]);
  });
});
