import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteData } from '../src/lib/site-data.ts';
import { BuildPlanError, planFromEnv, RENDER_ALL } from '../src/plan/build-plan.ts';
import { strategiSite } from '../src/plan/integration.ts';
import { PLAN_MODULE, planModule } from '../src/plan/virtual-module.ts';
import { fixtureContent, siteRoot } from './helpers.ts';

const now = new Date('2026-12-31T23:30:00Z');
const plan = (env: Record<string, string | undefined>) => planFromEnv({ INIT_CWD: siteRoot, ...env }, { siteRoot, now });

describe('the build plan', () => {
  test('without settings: the repository content, a public build into dist/, today in Norway, PDFs, nothing reused', () => {
    expect(plan({})).toEqual({
      contentDir: path.resolve(siteRoot, '../../content'),
      displayBase: siteRoot,
      mode: 'public',
      outDir: path.join(siteRoot, 'dist'),
      today: '2027-01-01',
      at: '2026-12-31T23:30:00.000Z',
      siteUrl: undefined,
      pdf: true,
      pdfFonts: '/usr/share/fonts/truetype/dejavu',
      cacheDir: undefined,
      edit: { repoUrl: undefined, vscode: true, internal: true },
      reviewEdition: undefined,
      archive: RENDER_ALL,
    });
  });

  test('reads every setting, folders relative to where the command was started', () => {
    const preview = plan({
      STRATEGI_CONTENT: 'test/fixtures/content',
      STRATEGI_BUILD: 'preview',
      STRATEGI_CACHE_DIR: 'cache',
      STRATEGI_BUILD_DATE: '2027-01-15',
      STRATEGI_BUILD_TIME: '2027-01-15T10:00+01:00',
      STRATEGI_SITE_URL: 'https://strategi.example.no',
      STRATEGI_PDF: '0',
      STRATEGI_PDF_FONTS: 'fonts',
      STRATEGI_PREVIEW_INTERNAL: '0',
      STRATEGI_REVIEW_EDITION: '2026-horing',
    });
    expect(preview).toMatchObject({
      contentDir: fixtureContent,
      mode: 'preview',
      outDir: path.join(siteRoot, 'dist-preview'),
      cacheDir: path.join(siteRoot, 'cache'),
      today: '2027-01-15',
      at: '2027-01-15T09:00:00.000Z',
      siteUrl: 'https://strategi.example.no/',
      pdf: false,
      pdfFonts: path.join(siteRoot, 'fonts'),
      edit: { repoUrl: undefined, vscode: false, internal: false },
      reviewEdition: '2026-horing',
    });
  });

  test('every bad setting is reported at once, in Norwegian', () => {
    let thrown: unknown;
    try {
      plan({
        STRATEGI_CONTENT: 'finnes-ikke',
        STRATEGI_BUILD: 'preveiw',
        STRATEGI_BUILD_DATE: '2027-02-30',
        STRATEGI_BUILD_TIME: '15.01.2027',
        STRATEGI_SITE_URL: 'strategi.example.no',
        STRATEGI_PDF: 'nei',
        STRATEGI_PREVIEW_INTERNAL: 'false',
        STRATEGI_REPO_URL: 'ftp://example.no/repo',
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BuildPlanError);
    expect((thrown as BuildPlanError).message).toBe(
      [
        'Nettstedet ble ikke bygget, fordi noen innstillinger ikke kan brukes:',
        '  STRATEGI_BUILD må være «preview» eller stå tomt (offentlig bygging), ikke «preveiw».',
        `  Innholdsmappen ${path.join(siteRoot, 'finnes-ikke')} finnes ikke. Sett STRATEGI_CONTENT til mappen med strategi.md (relativt til mappen kommandoen startes fra).`,
        '  STRATEGI_BUILD_DATE må være en dag skrevet ÅÅÅÅ-MM-DD, for eksempel 2027-01-15, ikke «2027-02-30».',
        '  STRATEGI_BUILD_TIME må være et tidspunkt med tidssone, for eksempel 2027-01-15T10:00+01:00, ikke «15.01.2027».',
        '  STRATEGI_SITE_URL må være nettstedets fulle adresse, for eksempel https://strategi.example.no, ikke «strategi.example.no».',
        '  STRATEGI_PDF må være 0 (uten PDF) eller 1 (med PDF), ikke «nei».',
        '  STRATEGI_PREVIEW_INTERNAL må være 0 (av) eller 1 (på), ikke «false».',
        '  STRATEGI_REPO_URL «ftp://example.no/repo» må begynne med https:// eller http://.',
      ].join('\n'),
    );
  });

  test('one bad setting says so in the singular', () => {
    expect(() => plan({ STRATEGI_BUILD_DATE: '1. mars' })).toThrow(
      'Nettstedet ble ikke bygget, fordi en innstilling ikke kan brukes:\n  STRATEGI_BUILD_DATE må være en dag skrevet ÅÅÅÅ-MM-DD, for eksempel 2027-01-15, ikke «1. mars».',
    );
  });
});

describe('astro build with a bad setting', () => {
  test("stops before building, with the plan's lines and hint and no stack trace", () => {
    // The one build run as `astro build` in a child process, not in-process (site-build.ts): what is checked is what
    // the command gives the person who runs it, its exit code and what it prints, and a failing build in-process
    // would only throw. Astro's own command with this Node, as `pnpm exec astro build` runs it, without pnpm's start-up.
    const result = spawnSync(process.execPath, [path.join(siteRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: siteRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', INIT_CWD: siteRoot, STRATEGI_CONTENT: fixtureContent, STRATEGI_PDF: 'nei', STRATEGI_BUILD: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(
      'Nettstedet ble ikke bygget, fordi en innstilling ikke kan brukes:\n  STRATEGI_PDF må være 0 (uten PDF) eller 1 (med PDF), ikke «nei».',
    );
    expect(output).toContain('Rett miljøvariablene over (apps/site/README.md forklarer hver av dem) og bygg på nytt.');
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
  });
});

describe('virtual:strategi/plan', () => {
  test('is the plan as a module of data', () => {
    const built = plan({ STRATEGI_CONTENT: 'test/fixtures/content' });
    const plugin = planModule(built);
    const id = plugin.resolveId(PLAN_MODULE);
    expect(id).toBe('\0virtual:strategi/plan');
    expect(plugin.resolveId('virtual:strategi/other')).toBeUndefined();
    const source = plugin.load(id!)!;
    expect(JSON.parse(source.replace(/^export default /, '').replace(/;$/, ''))).toEqual(JSON.parse(JSON.stringify(built)));
  });

  test('is the only way settings reach the site: nothing else in src/ reads the environment', () => {
    const readers = readdirSync(path.join(siteRoot, 'src'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
      .map((entry) => path.relative(siteRoot, path.join(entry.parentPath, entry.name)))
      .filter((file) => /process\.env|import\.meta\.env\.(?!PROD\b)/.test(readFileSync(path.join(siteRoot, file), 'utf8')));
    expect(readers).toEqual(['src/plan/integration.ts']);
  });
});

describe('a build in a process that has read the content before', () => {
  test('reads the content again, even with the same folder, mode and moment (the tests build one folder twice)', async () => {
    const env = {
      STRATEGI_CONTENT: fixtureContent,
      STRATEGI_BUILD: 'preview',
      STRATEGI_BUILD_TIME: '2025-06-01T10:00+02:00',
      STRATEGI_DIST: path.join(siteRoot, 'dist-test-plan'),
    };
    const plan = planFromEnv(env, { siteRoot });
    const before = siteData(plan);
    const setup = strategiSite({ siteRoot, env }).hooks['astro:config:setup'] as (options: unknown) => Promise<void>;
    const logger = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined };
    await setup({ command: 'build', updateConfig: () => undefined, logger });
    expect(siteData(plan)).not.toBe(before);
  });
});
