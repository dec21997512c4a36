// «Hva skjedde med innspillet»: the adopted version's answer to an input, read from released versions only.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus, releaseVersion } from '@strategi/model';
import { expect, test } from 'vitest';
import { outcomeOf } from '../src/outcome.ts';

const FIXTURE = path.join(import.meta.dirname, '../../model/test/fixtures/valid-minimal');
const off = { cacheFolder: false } as const;

test('no outcome while only the draft names the input; the adopted version’s decision, reason, goals and change link after', async () => {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'strategi-outcome-')), 'content');
  await cp(FIXTURE, dir, { recursive: true });
  const consultation = { deadline: '2025-05-01', url: 'https://horing.example.no/' };
  expect(
    (
      await releaseVersion(
        dir,
        { id: '2025-horing', status: 'høring', label: 'Høring', date: '2025-01-10', change: 'vesentlig', changeNote: 'Høring.', consultation },
        off,
      )
    ).ok,
  ).toBe(true);
  await writeFile(
    path.join(dir, 'innspill/IN-2.md'),
    '---\nid: IN-2\ntitle: SFO\nround: R-1\nsender: Høringssvar uten navn\nsenderKind: annen\nsummary: Ta med SFO.\ndisposition:\n  decision: delvis-tatt-til-folge\n  reason: SFO er med i målet, men ikke i tiltaket.\n---\n',
  );
  const goal = path.join(dir, 'mal/M-1.md');
  await writeFile(goal, (await readFile(goal, 'utf8')).replace('focusArea: I-1\n', 'focusArea: I-1\ninputs: [IN-2]\n'));
  // The working draft names it, but nothing is released: no answer yet.
  expect(outcomeOf(await loadCorpus(dir, off), '2025-horing', 'IN-2')).toBeUndefined();

  expect(
    (
      await releaseVersion(
        dir,
        { id: '2025-vedtatt', status: 'vedtatt', label: 'Vedtatt juni 2025', date: '2025-06-01', change: 'vesentlig', changeNote: 'Vedtatt.' },
        off,
      )
    ).ok,
  ).toBe(true);
  const corpus = await loadCorpus(dir, off);
  expect(corpus.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  expect(outcomeOf(corpus, '2025-horing', 'IN-2')).toEqual({
    version: '2025-vedtatt',
    label: 'Vedtatt juni 2025',
    decision: 'delvis-tatt-til-folge',
    reason: 'SFO er med i målet, men ikke i tiltaket.',
    shaped: [{ kind: 'goal', id: 'M-1', title: 'Alle barnehager har god digital kompetanse.' }],
    changes: '/endringer/2025-horing/2025-vedtatt/',
  });
  expect(outcomeOf(corpus, '2025-horing', 'IN-9')).toBeUndefined();
});

test('a later adopted version that names the input answers it, when the first one after the draft did not', async () => {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'strategi-outcome-')), 'content');
  await cp(FIXTURE, dir, { recursive: true });
  const consultation = { deadline: '2025-05-01', url: 'https://horing.example.no/' };
  await releaseVersion(
    dir,
    { id: '2025-horing', status: 'høring', label: 'Høring', date: '2025-01-10', change: 'vesentlig', changeNote: 'Høring.', consultation },
    off,
  );
  await releaseVersion(dir, { id: '2025-vedtatt', status: 'vedtatt', label: 'Vedtatt', date: '2025-06-01', change: 'vesentlig', changeNote: 'Vedtatt.' }, off);
  await writeFile(path.join(dir, 'innspill/IN-2.md'), '---\nid: IN-2\ntitle: SFO\nround: R-1\nsender: Anonym\nsenderKind: annen\nsummary: Ta med SFO.\n---\n');
  await releaseVersion(
    dir,
    { id: '2026-vedtatt', status: 'vedtatt', label: 'Revidert', date: '2026-01-10', change: 'mindre', changeNote: 'Nytt innspill.' },
    off,
  );
  expect(outcomeOf(await loadCorpus(dir, off), '2025-horing', 'IN-2')).toMatchObject({ version: '2026-vedtatt', decision: undefined, shaped: [] });
});
