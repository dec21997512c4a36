// From responses to an input: written through the model's writers, validated, and carrying only what is public.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus } from '@strategi/model';
import { describe, expect, test } from 'vitest';
import type { ConsultationResponse } from '../src/store/store.ts';
import { responsesToInput } from '../src/to-input.ts';

const FIXTURE = path.join(import.meta.dirname, '../../model/test/fixtures/valid-minimal');

async function content() {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'strategi-to-input-')), 'content');
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}

const response = (change: Partial<ConsultationResponse>): ConsultationResponse => ({
  id: 'a1b2',
  version: '2025-horing',
  document: 'mal/M-1',
  quote: null,
  position: null,
  name: 'Kari Nordmann',
  organisation: 'Foreningen',
  senderKind: 'organisasjon',
  email: 'kari@example.no',
  publication: 'named',
  text: 'Vi ber om mer vekt på lærernes kompetanse. Ring 912 34 567.',
  createdAt: '2025-02-01T23:30:00.000Z',
  updatedAt: '2025-02-01T23:30:00.000Z',
  withdrawnAt: null,
  state: 'published',
  moderatedBy: 'Rita',
  moderatedAt: '2025-02-03T10:00:00.000Z',
  withheldReason: null,
  flags: ['phone'],
  inputId: null,
  lang: 'nb',
  ...change,
});

const off = { cacheFolder: false } as const;

describe('responses to an input', () => {
  test('a published response becomes the next input of the round, which validates, with a link to it', async () => {
    const dir = await content();
    const result = await responsesToInput(dir, [response({})], { ...off, round: 'R-1', publicOrigin: 'https://horing.example.no' });
    expect(result).toMatchObject({ ok: true, id: 'IN-2' });
    expect(await readFile(path.join(dir, 'innspill/IN-2.md'), 'utf8')).toBe(
      `---
id: IN-2
title: "Høringssvar: Vi ber om mer vekt på lærernes kompetanse. Ring 912 34 567."
round: R-1
sender: Kari Nordmann, Foreningen
senderKind: organisasjon
date: 2025-02-02
summary: Vi ber om mer vekt på lærernes kompetanse. Ring 912 34 567.
url: https://horing.example.no/horing/2025-horing/svar#svar-a1b2
---
`,
    );
    const corpus = await loadCorpus(dir, off);
    expect(corpus.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  test('anonymised, withheld and not-public responses give no name, and only the text as published', async () => {
    const dir = await content();
    const result = await responsesToInput(
      dir,
      [
        response({ id: 'r1', state: 'published-anonymised' }),
        response({ id: 'r2', state: 'withheld', withheldReason: 'Personopplysninger', text: 'Hemmelig' }),
        response({ id: 'r3', publication: 'none', text: 'Privat', senderKind: 'kommune' }),
      ],
      { ...off, round: 'R-1', publicOrigin: 'https://horing.example.no' },
    );
    expect(result.ok).toBe(true);
    const text = await readFile(path.join(dir, 'innspill/IN-2.md'), 'utf8');
    expect(text).toContain('sender: Høringssvar uten navn\nsenderKind: annen\n');
    expect(text).toContain('summary: Vi ber om mer vekt på lærernes kompetanse. Ring […]. Høringssvaret er ikke offentlig. Høringssvaret er ikke offentlig.\n');
    expect(text).not.toMatch(/Kari|Foreningen|Hemmelig|Privat|912 34 567|url:/);
  });

  test('responses from several kinds of senders are «annen» only where the strategy declares it; else the kind most of them are', async () => {
    const dir = await content();
    await writeFile(path.join(dir, 'nettsted.yaml'), 'siteName:\n  nb: Strategi\nsenderKinds:\n  kommune: { nb: Kommune }\n  rederi: { nb: Rederi }\n');
    const responses = [
      response({ id: 'r1', senderKind: 'kommune' }),
      response({ id: 'r2', senderKind: 'rederi' }),
      response({ id: 'r3', senderKind: 'rederi' }),
    ];
    expect(await responsesToInput(dir, responses, { ...off, round: 'R-1' })).toMatchObject({ ok: true, id: 'IN-2' });
    expect(await readFile(path.join(dir, 'innspill/IN-2.md'), 'utf8')).toContain('\nsenderKind: rederi\n');
  });

  test('an unknown round is refused with the validator’s problem, and nothing is written', async () => {
    const dir = await content();
    const result = await responsesToInput(dir, [response({})], { ...off, round: 'R-9', displayBase: path.dirname(dir) });
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason === 'invalid' && result.problems.map((problem) => `${problem.file} ${problem.ruleId}`)).toEqual([
      'content/innspill/IN-2.md link/unknown-input-round',
    ]);
    await expect(readFile(path.join(dir, 'innspill/IN-2.md'), 'utf8')).rejects.toThrow();
  });

  test('a withdrawn response, or one that is already an input, is refused', async () => {
    const dir = await content();
    expect(await responsesToInput(dir, [response({ withdrawnAt: '2025-02-02T00:00:00.000Z' })], { ...off, round: 'R-1' })).toEqual({
      ok: false,
      reason: 'withdrawn',
      ids: ['a1b2'],
    });
    expect(await responsesToInput(dir, [response({ inputId: 'IN-1' })], { ...off, round: 'R-1' })).toEqual({
      ok: false,
      reason: 'already-input',
      ids: ['a1b2'],
    });
  });
});
