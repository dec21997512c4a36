/** The start page: every document of the working draft and the released versions, and the files the graph could not read. */
import { type Corpus, listContentFiles } from '@strategi/model';
import { Hono } from 'hono';
import { contextOf, type EditorContext, type Env, respond } from '../context.ts';
import { overview } from '../views/overview.ts';
import type { Workspace } from '../workspace.ts';

/** Files of the working draft the graph could not read (broken frontmatter): listed so they can be fixed as text. */
async function brokenFiles(workspace: Workspace, corpus: Corpus) {
  const listed = await listContentFiles(workspace.contentFolder, { working: true });
  const read = new Set(corpus.working.documents.map((doc) => doc.path));
  return listed.documents
    .filter((file) => !read.has(file.entry.relative))
    .map((file) => ({
      kind: file.kind as string,
      id: file.entry.relative.replace(/^.*\//, '').replace(/\.md$/, ''),
      display: workspace.displayOf(file.entry.absolute),
    }));
}

export function overviewRoutes({ workspace }: EditorContext) {
  return new Hono<Env>().get('/', async (c) => {
    const corpus = await workspace.corpus();
    return respond(c, contextOf(c).t.editor.documents, 'documents', overview(contextOf(c), corpus, await brokenFiles(workspace, corpus)));
  });
}
