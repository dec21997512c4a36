import path from 'node:path';
import { ContentFolderError, type Corpus, type Edition, type LoadOptions, loadCorpus, WORKING_DRAFT_ID } from '@strategi/model';
import { suggest } from '@strategi/problems';
import { type CommandIO, UsageError } from './io.ts';

/** The edition named `id`: `utkast` for the working draft, otherwise a released version's id. */
export function findEdition(corpus: Corpus, id: string): Edition {
  if (id === WORKING_DRAFT_ID) return corpus.working;
  const edition = corpus.versions.find((version) => version.id === id);
  if (edition) return edition;
  const ids = [...corpus.versions.map((version) => version.id), WORKING_DRAFT_ID];
  const suggestion = suggest(id, ids);
  throw new UsageError(
    `Finner ikke versjonen «${id}».${suggestion ? ` Mente du «${suggestion}»?` : ''}`,
    `Versjonene er ${ids.map((name) => `«${name}»`).join(', ')} («${WORKING_DRAFT_ID}» er arbeidsutkastet).`,
  );
}

/** Loads the content folder `dir` (relative to the working directory); a missing folder is a message naming it as typed. */
export async function loadContent(io: CommandIO, dir: string, options: LoadOptions = {}): Promise<Corpus> {
  try {
    return await loadCorpus(path.resolve(io.cwd, dir), { displayBase: io.cwd, ...options });
  } catch (error) {
    if (error instanceof ContentFolderError)
      throw new UsageError(
        error.message.replace(path.resolve(io.cwd, dir), dir),
        'Kjør kommandoen i prosjektmappen, eller oppgi innholdsmappen med --dir <mappe>.',
      );
    throw error;
  }
}
