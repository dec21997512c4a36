/**
 * Saving through the editor: a changed field changes only its lines, YAML-special text is quoted, a save that would
 * give an error is refused with the catalogue's message on the field, new documents get the allocator's id, and
 * links are inserted in the canonical form.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allocateIds, limits, loadCorpus, parseFile } from '@strategi/model';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { editorForFile, post, setField, setFields, submitForm, testParseCache } from './helpers.ts';

const { repository, app } = await editorForFile('draft', { reset: true });

const file = (relative: string) => readFileSync(path.join(repository.content, relative), 'utf8');
const formOf = async (url: string) => submitForm(await (await app.request(url)).text());
const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  return b.map((line, i) => (line === a[i] ? undefined : [i + 1, line])).filter((entry) => entry !== undefined);
};
// The tests' one parse cache: it is keyed by the files' bytes, so a file a test changed is parsed again.
const errorsIn = async () => (await loadCorpus(repository.content, { cache: await testParseCache })).problems.filter((problem) => problem.severity === 'error');
/** The text of the element with `data-felt="<path>"`, whitespace collapsed. */
function fieldText(page: string, fieldPath: string): string {
  const start = page.indexOf(`data-felt="${fieldPath}"`);
  expect(start, `a field ${fieldPath} in the page`).toBeGreaterThan(-1);
  const open = page.lastIndexOf('<', start);
  const tag = /^<(\w+)/.exec(page.slice(open))![1]!;
  const fragment = parse(page.slice(open, page.indexOf(`</${tag}>`, start) + tag.length + 3));
  const text = (node: { nodeName: string; value?: string; childNodes?: unknown[] }): string =>
    node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map((child) => text(child as never)).join('');
  return text(fragment as never)
    .replace(/\s+/g, ' ')
    .trim();
}

describe('a changed field', () => {
  test('changes only its own line, and the file still validates', async () => {
    const before = file('tiltak/T-2.md');
    const { action, body } = await formOf('/dokument/measure/T-2');
    setField(body, 'f:title', 'Et nytt navn på tiltaket');
    const response = await post(app, action, body);
    expect(await response.text()).toContain('Lagret. Hele arbeidsutkastet er sjekket.');
    expect(changedLines(before, file('tiltak/T-2.md'))).toEqual([[3, 'title: Et nytt navn på tiltaket']]);
    expect(await errorsIn()).toEqual([]);
  });

  test('examples are marked per field: ticking fewer fields writes the list, ticking the whole document writes true', async () => {
    const before = file('tiltak/T-2.md');
    const fields = await formOf('/dokument/measure/T-2');
    setField(fields.body, 'f:example', 'status', 'deadline', 'body');
    expect((await post(app, fields.action, fields.body)).status).toBe(200);
    expect(changedLines(before, file('tiltak/T-2.md'))).toEqual([[20, 'example: [status, deadline, body]']]);
    const whole = await formOf('/dokument/measure/T-2');
    setField(whole.body, 'f:example', 'true', 'status');
    expect((await post(app, whole.action, whole.body)).status).toBe(200);
    expect(file('tiltak/T-2.md')).toMatch(/^example: true$/m);
    expect(await errorsIn()).toEqual([]);
  });

  test('a title with YAML’s special characters is quoted and reads back as typed', async () => {
    const title = 'Pilot: «KI i skolen» #2 – [trinn 1] & *alt* {ok}';
    const { action, body } = await formOf('/dokument/measure/T-2');
    setField(body, 'f:title', title);
    expect((await post(app, action, body)).status).toBe(200);
    const text = file('tiltak/T-2.md');
    expect(text.split('\n')[2]).toBe(`title: "${title}"`);
    expect((parseFile(text, limits).data as Record<string, unknown>)['title']).toBe(title);
  });

  test('adding a goal keeps the order of those already there', async () => {
    const before = file('tiltak/T-1.md');
    const { action, body } = await formOf('/dokument/measure/T-1');
    body.append('f:goals', 'M-3');
    await post(app, action, body);
    expect(changedLines(before, file('tiltak/T-1.md'))).toEqual([[4, 'goals: [M-5, M-9, M-3]']]);
  });

  test('a status history entry typed in the empty row is added after the others', async () => {
    const { action, body } = await formOf('/dokument/measure/T-2');
    const count = Number(body.get('f:history.count'));
    setField(body, `f:history.${count - 1}.date`, '2026-11-30');
    setField(body, `f:history.${count - 1}.status`, 'forsinket');
    setField(body, `f:history.${count - 1}.note`, 'Ny vurdering: fortsatt forsinket.');
    const page = await (await post(app, action, body)).text();
    expect(page).toContain('Lagret.');
    expect(file('tiltak/T-2.md')).toContain('  - date: 2026-11-30\n    status: forsinket\n    note: "Ny vurdering: fortsatt forsinket."\n');
    expect(await errorsIn()).toEqual([]);
  });
});

describe('a save that would give an error', () => {
  test('an impossible date is refused and its message and hint are shown on its field; the file is untouched', async () => {
    const before = file('tiltak/T-2.md');
    const { action, body } = await formOf('/dokument/measure/T-2');
    setField(body, 'f:deadline', '2027-02-30');
    const response = await post(app, action, body);
    const page = await response.text();
    expect(response.status).toBe(422);
    expect(page).toContain('Ikke lagret: endringen gir feil.');
    expect(fieldText(page, 'deadline')).toContain('2027-02-30 finnes ikke: februar 2027 har 28 dager.');
    expect(page).toMatch(/id="felt-deadline"[^>]*value="2027-02-30"[^>]*aria-invalid="true"/);
    expect(file('tiltak/T-2.md')).toBe(before);
  });

  test('an impossible date in a status history entry is shown on that entry’s date', async () => {
    const { action, body } = await formOf('/dokument/measure/T-2');
    setField(body, 'f:history.0.date', '2023-02-29');
    const page = await (await post(app, action, body)).text();
    expect(fieldText(page, 'history.0.date')).toContain('2023-02-29 finnes ikke: 2023 er ikke et skuddår, så februar har 28 dager.');
  });

  test('a wrong date does not hide the rest: broken links and the date rules are shown on their fields in the same save', async () => {
    const before = file('tiltak/T-2.md');
    const { action, body } = await formOf('/dokument/measure/T-2');
    setField(body, 'f:goals', 'M-4', 'M-99');
    setField(body, 'f:responsible', 'Udir', 'XX');
    setField(body, 'f:start', '2031');
    setField(body, 'f:deadline', '2025-13');
    const response = await post(app, action, body);
    const page = await response.text();
    expect(response.status).toBe(422);
    expect(fieldText(page, 'deadline')).toContain('2025-13 finnes ikke: måneden må være fra 01 til 12.');
    expect(fieldText(page, 'goals')).toContain('Finner ikke målet «M-99».');
    expect(fieldText(page, 'responsible')).toContain('Finner ikke aktøren «XX».');
    expect(fieldText(page, 'start')).toContain('«start» er 2031, utenfor strategiperioden 2023–2030.');
    expect(file('tiltak/T-2.md')).toBe(before);
  });

  test('a problem the change brings to another document is shown too', async () => {
    const { action, body } = await formOf('/dokument/goal/M-3');
    setField(body, 'f:focusArea', 'I-9');
    const page = await (await post(app, action, body)).text();
    expect(fieldText(page, 'focusArea')).toContain('Finner ikke innsatsområdet «I-9».');
  });

  test('a file changed elsewhere since it was opened is not overwritten', async () => {
    const { action, body } = await formOf('/dokument/measure/T-2');
    const changed = file('tiltak/T-2.md').replace('status: forsinket', 'status: forsinket # endret i VS Code');
    writeFileSync(path.join(repository.content, 'tiltak/T-2.md'), changed);
    setField(body, 'f:title', 'Nytt navn');
    const response = await post(app, action, body);
    expect(response.status).toBe(409);
    expect(file('tiltak/T-2.md')).toBe(changed);
  });
});

describe('a new document', () => {
  test('a measure under a goal with a responsible actor gets the next id from the allocator and validates', async () => {
    const expected = (await allocateIds('measure', await loadCorpus(repository.content, { cache: await testParseCache })))![0]!;
    const { action, body } = await formOf('/ny/measure');
    expect(action).toBe('/ny/measure');
    setFields(body, {
      'f:title': 'Prøve ut felles innlogging for elever',
      'f:goals': 'M-6',
      'f:responsible': 'Udir',
      'f:sectors': 'grunnskole',
      'f:start': '2026',
      'f:deadline': '2027-06',
      'f:status': 'planlagt',
      body: 'Tiltaket skal prøve ut felles innlogging.\r\n',
    });
    const response = await post(app, action, body);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/dokument/measure/${expected}?opprettet=1`);
    expect(file(`tiltak/${expected}.md`)).toBe(
      `---\nid: ${expected}\ntitle: Prøve ut felles innlogging for elever\ngoals: [M-6]\nresponsible: [Udir]\nsectors: [grunnskole]\nstart: 2026\ndeadline: 2027-06\nstatus: planlagt\n---\nTiltaket skal prøve ut felles innlogging.\n`,
    );
    expect(await errorsIn()).toEqual([]);
  });

  test('a measure without goals is refused with the message on the goals picker, and nothing is written', async () => {
    const { action, body } = await formOf('/ny/measure');
    setFields(body, { 'f:title': 'Uten mål', 'f:responsible': 'KD', 'f:sectors': 'barnehage', 'f:start': '2026', 'f:deadline': '2027' });
    const response = await post(app, action, body);
    expect(response.status).toBe(422);
    expect(fieldText(await response.text(), 'goals')).toMatch(/mål/);
    expect(repository.git('status', '--porcelain')).toBe('');
  });

  test('an actor’s id is typed, and one used before is refused', async () => {
    const { action, body } = await formOf('/ny/actor');
    setFields(body, { 'nytt-id': 'kd', 'f:name': 'Et annet departement', 'f:kind': 'departement', 'f:responsibility': 'Noe.' });
    const page = await (await post(app, action, body)).text();
    expect(page).toContain('Id-en «kd» er allerede brukt');
    expect(file('aktorer/KD.md')).toContain('name: Kunnskapsdepartementet');
  });
});

describe('links in the body', () => {
  test('without JavaScript, the picker adds a link in the canonical relative form and saves nothing', async () => {
    const before = file('tiltak/T-2.md');
    const { body } = await formOf('/dokument/measure/T-2');
    setFields(body, { handling: 'lenke', 'lenke-dokument': 'measure:T-9', 'lenke-tekst': 'felles støttetjenester' });
    const page = await (await post(app, '/dokument/measure/T-2', body)).text();
    expect(page).toContain('Lenken er satt inn i teksten. Lagre for å beholde den.');
    const saved = submitForm(page);
    expect(saved.body.get('body')).toMatch(/\[felles støttetjenester\]\(\.\.\/tiltak\/T-9\.md\)\r\n$/);
    expect(file('tiltak/T-2.md')).toBe(before);
    await post(app, saved.action, saved.body);
    expect(file('tiltak/T-2.md')).toMatch(/\[felles støttetjenester\]\(\.\.\/tiltak\/T-9\.md\)\n$/);
    expect(await errorsIn()).toEqual([]);
  });
});

describe('a document whose frontmatter cannot be read', () => {
  test('is edited as text, with the model’s problem, and saved once it is right', async () => {
    const good = file('tiltak/T-2.md');
    writeFileSync(path.join(repository.content, 'tiltak/T-2.md'), good.replace('status: forsinket\n', 'status: [forsinket\n'));
    const page = await (await app.request('/dokument/measure/T-2')).text();
    expect(page).toContain('Dokumentet kan ikke vises som skjema');
    const { action, body } = submitForm(page);
    setField(body, 'tekst', good);
    expect((await post(app, action, body)).status).toBe(200);
    expect(file('tiltak/T-2.md')).toBe(good);
  });
});
