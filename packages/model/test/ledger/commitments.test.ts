import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { commitmentLedger } from '../../src/ledger/commitments.ts';
import { releaseVersion } from '../../src/release.ts';
import { load, scratch, testFileCache } from '../helpers.ts';

/** The scenario where T-2 of the adopted version is gone from the draft, with `fates` written into the draft. */
async function withFates(fates: string) {
  const copy = await scratch('ledger-vanished-measure', `ledger-${Math.random().toString(36).slice(2)}`);
  const file = path.join(copy.dir, 'strategi.md');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('vision:', `fates:\n${fates}\nvision:`));
  return load(copy.dir);
}

test('a dropped measure with its fate declared passes, and stays in the ledger with that fate', async () => {
  const corpus = await withFates('  - measure: T-2\n    fate: slått-sammen\n    successor: T-1\n    reason: Kartleggingen er en del av T-1.');
  expect(corpus.problems.map((problem) => problem.ruleId)).toEqual([]);
  const ledger = commitmentLedger([...corpus.versions, corpus.working]);
  expect(
    ledger.map(({ id, current, lastEdition, fates }) => ({ id, current, lastEdition, fates: fates.map((f) => [f.fate, f.successor, f.edition]) })),
  ).toEqual([
    { id: 'T-1', current: true, lastEdition: 'utkast', fates: [] },
    { id: 'T-2', current: false, lastEdition: '2023-vedtatt', fates: [['slått-sammen', 'T-1', 'utkast']] },
  ]);
});

test('a fate for another measure does not excuse the one that vanished', async () => {
  const corpus = await withFates('  - measure: T-1\n    fate: endret\n    reason: Løftet er snevret inn.');
  expect(corpus.problems.map((problem) => problem.ruleId)).toEqual(['ledger/vanished-measure']);
});

test('a reworded promise is kept with each wording, and a measure only drafted is not a commitment', async () => {
  const copy = await scratch('version-valid', `ledger-${Math.random().toString(36).slice(2)}`);
  const t1 = path.join(copy.dir, 'tiltak/T-1.md');
  await writeFile(t1, (await readFile(t1, 'utf8')).replace(/^title: .*$/m, 'title: Et svakere løfte'));
  const corpus = await load(copy.dir);
  const [first] = commitmentLedger([...corpus.versions, corpus.working]);
  expect(first?.wordings.map((wording) => wording.edition)).toEqual(['2023-vedtatt', 'utkast']);
  expect(first?.wordings[1]?.title).toBe('Et svakere løfte');
  expect(commitmentLedger([corpus.working])).toEqual([]);
});

/** The adopted minimal content with T-1's title line replaced in the draft, and `fates` written into the draft. */
async function reworded(title: string, fates = '') {
  const copy = await scratch('version-valid', `ledger-${Math.random().toString(36).slice(2)}`);
  const t1 = path.join(copy.dir, 'tiltak/T-1.md');
  await writeFile(t1, (await readFile(t1, 'utf8')).replace(/^title: .*$/m, `title: ${title}`));
  if (fates) {
    const strategy = path.join(copy.dir, 'strategi.md');
    await writeFile(strategy, (await readFile(strategy, 'utf8')).replace('vision:', `fates:\n${fates}\nvision:`));
  }
  return load(copy.dir);
}

test('a reworded promise needs the fate «endret» with its reason; the ledger keeps the reason beside both wordings', async () => {
  expect((await reworded('Et svakere løfte')).problems.map((problem) => problem.ruleId)).toEqual(['ledger/reworded-promise']);
  // Another fate does not say why the promise changed.
  const other = await reworded('Et svakere løfte', '  - measure: T-1\n    fate: ikke-videreført\n    reason: Feil skjebne.');
  expect(other.problems.map((problem) => problem.ruleId)).toEqual(['ledger/reworded-promise']);
  const explained = await reworded('Et svakere løfte', '  - measure: T-1\n    fate: endret\n    reason: Løftet er snevret inn til barnehagene.');
  expect(explained.problems).toEqual([]);
  const [first] = commitmentLedger([...explained.versions, explained.working]);
  expect(first?.current).toBe(true);
  expect(first?.fates.map(({ fate, reason, edition }) => [fate, reason, edition])).toEqual([['endret', 'Løftet er snevret inn til barnehagene.', 'utkast']]);
  expect(first?.wordings.map((wording) => wording.title)).toEqual(['Lage en veileder', 'Et svakere løfte']);
});

test('spacing alone does not change a promise', async () => {
  const corpus = await reworded('"Lage  en veileder "');
  expect(corpus.problems).toEqual([]);
  expect(commitmentLedger([...corpus.versions, corpus.working])[0]?.wordings).toHaveLength(1);
});

test('a reworded promise without its reason is a warning while drafting, and a release refuses it until the reason is given', async () => {
  const version = { id: '2024-utkast', status: 'utkast', label: 'Utkast', date: '2024-01-10' } as const;
  const release = async (fates: string) => {
    const copy = await scratch('version-valid', `ledger-${Math.random().toString(36).slice(2)}`);
    const t1 = path.join(copy.dir, 'tiltak/T-1.md');
    await writeFile(t1, (await readFile(t1, 'utf8')).replace(/^title: .*$/m, 'title: Et svakere løfte'));
    const strategy = path.join(copy.dir, 'strategi.md');
    if (fates) await writeFile(strategy, (await readFile(strategy, 'utf8')).replace('vision:', `fates:\n${fates}\nvision:`));
    const drafted = await load(copy.dir);
    return { drafted, released: await releaseVersion(copy.dir, version, { cache: await testFileCache() }) };
  };
  const unexplained = await release('');
  expect(unexplained.drafted.problems.map((problem) => [problem.ruleId, problem.severity])).toEqual([['ledger/reworded-promise', 'warning']]);
  expect(unexplained.released.ok ? [] : 'problems' in unexplained.released && unexplained.released.problems.map((problem) => problem.ruleId)).toEqual([
    'ledger/reworded-promise',
  ]);
  const explained = await release('  - measure: T-1\n    fate: endret\n    reason: Løftet er snevret inn til barnehagene.');
  expect(explained.released.ok).toBe(true);
});

test('a release refuses a draft that drops a released measure without its fate', async () => {
  const copy = await scratch('ledger-vanished-measure', `ledger-${Math.random().toString(36).slice(2)}`);
  const released = await releaseVersion(
    copy.dir,
    { id: '2024-utkast', status: 'utkast', label: 'Utkast', date: '2024-01-10' },
    { cache: await testFileCache() },
  );
  expect(released.ok ? [] : 'problems' in released && released.problems.map((problem) => problem.ruleId)).toEqual(['ledger/vanished-measure']);
});
