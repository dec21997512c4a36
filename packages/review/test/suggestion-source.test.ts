import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { planSuggestion } from '../src/index.ts';

const text = `---
id: M-1
title: Alle skoler har god digital infrastruktur
focusArea: I-1
---
Målet gjelder *alle* skoler.

## Utstyr

Se [utstyret](#utstyr) for hele landet.
`;

let contentFolder: string;
beforeAll(async () => {
  contentFolder = await mkdtemp(path.join(tmpdir(), 'strategi-forslag-'));
  // Only a document that passes the shape checks has its links checked, so the goal has its focus area.
  await mkdir(path.join(contentFolder, 'mal'));
  await mkdir(path.join(contentFolder, 'innsatsomrader'));
  await writeFile(path.join(contentFolder, 'mal/M-1.md'), text);
  await writeFile(path.join(contentFolder, 'innsatsomrader/I-1.md'), '---\nid: I-1\ntitle: Infrastruktur\norder: 1\n---\nOmrådet.\n');
});

const plan = (fileText: string, exact: string, replacement: string) =>
  planSuggestion({
    contentFolder,
    file: 'mal/M-1.md',
    text: fileText,
    suggestion: { quote: { exact, prefix: '', suffix: '' }, replacement },
    options: { cacheFolder: false },
  });

describe('planSuggestion', () => {
  test('gives the whole file with the passage replaced in the body', async () => {
    expect(await plan(text, 'gjelder alle skoler', 'gjelder alle grunnskoler')).toEqual({
      planned: true,
      text: text.replace('*alle* skoler', '*alle* grunnskoler'),
    });
  });

  test('keeps CRLF line endings in the frontmatter and the body', async () => {
    const crlf = text.replace(/\n/g, '\r\n');
    expect(await plan(crlf, 'for hele landet', 'for hele Norge')).toEqual({ planned: true, text: crlf.replace('hele landet', 'hele Norge') });
  });

  test('changes a passage of the title in the frontmatter', async () => {
    expect(await plan(text, 'god digital infrastruktur', 'god og trygg digital infrastruktur')).toEqual({
      planned: true,
      text: text.replace('god digital', 'god og trygg digital'),
    });
  });

  test('refuses a result that does not validate, with the errors it would bring', async () => {
    const result = await plan(text, 'Utstyr', 'Utstyret i skolene');
    expect(result).toMatchObject({ planned: false, refusal: 'invalid' });
    expect(result.planned ? [] : result.problems.map((problem) => problem.ruleId)).toEqual(['link/unknown-heading']);
  });

  test('refuses a passage that is not in the file as quoted', async () => {
    expect(await plan(text, 'Målet gjelder noen skoler', 'Målet gjelder alle')).toEqual({ planned: false, refusal: 'changed', problems: [] });
  });
});
