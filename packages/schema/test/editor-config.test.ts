// The editor wiring: .remarkrc.mjs at the repository root maps each content folder to its JSON Schema, so that
// editors running remark (VS Code's remark extension) flag frontmatter mistakes while the editor types.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { remark } from 'remark';
import { describe, expect, test } from 'vitest';
import { documentKindNames, documentKinds } from '../src/kinds.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const config = (await import(path.join(root, '.remarkrc.mjs'))) as { default: { plugins: NonNullable<Parameters<ReturnType<typeof remark>['use']>[0]>[] } };

async function lint(relative: string, value: string): Promise<string[]> {
  const file = await remark()
    .use({ plugins: config.default.plugins })
    .process({ path: path.join(root, relative), cwd: root, value });
  return file.messages.map((message) => message.message.split(' • ')[0]!);
}

const measure = readFileSync(path.join(root, 'content/tiltak/T-1.md'), 'utf8');

describe('frontmatter is checked against the JSON Schema of its folder', () => {
  test('every kind of document is mapped, in the working draft and in released versions (the map cannot drift from the schema)', () => {
    const [, options] = config.default.plugins[1] as unknown as [unknown, { schemas: Record<string, string[]> }];
    for (const kind of documentKindNames) {
      const folder = documentKinds[kind].folder;
      const globs =
        kind === 'strategy' ? ['content/strategi.md', 'content/versjoner/*/strategi.md'] : [`content/${folder}/*.md`, `content/versjoner/*/${folder}/*.md`];
      expect(options.schemas[`./packages/schema/json-schema/${kind}.schema.json`], kind).toEqual(globs);
    }
  });

  test('a valid measure gets no message', async () => {
    expect(await lint('content/tiltak/T-1.md', measure)).toEqual([]);
  });

  test('a misspelt key in a measure is flagged', async () => {
    expect(await lint('content/tiltak/T-1.md', measure.replace(/^status:/m, 'statuss:'))).toEqual([
      "Must have required property 'status'",
      'Must NOT have additional properties',
    ]);
  });

  test('the same file in a released version is checked with the same schema', async () => {
    expect(await lint('content/versjoner/2023-vedtatt/tiltak/T-1.md', measure.replace(/^status: \w+/m, 'status: ferdig'))).toEqual([
      'Must be equal to one of the allowed values: `planlagt`, `startet`, `i-rute`, `forsinket`, `fullført`, `stanset`',
    ]);
  });

  test('a goal is checked with the goal schema, not the measure schema', async () => {
    const goal = readFileSync(path.join(root, 'content/mal/M-1.md'), 'utf8');
    expect(await lint('content/mal/M-1.md', goal)).toEqual([]);
    expect(await lint('content/mal/M-1.md', goal.replace(/^focusArea:/m, 'fokus:'))).toContain("Must have required property 'focusArea'");
  });
});
