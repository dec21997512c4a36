/** The corpus templates (corpus-template.ts), made once per run and removed when it ends. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { type CorpusName, corpora, makeCorpusTemplate } from './corpus-template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Each corpus's template repository. */
    corpusTemplates: Record<CorpusName, string>;
  }
}

export default function setup(project: TestProject): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), 'strategi-editor-templates-'));
  const templates = {} as Record<CorpusName, string>;
  for (const name of Object.keys(corpora) as CorpusName[]) {
    templates[name] = path.join(folder, name);
    makeCorpusTemplate(name, templates[name]);
  }
  project.provide('corpusTemplates', templates);
  return () => rmSync(folder, { recursive: true, force: true });
}
