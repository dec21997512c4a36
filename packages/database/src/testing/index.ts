export { freshDatabase, postgresBinaries, startTestPostgres, type TestPostgres } from './postgres.ts';
export { type SqliteFiles, sqliteFiles } from './sqlite.ts';
