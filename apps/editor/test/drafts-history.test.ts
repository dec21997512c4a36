/**
 * «Forkast endringene» puts a document back as the last submission has it, after a confirmation; its history lists
 * every submission that changed it (following renames), and «Gjenopprett denne versjonen» writes an older version as
 * a new change, checked like any save.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { editorForFile, post, submitForm } from './helpers.ts';

const { repository, app } = await editorForFile('draft', { reset: true });

const T2 = 'tiltak/T-2.md';
const file = (relative: string) => readFileSync(path.join(repository.content, relative), 'utf8');
const write = (relative: string, text: string) => writeFileSync(path.join(repository.content, relative), text);
const page = async (url: string) => (await app.request(url)).text();
const commit = (message: string, author: string) => {
  repository.git('add', '--all');
  repository.git('-c', `user.name=${author}`, '-c', 'user.email=a@example.org', 'commit', '--quiet', '--author', `${author} <a@example.org>`, '-m', message);
};

describe('«Forkast endringene»', () => {
  test('is offered only for a changed document, asks first, and restores the committed file', async () => {
    const committed = file(T2);
    expect(await page('/dokument/measure/T-2')).not.toContain('/dokument/measure/T-2/forkast');
    write(T2, committed.replace('deadline: 2025-12', 'deadline: 2025-06'));
    const form = await page('/dokument/measure/T-2');
    expect(form).toContain('href="/dokument/measure/T-2/forkast"');
    const question = await page('/dokument/measure/T-2/forkast');
    expect(question).toContain('Forkast endringene i «Offentleg oversikt');
    expect(file(T2)).not.toBe(committed);
    const { action, body } = submitForm(question);
    expect(action).toBe('/dokument/measure/T-2/forkast');
    const response = await post(app, action, body);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Endringene er forkastet.');
    expect(file(T2)).toBe(committed);
  });

  test('is refused as stale when the file changed after the question was shown', async () => {
    write(T2, file(T2).replace('deadline: 2025-12', 'deadline: 2025-06'));
    const { action, body } = submitForm(await page('/dokument/measure/T-2/forkast'));
    const later = file(T2).replace('deadline: 2025-06', 'deadline: 2025-09');
    write(T2, later);
    expect((await post(app, action, body)).status).toBe(409);
    expect(file(T2)).toBe(later);
  });
});

describe('the history of a document', () => {
  test('lists who changed it, when and why, newest first', async () => {
    const first = file(T2);
    write(T2, first.replace('deadline: 2025-12', 'deadline: 2025-06'));
    commit('Fristen flyttet til juni', 'Kari Nordmann');
    const history = await page('/dokument/measure/T-2/historikk');
    const entries = [...history.matchAll(/<li class="historikk-versjon"[\s\S]*?<\/li>/g)].map((entry) =>
      entry[0]
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatch(/^Fristen flyttet til juni Kari Nordmann, \d+\. \w+ \d{4}/);
    expect(entries[1]).toMatch(/^Innhold Test, /);
    expect(entries[1]).toContain('Gjenopprett denne versjonen');
  });

  test('«Gjenopprett denne versjonen» writes the older text as a new change', async () => {
    const first = file(T2);
    write(T2, first.replace('deadline: 2025-12', 'deadline: 2025-06'));
    commit('Fristen flyttet til juni', 'Kari Nordmann');
    const history = await page('/dokument/measure/T-2/historikk');
    const oldest = [...history.matchAll(/data-commit="([0-9a-f]{40})"/g)].at(-1)![1]!;
    const { action, body } = submitForm(history, undefined, '/dokument/measure/T-2/historikk');
    body.set('commit', oldest);
    const response = await post(app, action, body);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('er gjenopprettet. Send inn endringene');
    expect(file(T2)).toBe(first);
    // A new change, not a rewritten history.
    expect(repository.git('log', '--format=%s').trim().split('\n')).toEqual(['Fristen flyttet til juni', 'Innhold']);
  });

  test('a version that would give an error is refused like any save, and nothing is written', async () => {
    const first = file(T2);
    write(T2, first.replace('goals: [M-4]', 'goals: [M-99]'));
    commit('Et mål som ikke finnes', 'Kari Nordmann');
    write(T2, first);
    commit('Rettet', 'Kari Nordmann');
    const history = await page('/dokument/measure/T-2/historikk');
    const broken = /data-commit="([0-9a-f]{40})"><p[^>]*><strong>Et mål som ikke finnes/.exec(history)![1]!;
    const { action, body } = submitForm(history, undefined, '/dokument/measure/T-2/historikk');
    body.set('commit', broken);
    const response = await post(app, action, body);
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('Finner ikke målet «M-99».');
    expect(file(T2)).toBe(first);
  });

  test('only a version from the document’s own history is restored', async () => {
    const history = await page('/dokument/measure/T-2/historikk');
    const { action, body } = submitForm(history, undefined, '/dokument/measure/T-2/historikk');
    // Any other commit, even one the repository holds, is refused.
    body.set('commit', '0'.repeat(40));
    expect((await post(app, action, body)).status).toBe(404);
  });
});
