/**
 * A save over a file that changed on disk since the form was opened: nothing is written, nothing typed is lost,
 * and nothing the other writer changed is undone by the stale form. Fields both sides changed are shown side by
 * side with a choice; the editor keeps the form's value (typed or merged by hand) or takes the file's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { editorForFile, post, setField, submitForm } from './helpers.ts';

const { repository, app } = await editorForFile('draft', { reset: true });

const T2 = 'tiltak/T-2.md';
const file = (relative: string) => readFileSync(path.join(repository.content, relative), 'utf8');
const writeElsewhere = (change: (text: string) => string) => writeFileSync(path.join(repository.content, T2), change(file(T2)));
const formOf = async (url: string) => submitForm(await (await app.request(url)).text());
const TITLE = 'title: Offentleg oversikt over digitale læremiddel og om dei oppfyller krava i lov og tekniske krav';

/** The text of each conflict block of a page, by field, whitespace collapsed. */
function conflictBlocks(page: string): Record<string, { typed: string; onDisk: string } | string> {
  const blocks: Record<string, { typed: string; onDisk: string } | string> = {};
  for (const match of page.matchAll(/<fieldset class="ds-fieldset konflikt-felt" data-konflikt-felt="([^"]+)">([\s\S]*?)<\/fieldset>/g)) {
    const text = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const typed = /data-side="skrevet">([\s\S]*?)<\/dd>/.exec(match[2]!)?.[1];
    const onDisk = /data-side="fil">([\s\S]*?)<\/dd>/.exec(match[2]!)?.[1];
    blocks[match[1]!] = typed === undefined ? match[2]! : { typed: text(typed), onDisk: text(onDisk ?? '') };
  }
  return blocks;
}

describe('a conflict', () => {
  test('changes to different fields are both kept: the stale form does not undo the other change', async () => {
    const { action, body } = await formOf('/dokument/measure/T-2');
    writeElsewhere((text) => text.replace('deadline: 2025-12', 'deadline: 2025-06'));
    setField(body, 'f:title', 'Oversikt over digitale læremiddel');
    const response = await post(app, action, body);
    const page = await response.text();
    expect(response.status).toBe(409);
    expect(file(T2)).toContain('deadline: 2025-06');
    expect(conflictBlocks(page)).toEqual({});
    // Saving the form as the conflict left it keeps both changes.
    const again = submitForm(page, undefined, action);
    const saved = await post(app, again.action, again.body);
    expect(saved.status, (await saved.text()).match(/data-rule="[^"]+"[^<]*/g)?.join('\n')).toBe(200);
    expect(file(T2)).toContain('title: Oversikt over digitale læremiddel\n');
    expect(file(T2)).toContain('deadline: 2025-06\n');
  });

  test('a field both changed is shown side by side; taking the file keeps the other change', async () => {
    const { action, body } = await formOf('/dokument/measure/T-2');
    writeElsewhere((text) => text.replace(TITLE, 'title: Tittel fra VS Code'));
    setField(body, 'f:title', 'Tittel fra skjemaet');
    const page = await (await post(app, action, body)).text();
    expect(conflictBlocks(page)).toEqual({ title: { typed: 'Tittel fra skjemaet', onDisk: 'Tittel fra VS Code' } });
    // The form keeps what was typed.
    expect(page).toContain('value="Tittel fra skjemaet"');
    const again = submitForm(page, undefined, action);
    expect(again.body.get('konflikt:title')).toBe('skjema');
    setField(again.body, 'konflikt:title', 'fil');
    expect((await post(app, again.action, again.body)).status).toBe(200);
    expect(file(T2)).toContain('title: Tittel fra VS Code\n');
  });

  test('a merged value typed in the field is what is saved', async () => {
    const { action, body } = await formOf('/dokument/measure/T-2');
    writeElsewhere((text) => text.replace(TITLE, 'title: Tittel fra VS Code'));
    setField(body, 'f:title', 'Tittel fra skjemaet');
    const page = await (await post(app, action, body)).text();
    const again = submitForm(page, undefined, action);
    setField(again.body, 'f:title', 'Tittel fra VS Code og skjemaet');
    expect((await post(app, again.action, again.body)).status).toBe(200);
    expect(file(T2)).toContain('title: Tittel fra VS Code og skjemaet\n');
  });

  test('a body both changed is shown paragraph by paragraph with the word diff, and either side can be kept', async () => {
    const { action, body } = await formOf('/dokument/measure/T-2');
    writeElsewhere((text) => text.replace('lagt fram saman med strategien', 'lagt fram med strategien'));
    const typed = body.get('body')!.replace('i april 2023', 'i mai 2023');
    setField(body, 'body', typed);
    const page = await (await post(app, action, body)).text();
    const blocks = conflictBlocks(page);
    expect(Object.keys(blocks)).toEqual(['body']);
    expect(blocks['body']).toContain('<ins>saman </ins>');
    expect(blocks['body']).toContain('<del>april</del><ins>mai</ins>');
    const again = submitForm(page, undefined, action);
    setField(again.body, 'konflikt:body', 'fil');
    expect((await post(app, again.action, again.body)).status).toBe(200);
    expect(file(T2)).toContain('Tiltaket vart lagt fram med strategien i april 2023');
  });

  test('without the opened text (the server restarted), every field that differs is shown, and the typed text stays', async () => {
    const { action, body } = await formOf('/dokument/measure/T-2');
    writeElsewhere((text) => text.replace(TITLE, 'title: Tittel fra VS Code'));
    setField(body, 'hash', 'f'.repeat(64));
    setField(body, 'f:title', 'Tittel fra skjemaet');
    const response = await post(app, action, body);
    const page = await response.text();
    expect(response.status).toBe(409);
    expect(conflictBlocks(page)).toEqual({ title: { typed: 'Tittel fra skjemaet', onDisk: 'Tittel fra VS Code' } });
    expect(page).toContain('data-ulagret');
    expect(file(T2)).toContain('title: Tittel fra VS Code\n');
  });
});
