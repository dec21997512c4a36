/**
 * The people behind a share link. A link sent to a group is one token for many people, so each names themselves
 * the first time they comment (an e-mail is optional, for notifications, and never shown to others); the server
 * keeps the person's id in a signed cookie and stores it on every comment they write.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, PersonTable } from './schema.ts';

export interface Person {
  id: string;
  linkId: string;
  name: string;
  /** Only for notifications: never put on a page or in the API. */
  email: string | null;
  createdAt: string;
}

export interface NewPerson {
  linkId: string;
  name: string;
  email?: string | null | undefined;
}

const toPerson = (row: Selectable<PersonTable>): Person => ({ id: row.id, linkId: row.link_id, name: row.name, email: row.email, createdAt: row.created_at });

export async function insertPerson(db: Kysely<Database>, input: NewPerson, now: string): Promise<Person> {
  const row = { id: randomBytes(16).toString('base64url'), link_id: input.linkId, name: input.name, email: input.email ?? null, created_at: now };
  await db.insertInto('people').values(row).execute();
  return toPerson(row);
}

export async function selectPerson(db: Kysely<Database>, id: string): Promise<Person | undefined> {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toPerson(row);
}

/** Who wrote each of these comments, for those a person wrote. */
export async function selectCommentPeople(db: Kysely<Database>, commentIds: readonly number[]): Promise<Map<number, Person>> {
  if (commentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('comments')
    .innerJoin('people', 'people.id', 'comments.person_id')
    .where('comments.id', 'in', [...commentIds])
    .orderBy('comments.id')
    .select(['comments.id as comment_id', 'people.id', 'people.link_id', 'people.name', 'people.email', 'people.created_at'])
    .execute();
  return new Map(rows.map(({ comment_id, ...person }) => [Number(comment_id), toPerson(person)]));
}
