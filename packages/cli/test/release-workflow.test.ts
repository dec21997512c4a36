// The publishing workflow in the command: change notes, scheduled publishing, release asks before it freezes,
// undo of an uncommitted release, placeholder text, and problems as GitHub annotations.
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { run, workspace } from './helpers.ts';

const versions = (cwd: string) => readdir(path.join(cwd, 'content/versjoner'));

/** Makes `cwd` a git repository with everything in it committed. */
function commitAll(cwd: string): void {
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.no', ...args], { cwd, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'innhold');
}

describe('release asks for the change and says what it freezes', () => {
  test('without a terminal, a missing --change is a message with a did-you-mean, and nothing is written', async () => {
    const cwd = await workspace();
    expect(await run(['release', '2025-x', '--status', 'høring', '--change', 'major', '--change-note', 'x', '--yes'], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        '--change må være «vesentlig» eller «mindre», ikke «major». Mente du «vesentlig»?\n  → vesentlig: innholdet i strategien er endret. mindre: rettelser, som skrivefeil og lenker.\n',
    });
    expect((await run(['release', '2025-x', '--status', 'høring', '--change', 'mindre', '--yes'], cwd)).stderr).toMatch(
      /^Skriv et endringsnotat med --change-note «…»\./,
    );
    expect(await versions(cwd)).toEqual(['2024-horing']);
  });

  test('without --yes and without a terminal it shows what it would freeze and writes nothing', async () => {
    const cwd = await workspace();
    const result = await run(['release', '2025-x', '--status', 'høring', '--change', 'mindre', '--change-note', 'Rettelser.'], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /\[language\/hard-to-read\]\n.*\n\nFrigivelsen fryser 15 filer som «2025-x», med 2 advarsler over\. En frigitt versjon endres aldri\.\nBekreft med --yes for å frigi uten spørsmål\.\nIngen versjon ble laget\.\n$/,
    );
    expect(await versions(cwd)).toEqual(['2024-horing']);
  });

  test('on a terminal it asks for the change, the note and a yes; «nei» writes nothing, «ja» releases', async () => {
    const cwd = await workspace();
    const no = await run(['release', '2025-x', '--status', 'høring'], cwd, { answers: ['vesentlig', 'Nytt tiltak om KI.', 'nei'] });
    expect(no.code).toBe(1);
    expect(no.stderr).toContain(
      'Er endringen «vesentlig» eller «mindre»? vesentlig\nEndringsnotat (hva er endret, i en setning eller to): Nytt tiltak om KI.\n',
    );
    expect(no.stderr).toMatch(/Frigi\? \[ja\/nei\] nei\nIngen versjon ble laget\.\n$/);
    expect(await versions(cwd)).toEqual(['2024-horing']);
    const yes = await run(['release', '2025-x', '--status', 'høring'], cwd, { answers: ['vesentlig', 'Nytt tiltak om KI.', 'ja'] });
    expect(yes.code).toBe(0);
    expect(await readFile(path.join(cwd, 'content/versjoner/2025-x/versjon.md'), 'utf8')).toContain('change: vesentlig\nchangeNote: Nytt tiltak om KI.\n');
  });

  test('--publish-at takes a moment with its offset, and says when the version is published', async () => {
    const cwd = await workspace();
    const base = ['release', '2027-vedtatt', '--status', 'vedtatt', '--date', '2027-01-10', '--change', 'vesentlig', '--change-note', 'Ny strategi.', '--yes'];
    expect((await run([...base, '--publish-at', '2027-01-15 10:00'], cwd)).stderr).toBe(
      '--publish-at skal være et tidspunkt med tidssone, for eksempel «2027-01-15T10:00+01:00», ikke «2027-01-15 10:00».\n  → Norsk vintertid er +01:00, sommertid +02:00.\n',
    );
    const result = await run([...base, '--publish-at', '2027-01-15T10:00+01:00'], cwd);
    expect(result.stdout).toBe(
      'Frigitt «2027-vedtatt» (vedtatt, 2027-01-10): 15 filer i content/versjoner/2027-vedtatt\nPubliseres 15. januar 2027 kl. 10.00: offentlige bygginger før det tar ikke med versjonen.\nAngre før du lagrer den i git: strategi release --undo 2027-vedtatt\n',
    );
    expect(await readFile(path.join(cwd, 'content/versjoner/2027-vedtatt/versjon.md'), 'utf8')).toContain('publishAt: 2027-01-15T10:00+01:00\n');
  });
});

describe('strategi release --undo', () => {
  const release = ['release', '2025-x', '--status', 'høring', '--change', 'mindre', '--change-note', 'Rettelser.', '--notes', 'Til høring.', '--yes'];

  test('removes an uncommitted release, and the content validates as before', async () => {
    const cwd = await workspace();
    await run(release, cwd);
    expect(await run(['release', '--undo', '2025-x'], cwd)).toEqual({
      code: 0,
      stdout:
        'Angret frigivelsen av «2025-x»: fjernet content/versjoner/2025-x (15 kopier av filer som står i arbeidsutkastet).\nFrigivelsesnotatet var: Til høring.\n',
      stderr: '',
    });
    expect(await versions(cwd)).toEqual(['2024-horing']);
    expect((await run(['validate'], cwd)).code).toBe(0);
    expect(await run(['release', '--undo', '2025-x'], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Finner ingen frigitt versjon «2025-x» (content/versjoner/2025-x).\nIngenting ble endret.\n',
    });
  });

  test('refuses a release whose copy holds a change the draft does not have, and names the file', async () => {
    const cwd = await workspace();
    await run(release, cwd);
    const copy = path.join(cwd, 'content/versjoner/2025-x/tiltak/T-1.md');
    await writeFile(copy, `${await readFile(copy, 'utf8')}\nRettet i versjonen.\n`);
    expect(await run(['release', '--undo', '2025-x'], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Angrer ikke «2025-x»: disse filene i versjonen er ikke like i arbeidsutkastet, og ville gått tapt:\n  content/versjoner/2025-x/tiltak/T-1.md\n  → Flytt endringene til arbeidsutkastet (eller kopier filene dit), og prøv igjen.\nIngenting ble endret.\n',
    });
    expect(await readFile(copy, 'utf8')).toContain('Rettet i versjonen.');
  });

  test('refuses a committed release', async () => {
    const cwd = await workspace();
    await run(release, cwd);
    commitAll(cwd);
    const result = await run(['release', '--undo', '2025-x'], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      '«2025-x» er lagret i git og kan være publisert; en frigivelse som er lagret, angres ikke.\n  → Lag en ny versjon, eller endre statusen med «strategi version status».\nIngenting ble endret.\n',
    );
    expect(await versions(cwd)).toEqual(['2024-horing', '2025-x']);
  });
});

describe('a changed file in a released version', () => {
  const changeCopy = async (cwd: string) => {
    const copy = path.join(cwd, 'content/versjoner/2024-horing/tiltak/T-1.md');
    await writeFile(copy, `${await readFile(copy, 'utf8')}\nEndret.\n`);
  };

  test('of an uncommitted release: the advice is to undo it, not git checkout', async () => {
    const cwd = await workspace();
    await changeCopy(cwd);
    const { stdout } = await run(['validate'], cwd);
    expect(stdout).toContain(
      'content/versjoner/2024-horing/tiltak/T-1.md:1:1  error  Filen er endret etter at versjonen «2024-horing» ble frigitt, og versjonen er ikke lagret i git ennå.  [version/changed-before-commit]\n  → Gjør endringen i arbeidsutkastet, og angre frigivelsen med «strategi release --undo 2024-horing»; frigi så på nytt. En frigitt versjon endres aldri.\n',
    );
    expect(stdout).not.toContain('git checkout');
  });

  test('of a committed release: the advice is git checkout', async () => {
    const cwd = await workspace();
    commitAll(cwd);
    await changeCopy(cwd);
    const { stdout } = await run(['validate'], cwd);
    expect(stdout).toContain('[version/tampered]\n  → En frigitt versjon endres aldri. Sett filen tilbake med «git checkout -- <fil>»');
  });
});

describe('validate --format github', () => {
  test('prints each problem as a workflow command GitHub shows on the line, and the summary', async () => {
    const cwd = await workspace();
    await run(['new', 'measure', '--title', 'Nytt tiltak', '--goal', 'M-3', '--responsible', 'KS'], cwd);
    const result = await run(['validate', '--format', 'github'], cwd);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(
      '::warning file=content/tiltak/T-6.md,line=11,col=1,title=Plassholdertekst fra «strategi new» [language/placeholder]::Teksten står fortsatt som «strategi new» skrev den: «Beskriv tiltaket: hva som skal gjøres, hvorfor, og hvem som gjør hva.».%0ASkriv den virkelige teksten i stedet for plassholderen før versjonen frigis.',
    );
    expect(lines.filter((line) => line.startsWith('::')).length).toBe(5);
    expect(lines.at(-2)).toMatch(/^33 filer sjekket: 0 feil, 5 advarsler \(\d+ ms\)$/);
  });
});
