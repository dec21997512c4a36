/** How many comments each document has, for the review server's overview and the badges on document links. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface DocumentCount {
  document: string;
  edition: string;
  /** Comments and replies not deleted. */
  comments: number;
  /** Threads (first comments) not yet resolved. */
  open: number;
}

export async function selectDocumentCounts(db: Kysely<Database>): Promise<DocumentCount[]> {
  const rows = await db
    .selectFrom('comments')
    .where('deleted_at', 'is', null)
    .groupBy(['document', 'edition'])
    .select((eb) => [
      'document',
      'edition',
      eb.fn.countAll<number | string>().as('comments'),
      eb.fn
        .sum<number | string>(
          eb
            .case()
            .when(eb.and([eb('parent_id', 'is', null), eb('resolved_at', 'is', null)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('open'),
    ])
    .orderBy('edition')
    .orderBy('document')
    .execute();
  return rows.map((row) => ({ document: row.document, edition: row.edition, comments: Number(row.comments), open: Number(row.open) }));
}
