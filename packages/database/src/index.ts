export { type DatabaseKind, type MigrationSet, migrateTo, migrateToLatest } from './migrate.ts';
export { connect, type OpenDatabase, openDatabase, type StoreLocation } from './open.ts';
