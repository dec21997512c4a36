/** A setup file, run for every test file: its SQLite files go when its tests are done. */
import { afterAll } from 'vitest';
import { removeSqliteFiles } from './databases.ts';

afterAll(removeSqliteFiles);
