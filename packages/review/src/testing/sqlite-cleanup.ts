/** A vitest setup file, run for every test file: its SQLite files go when its tests are done (store-locations.ts). */
import { afterAll } from 'vitest';
import { removeSqliteFiles } from './store-locations.ts';

afterAll(removeSqliteFiles);
