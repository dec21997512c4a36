/**
 * Saves of one form sent at once (a double click, two tabs, a script): exactly one is answered as saved and it is
 * the text on disk; every other is a 409 that keeps what was typed, beside the file as it is now.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { editorForFile, post, setField, submitForm } from '../helpers.ts';

const { repository, app } = await editorForFile('draft');

/** A small seeded generator (mulberry32), so a failing round can be run again. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const file = (relative: string) => readFileSync(path.join(repository.content, relative), 'utf8');

describe('parallel saves of one form', () => {
  test.each([1, 2, 3, 4, 5])('seed %i: exactly one is saved, and it is on disk; the rest are 409 with their text kept', async (seed) => {
    const next = random(seed);
    const count = 2 + Math.floor(next() * 7);
    const form = submitForm(await (await app.request('/dokument/measure/T-2')).text());
    const titles = Array.from({ length: count }, (_, i) => `Tittel ${seed}-${i} ${Math.floor(next() * 1e6)}`);
    const responses = await Promise.all(
      titles.map(async (title) => {
        const body = new URLSearchParams(form.body);
        setField(body, 'f:title', title);
        const response = await post(app, form.action, body);
        return { title, status: response.status, page: await response.text() };
      }),
    );
    const saved = responses.filter((response) => response.status === 200);
    expect(saved, responses.map((r) => `${r.status} ${r.title}`).join('\n')).toHaveLength(1);
    expect(saved[0]!.page).toContain('Lagret. Hele arbeidsutkastet er sjekket.');
    expect(file('tiltak/T-2.md')).toContain(`title: ${saved[0]!.title}\n`);
    for (const refused of responses.filter((response) => response !== saved[0])) {
      expect(refused.status).toBe(409);
      // The typed title stays in the form, and the file as it is now (with the saved title) is shown beside it.
      expect(refused.page).toContain(`value="${refused.title}"`);
      expect(refused.page).toMatch(new RegExp(`data-konflikt="naa">[^<]*title: ${saved[0]!.title}\\n`));
    }
  });

  test('a form without its hash is a conflict, not a save over whatever is on disk', async () => {
    const before = file('tiltak/T-3.md');
    const form = submitForm(await (await app.request('/dokument/measure/T-3')).text());
    form.body.delete('hash');
    setField(form.body, 'f:title', 'Uten hash');
    expect((await post(app, form.action, form.body)).status).toBe(409);
    expect(file('tiltak/T-3.md')).toBe(before);
  });
});
