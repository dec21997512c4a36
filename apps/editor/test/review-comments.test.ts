/**
 * Reviewers' open comments on a document's edit page: placed on their line of the text field with the passage, a
 * suggested edit as a word-level change, resolved and replies left out, and «Merk som løst» from there.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { editorForFile, post, reviewStoreForFile, submitForm } from './helpers.ts';
import { plantComment } from './review-comment.ts';

const store = await reviewStoreForFile('comments');
const { app } = await editorForFile('draft', { reviews: store });
const ids: Record<'placed' | 'gone' | 'suggested' | 'resolved' | 'reply' | 'title', number> = {
  placed: 0,
  gone: 0,
  suggested: 0,
  resolved: 0,
  reply: 0,
  title: 0,
};

beforeAll(async () => {
  const link = await store.createLink({ name: 'KS', role: 'reviewer', expiresAt: new Date(Date.now() + 86_400_000) });
  const comment = async (text: string, exact: string | undefined, extra: { suggestion?: string; parentId?: number } = {}) =>
    (await plantComment(store, { linkId: link.id, document: 'T-2', exact: exact ?? null, text, ...extra })).id;
  ids.placed = await comment('Hvor mange?', 'svært mange digitale læremiddel');
  ids.gone = await comment('Dette er borte.', 'en setning som ikke står der');
  ids.suggested = await comment('Enklere slik.', 'Det er vanskeleg for ein skule', { suggestion: 'Det er krevjande for ein skule' });
  ids.title = await comment('Lang tittel.', 'Offentleg oversikt over digitale læremiddel');
  ids.resolved = await comment('Allerede løst.', 'Tiltaket vart lagt fram');
  await store.setResolved(ids.resolved, 'Redaktøren');
  ids.reply = await comment('Et svar.', undefined, { parentId: ids.placed });
});

const panelOf = (page: string) =>
  page.slice(page.indexOf('<section class="kommentarer"'), page.indexOf('</section>', page.indexOf('<section class="kommentarer"')));

describe('the comments panel', () => {
  test('lists the open comments with their line in the text field and the passage; resolved ones and replies are left out', async () => {
    const panel = panelOf(await (await app.request('/dokument/measure/T-2')).text());
    expect(panel).toContain('<h2 class="ds-heading" data-size="sm" id="kommentarer-overskrift">Kommentarer fra høringsrunden</h2>');
    expect(panel).toContain('<p class="ds-paragraph"><strong>linje 4</strong>: «svært mange digitale læremiddel»</p>');
    expect(panel).toContain(
      '<button class="ds-button" data-variant="secondary" data-size="sm" type="button" hidden aria-controls="felt-body" data-kommentar-felt="felt-body" data-kommentar-linje="4" data-kommentar-kolonne="11" data-kommentar-lengde="31">Gå til stedet</button>',
    );
    expect(panel).toContain(
      '«en setning som ikke står der»</p><p class="ds-paragraph" data-size="sm">Teksten kommentaren gjelder, finnes ikke lenger i dokumentet.</p>',
    );
    // A passage in the title is found, but it is on no line of the text field.
    expect(panel).toContain('<p class="ds-paragraph">«Offentleg oversikt over digitale læremiddel»</p>\n');
    expect(panel).toContain('Fra Kari i KS');
    expect(panel).not.toContain('Allerede løst.');
    expect(panel).not.toContain('Et svar.');
  });

  test('shows a suggested edit as the words it changes', async () => {
    const panel = panelOf(await (await app.request('/dokument/measure/T-2')).text());
    expect(panel).toContain('Forslag til endring:</p><p class="ds-paragraph forslag">Det er <del>vanskeleg</del><ins>krevjande</ins> for ein skule</p>');
  });

  test('«Merk som løst» resolves the comment in the editor’s name and comes back to the document', async () => {
    expect(await (await app.request('/dokument/measure/T-2')).text()).toContain(`action="/kommentarer/${ids.gone}/utfall"`);
    const page = await (await app.request(`/kommentarer/${ids.gone}/utfall`)).text();
    const { body } = submitForm(page, { name: '', value: '' }, `/kommentarer/${ids.gone}/lost`);
    body.set('utfall', 'tatt-til-folge');
    const response = await post(app, `/kommentarer/${ids.gone}/lost`, body);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`/dokument/measure/T-2?lost=${ids.gone}#kommentarer`);
    expect((await store.getComment(ids.gone))?.resolvedBy).toBe('Nettredigering');
    const after = panelOf(await (await app.request(`/dokument/measure/T-2?lost=${ids.gone}`)).text());
    expect(after).toContain('<div class="ds-alert" data-color="success" role="status">Kommentaren er merket som løst.</div>');
    expect(after).not.toContain('Dette er borte.');
  });

  test('a document without comments says so; a released version’s page has no panel', async () => {
    expect(panelOf(await (await app.request('/dokument/measure/T-1')).text())).toContain('Ingen åpne kommentarer på dette dokumentet.');
  });
});
