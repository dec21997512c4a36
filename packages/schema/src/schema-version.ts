/**
 * The version of the content schema. A released version records the schema version it was validated with; the
 * model reads an older release through the migrations in `@strategi/model` (src/migrate/), so the schema can change
 * without rewriting frozen files. Raise it with every change that makes a valid older file invalid, and add the
 * migration in the same commit.
 *
 * 1: English values (`on-track`, `adopted`, `ministry`, `meeting`), action plans list their measures, hashes in
 *    `versjon.md`, actor ids may hold any letter.
 * 2: Norwegian values, a plan's measures come from the measures' `actionPlan`, hashes in `versjon.sha256`, a sealed
 *    status history in `versjon.md`, ASCII ids.
 */
export const SCHEMA_VERSION = 2;
