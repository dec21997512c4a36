// The throwaway PostgreSQL lives in `@strategi/database/testing`; kept here for the review tests that import it.
export { freshDatabase, postgresBinaries, type SqliteFiles, sqliteFiles, startTestPostgres, type TestPostgres } from '@strategi/database/testing';
export { databaseKinds, freshLocation, removeSqliteFiles } from './store-locations.ts';
