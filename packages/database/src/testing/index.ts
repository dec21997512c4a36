export { freshDatabase, postgresBinaries, startTestPostgres, type TestPostgres } from './postgres.ts';
export { type SqliteFiles, sqliteFiles } from './sqlite.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The URL (database `postgres`) of the run's test server, which `@strategi/database/testing/global-setup` starts. */
    postgresUrl: string;
  }
}
