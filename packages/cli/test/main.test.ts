import { describe, expect, test } from 'vitest';
import { run, workspace } from './helpers.ts';

describe('strategi', () => {
  test.each(['new', 'diff', 'status', 'validate', 'release'])('%s --help prints its usage and exits 0', async (command) => {
    const cwd = await workspace();
    const result = await run([command, '--help'], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Bruk: strategi ${command} `));
  });

  test('validate --watch --help describes watching', async () => {
    const result = await run(['validate', '--watch', '--help'], await workspace());
    expect(result.stdout).toMatch(/^Bruk: strategi validate --watch /);
  });

  test('lists the commands, and refuses an unknown one', async () => {
    const cwd = await workspace();
    const result = await run(['--help'], cwd);
    expect(result.stdout).toContain('  new       Lag et nytt dokument med neste ledige id.\n');
    expect(result.stdout).toContain('  diff      Vis hva som er endret mellom to versjoner (eller utkastet).\n');
    expect(result.stdout).toContain('  status    Tiltak per status, forsinkede tiltak, mål uten tiltak, målform og LIX.\n');
    const unknown = await run(['stauts'], cwd);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^Ukjent kommando «stauts»\.\n/);
  });
});
