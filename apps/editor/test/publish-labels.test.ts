/** The release form names every field once: the change note by the schema's label, the version's text by its own. */
import { describe, expect, test } from 'vitest';
import { contentRepository, editorApp } from './helpers.ts';

describe('the release form’s labels', () => {
  test('are all different, the change note’s from the schema', async () => {
    const repository = contentRepository('draft');
    try {
      const app = await editorApp(repository);
      const page = await (await app.request('/frigi')).text();
      const form = page.slice(page.indexOf('<form method="post" action="/frigi"'));
      const labels = [...form.slice(0, form.indexOf('</form>')).matchAll(/<(?:label|legend) class="ds-label"[^>]*>([^<]+)</g)].map((match) => match[1]);
      expect(labels).toContain('Endringsnotat');
      expect(labels).toContain('Om versjonen (lengre tekst, kan stå tom)');
      expect(new Set(labels).size).toBe(labels.length);
      expect(page).toMatch(/<label class="ds-label" for="versjon-endringsnotat">Endringsnotat<\/label>/);
    } finally {
      repository.remove();
    }
  });
});
