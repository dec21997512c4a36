/**
 * «Merk som løst», «Godta» and «Avvis» keep the hosting layer's checks: without the form's token, from another
 * origin, or from a reviewer's link, the comment stays open; with an editor's link it is resolved in the link's name.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { localAndHostedEditor, submitForm } from '../helpers.ts';
import { plantComment } from '../review-comment.ts';

const editors = await localAndHostedEditor('review-comments');
let comment = 0;

beforeEach(async () => {
  comment = (await plantComment(editors.store, { document: 'T-2', exact: 'svært mange digitale læremiddel', text: 'Hvor mange?' })).id;
});

/** The form «Merk som løst» opens, with a disposition chosen. */
const resolveForm = async (cookie: string) => {
  const { body } = submitForm(
    await (await editors.hosted.request(`/kommentarer/${comment}/utfall`, { headers: { Cookie: cookie } })).text(),
    { name: '', value: '' },
    `/kommentarer/${comment}/lost`,
  );
  body.set('utfall', 'tatt-til-folge');
  return body;
};

const isOpen = async () => (await editors.store.getComment(comment))?.resolvedAt === null;

describe('«Merk som løst»', () => {
  test('without its token, or from another origin, leaves the comment open', async () => {
    const cookie = await editors.signIn('editor');
    const body = await resolveForm(cookie);
    const token = body.get('csrf')!;
    body.delete('csrf');
    expect((await editors.postAs(cookie, `/kommentarer/${comment}/lost`, body)).status).toBe(403);
    body.set('csrf', token);
    expect((await editors.postAs(cookie, `/kommentarer/${comment}/lost`, body, { Origin: 'http://evil.example' })).status).toBe(403);
    expect(await isOpen()).toBe(true);
  });

  test('a reviewer’s link sees no button and cannot resolve', async () => {
    const editor = await editors.signIn('editor');
    const body = await resolveForm(editor);
    const reviewer = await editors.signIn('reviewer');
    const page = await (await editors.hosted.request('/dokument/measure/T-2', { headers: { Cookie: reviewer } })).text();
    expect(page).toContain('Hvor mange?');
    expect(page).not.toContain(`/kommentarer/${comment}/utfall`);
    expect((await editors.hosted.request(`/kommentarer/${comment}/utfall`, { headers: { Cookie: reviewer } })).status).toBe(403);
    // The editor's form (and its token) sent with the reviewer's session: the token is bound to the session.
    expect((await editors.postAs(reviewer, `/kommentarer/${comment}/lost`, body)).status).toBe(403);
    expect(await isOpen()).toBe(true);
  });

  test('a reviewer’s link cannot accept or reject a suggestion, even with an editor’s form', async () => {
    const suggested = await plantComment(editors.store, {
      document: 'T-2',
      exact: 'Det er vanskeleg for ein skule',
      text: 'Enklere.',
      suggestion: 'Det er krevjande for ein skule',
    });
    const editor = await editors.signIn('editor');
    const page = await (await editors.hosted.request('/dokument/measure/T-2', { headers: { Cookie: editor } })).text();
    const reviewer = await editors.signIn('reviewer');
    expect(await (await editors.hosted.request('/dokument/measure/T-2', { headers: { Cookie: reviewer } })).text()).not.toContain(
      `/kommentarer/${suggested.id}/godta`,
    );
    for (const action of ['godta', 'avvis']) {
      const { body } = submitForm(page, { name: '', value: '' }, `/kommentarer/${suggested.id}/${action}`);
      body.set('begrunnelse', 'Nei.');
      expect((await editors.postAs(reviewer, `/kommentarer/${suggested.id}/${action}`, body)).status).toBe(403);
    }
    expect((await editors.store.getComment(suggested.id))?.suggestion?.state).toBe('open');
  });

  test('an editor’s link resolves it in the link’s name', async () => {
    const cookie = await editors.signIn('editor', { name: 'Redaktør Rita' });
    const response = await editors.postAs(cookie, `/kommentarer/${comment}/lost`, await resolveForm(cookie));
    expect(response.status).toBe(303);
    expect((await editors.store.getComment(comment))?.resolvedBy).toBe('Redaktør Rita');
  });
});
