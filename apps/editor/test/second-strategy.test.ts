/**
 * The web editor started on the second strategy in corpora/: its start page lists that strategy's documents, and
 * nothing of the strategy in content/.
 */
import { describe, expect, test } from 'vitest';
import { editorForFile } from './helpers.ts';

const { app } = await editorForFile('second');

describe('the editor on the second strategy', () => {
  test('lists its documents on the start page', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    const page = await response.text();
    for (const title of [
      'Fremtidens digitale Norge – nasjonal digitaliseringsstrategi 2024–2030',
      'Styring og samordning i offentlig sektor',
      'Kunstig intelligens',
      'Bygge en nasjonal infrastruktur for kunstig intelligens, med lovverk for bruken',
      'Digitaliserings- og forvaltningsdepartementet',
    ]) {
      expect(page).toContain(title);
    }
    for (const id of ['I-1', 'I-4', 'M-1', 'M-5', 'T-1', 'T-5', 'DFD', 'KS', 'Digdir']) expect(page).toMatch(new RegExp(`\\b${id}\\b`));
    expect(page).not.toContain('Kunnskapsdepartementet');
  });
});
