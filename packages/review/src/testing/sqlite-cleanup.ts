/**
 * A vitest setup file, run for every test file: its SQLite files go, and its connection to the PostgreSQL server
 * closes, when its tests are done (store-locations.ts).
 */
import { afterAll } from 'vitest';
import { closeStoreLocations } from './store-locations.ts';

afterAll(closeStoreLocations);
