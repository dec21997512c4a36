// strategi horing import: consultation responses become an input of the round, linked back, and the input can be traced to a goal.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConsultationStore } from '@strategi/consultation';
import { loadCorpus } from '@strategi/model';
import { describe, expect, test } from 'vitest';
import { run, workspace } from './helpers.ts';

async function withResponses() {
  const cwd = await workspace();
  const env = { STRATEGI_HORING_DATA: await mkdtemp(path.join(tmpdir(), 'strategi-horing-cli-')), STRATEGI_HORING_URL: 'https://horing.example.no/' };
  const store = await ConsultationStore.open({ sqliteFile: path.join(env.STRATEGI_HORING_DATA, 'horing.sqlite') });
  const make = async (key: string, text: string) => {
    const { response } = await store.createResponse(
      {
        version: '2025-horing',
        document: 'mal/M-1',
        quote: null,
        position: null,
        name: 'Kari Nordmann',
        organisation: null,
        senderKind: 'kommune',
        email: null,
        publication: 'named',
        text,
      },
      { idempotencyKey: key },
    );
    return response;
  };
  const first = await make('a', 'Målet bør også gjelde skolefritidsordningen.');
  const second = await make('b', 'Vi er enige med forslaget.');
  await store.moderate(first.id, { action: 'publish', by: 'Rita' });
  await store.moderate(second.id, { action: 'publish', by: 'Rita' });
  return { cwd, env, store, first, second };
}

describe('strategi horing import', () => {
  test('two responses become the next input of the round; each is marked with it; the input traces to a goal', async () => {
    const { cwd, env, store, first, second } = await withResponses();
    await store.close();
    const result = await run(['horing', 'import', first.id, second.id, '--round', 'R-1'], cwd, { env });
    expect(result.stderr).toBe('');
    const id = /Laget innspill (IN-\d+)/.exec(result.stdout)?.[1];
    expect(result.stdout).toBe(
      `Laget innspill ${id} (content/innspill/${id}.md) fra 2 høringssvar, merket med innspillet.\n  → Skriv om tittelen og sammendraget, og knytt innspillet til mål eller tiltak med «inputs: [${id}]».\n`,
    );
    expect(result.code).toBe(0);
    const text = await readFile(path.join(cwd, `content/innspill/${id}.md`), 'utf8');
    expect(text).toContain('round: R-1\nsender: Kari Nordmann\nsenderKind: kommune\n');

    const reopened = await ConsultationStore.open({ sqliteFile: path.join(env.STRATEGI_HORING_DATA, 'horing.sqlite') });
    expect((await reopened.getResponse(first.id))?.inputId).toBe(id);
    expect((await reopened.getResponse(second.id))?.inputId).toBe(id);
    await reopened.close();

    // The editor links the input to a goal: the graph then runs response → input → goal.
    const goal = path.join(cwd, 'content/mal/M-1.md');
    await writeFile(goal, (await readFile(goal, 'utf8')).replace('focusArea: I-1\n', `focusArea: I-1\ninputs: [${id}]\n`));
    const corpus = await loadCorpus(path.join(cwd, 'content'));
    expect(corpus.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(corpus.working.byId.get('M-1')?.data).toMatchObject({ inputs: [id] });
  });

  test('an unknown round is refused with the validator’s problem and nothing is written or marked', async () => {
    const { cwd, env, store, first } = await withResponses();
    await store.close();
    const result = await run(['horing', 'import', first.id, '--round', 'R-99'], cwd, { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^content\/innspill\/IN-\d+\.md:\d+:\d+ {2}error {2}.*\[link\/unknown-input-round\]\n/);
    expect(result.stderr).toContain('Ingen innspill ble laget.\n');
    const reopened = await ConsultationStore.open({ sqliteFile: path.join(env.STRATEGI_HORING_DATA, 'horing.sqlite') });
    expect((await reopened.getResponse(first.id))?.inputId).toBeNull();
    await reopened.close();
  });

  test('an unknown response id, and a response already imported, are refused', async () => {
    const { cwd, env, store, first } = await withResponses();
    await store.linkInput([first.id], 'IN-1');
    await store.close();
    expect(await run(['horing', 'import', 'nope', '--round', 'R-1'], cwd, { env })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Finner ikke høringssvar med id «nope».\n',
    });
    expect(await run(['horing', 'import', first.id, '--round', 'R-1'], cwd, { env })).toEqual({
      code: 1,
      stdout: '',
      stderr: `Høringssvaret «${first.id}» er allerede gjort om til et innspill.\nIngen innspill ble laget.\n`,
    });
  });
});
