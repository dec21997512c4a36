export { freshDatabase, postgresBinaries, startTestPostgres, type TestPostgres } from './postgres.ts';
