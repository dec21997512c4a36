// The throwaway PostgreSQL lives in `@strategi/database/testing`; kept here for the review tests that import it.
export { freshDatabase, postgresBinaries, type SqliteFiles, sqliteFiles, startTestPostgres, type TestPostgres } from '@strategi/database/testing';
export { closeStoreLocations, databaseKinds, emptyLocation, freshLocation } from './store-locations.ts';
