// `pnpm strategi …` as the README says to run it, in a real process: what reaches the terminal is the tool's
// own output and nothing else (no `$ node …` echo, no `[ELIFECYCLE]` line), and the exit code is the tool's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
/** As long as `strategi` may take (its spawn's timeout): pnpm and Node start in each test, slower on a busy machine. */
const TIMEOUT = 60_000;

function strategi(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, STRATEGI_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'strategi-cache-')) };
  // Inside a test run these point at the test's own package; a person at a terminal has neither.
  delete env['INIT_CWD'];
  delete env['npm_lifecycle_event'];
  const result = spawnSync('pnpm', ['strategi', ...args], { cwd: root, env, encoding: 'utf8', timeout: TIMEOUT, shell: process.platform === 'win32' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('import with bad rows: the problems on stderr, nothing on stdout, exit code 1', { timeout: TIMEOUT }, () => {
  const fixture = 'packages/cli/test/fixtures/import';
  expect(strategi(['import', 'inputs', `${fixture}/bad.csv`, '--dir', `${fixture}/content`])).toEqual({
    code: 1,
    stdout: '',
    stderr: [
      `${fixture}/bad.csv:3:2  error  Finner ikke innspillsrunden «R-9». Mente du «R-1»?  [link/unknown-input-round]`,
      '  → Rett id-en i «round», eller opprett dokumentet i mappen «innspillsrunder» (for eksempel med «strategi new input-round»).',
      `${fixture}/bad.csv:3:4  error  «senderKind» kan ikke være «kommun». Mente du «kommune»?  [schema/invalid-value]`,
      '  → Gyldige verdier er «kommune», «fylkeskommune», «statlig», «organisasjon», «næringsliv», «privatperson», «annen».',
      `${fixture}/bad.csv:3:5  error  «date»: 2022-13-01 finnes ikke: måneden må være fra 01 til 12.  [schema/invalid]`,
      '  → Se veiledningen for hva feltet kan inneholde.',
      `${fixture}/bad.csv:4:5  error  «date»: 2023-02-30 finnes ikke: februar 2023 har 28 dager.  [schema/invalid]`,
      '  → Se veiledningen for hva feltet kan inneholde.',
      `${fixture}/bad.csv:5:1  error  Cellen under «tittel» er tom.  [csv/empty-cell]`,
      '  → Tittel må fylles ut på hver rad.',
      `${fixture}/bad.csv:6:7  error  Raden har 7 felt, men overskriftsraden har 6.  [csv/field-count]`,
      '  → Et skilletegn (komma eller semikolon) inne i en verdi må stå i anførselstegn: «"Oslo; Bergen"». Sjekk også at ingen verdi mangler.',
      '',
      `Ingen filer ble skrevet: 6 feil i ${fixture}/bad.csv.`,
      '',
    ].join('\n'),
  });
});

test('validate with an error: the problem and the summary on stdout, nothing on stderr, exit code 1', { timeout: TIMEOUT }, () => {
  const result = strategi(['validate', 'packages/cli/test/fixtures/one-error']);
  expect({ ...result, stdout: result.stdout.replace(/\(\d+ ms\)/, '(… ms)') }).toEqual({
    code: 1,
    stdout: [
      'packages/cli/test/fixtures/one-error/mal/M-1.md:2:5  warning  Ingen tiltak bidrar til målet «M-1».  [link/goal-without-measure]',
      '  → Legg «M-1» til under «goals» i et tiltak, eller lag et nytt tiltak med «strategi new measure --goal M-1».',
      'packages/cli/test/fixtures/one-error/tiltak/T-1.md:4:9  error  Finner ikke målet «M-9». Mente du «M-1»?  [link/unknown-goal]',
      '  → Rett id-en i «goals», eller opprett dokumentet i mappen «mal» (for eksempel med «strategi new goal»).',
      '',
      '7 filer sjekket: 1 feil, 1 advarsel (… ms)',
      '',
    ].join('\n'),
    stderr: '',
  });
});

test('help: the usage on stdout and exit code 0', { timeout: TIMEOUT }, () => {
  const result = strategi(['--help']);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  expect(result.stdout.split('\n')[0]).toBe('Bruk: strategi <kommando> [valg]');
});
