/**
 * The two databases every store test of the review package and the review server runs against: a SQLite file and a
 * real PostgreSQL database on the run's server (`inject('postgresUrl')`, from `@strategi/database/testing`).
 */
import { copyFileSync } from 'node:fs';
import { connect } from '@strategi/database';
import { type Kysely, sql } from 'kysely';
import { inject } from 'vitest';
import type { StoreLocation } from '../store/database.ts';
import { ReviewStore } from '../store/store.ts';
import { freshDatabase, type SqliteFiles, sqliteFiles } from './index.ts';

export const databaseKinds = ['sqlite', 'postgres'] as const;
type DatabaseKind = (typeof databaseKinds)[number];

// A worker evaluates this module once for all its files (`isolate: false`): the folder and the connection are made
// when a file first needs them, and `sqlite-cleanup.ts`, which runs around every file, ends them when it is done.
let sqlite: SqliteFiles | undefined;
let server: Promise<Kysely<unknown>> | undefined;

// Migrating a new database was about half of what a store test's setup cost, on both databases and for every test:
// a worker migrates one of each kind, from nothing, and every test gets a copy, as a server that ran before leaves
// it. The migrations of an older database are tested on one made with emptyLocation.
let sqliteTemplate: Promise<string> | undefined;
let postgresTemplate: Promise<string> | undefined;
let copies = 0;

/** Removes the SQLite files the current test file made, and closes its connection to the PostgreSQL server. */
export async function closeStoreLocations(): Promise<void> {
  sqlite?.remove();
  sqlite = undefined;
  sqliteTemplate = undefined;
  const closing = server;
  server = undefined;
  await (await closing)?.destroy();
}

/** A new, empty database: no table, no migration run. */
export async function emptyLocation(kind: DatabaseKind): Promise<StoreLocation> {
  if (kind === 'postgres') return { databaseUrl: await freshDatabase(inject('postgresUrl')) };
  sqlite ??= sqliteFiles();
  return { sqliteFile: sqlite.fresh('kommentarer.sqlite') };
}

async function migrated(kind: DatabaseKind): Promise<StoreLocation> {
  const location = await emptyLocation(kind);
  await (await ReviewStore.open(location)).close();
  return location;
}

/** A new database with the store's newest schema and nothing in it. */
export async function freshLocation(kind: DatabaseKind): Promise<StoreLocation> {
  if (kind === 'sqlite') {
    sqliteTemplate ??= migrated('sqlite').then(({ sqliteFile }) => sqliteFile!);
    const template = await sqliteTemplate;
    const { sqliteFile } = await emptyLocation('sqlite');
    copyFileSync(template, sqliteFile!);
    return { sqliteFile };
  }
  // The template stays on the server for the worker's later files; nothing connects to it once it is migrated.
  postgresTemplate ??= migrated('postgres').then(({ databaseUrl }) => new URL(databaseUrl!).pathname.slice(1));
  const template = await postgresTemplate;
  const url = new URL(inject('postgresUrl'));
  server ??= connect<unknown>({ databaseUrl: url.href }).then(({ db }) => db);
  const name = `test_${process.pid}_${Date.now().toString(36)}_${copies++}`;
  // FILE_COPY: the template's files copied whole, a third less CPU than WAL_LOG's page by page for a database this small.
  await sql`create database ${sql.id(name)} template ${sql.id(template)} strategy file_copy`.execute(await server);
  url.pathname = `/${name}`;
  return { databaseUrl: url.href };
}
