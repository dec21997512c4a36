/**
 * Kysely's SQLite dialect over Node's built-in `node:sqlite`. Kysely's own dialect is written for better-sqlite3;
 * `DatabaseSync` differs only in how it takes parameters and says whether a statement returns rows, so this
 * adapter is all it needs, and no native addon has to be compiled for the Node that runs the server.
 */
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { type SqliteDatabase, SqliteDialect, type SqliteStatement } from 'kysely';

/** node:sqlite takes no booleans or undefined; Kysely may pass both. */
function bind(value: unknown): SQLInputValue {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value as SQLInputValue;
}

function wrapStatement(statement: StatementSync): SqliteStatement {
  const values = (parameters: ReadonlyArray<unknown>) => parameters.map(bind);
  return {
    reader: statement.columns().length > 0,
    all: (parameters) => statement.all(...values(parameters)),
    run: (parameters) => statement.run(...values(parameters)),
    iterate: (parameters) => statement.iterate(...values(parameters)),
  };
}

function wrapDatabase(database: DatabaseSync): SqliteDatabase {
  return {
    close: () => database.close(),
    prepare: (sql) => wrapStatement(database.prepare(sql)),
  };
}

/**
 * Opens a SQLite file for a server that must not lose an acknowledged write: WAL journal (readers never wait for
 * the writer), `synchronous = FULL` (every commit reaches the disk before it returns), foreign keys on, and a
 * busy timeout so that the CLI and the server can use the file at the same time.
 */
export function openSqlite(file: string): SqliteDialect {
  const database = new DatabaseSync(file, { timeout: 5000 });
  database.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;');
  return new SqliteDialect({ database: wrapDatabase(database) });
}
