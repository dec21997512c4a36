import { WORKING_DRAFT_ID, type Corpus, type Edition } from '@strategi/model';
import { suggest } from '@strategi/problems';
import { UsageError } from './io.ts';

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
