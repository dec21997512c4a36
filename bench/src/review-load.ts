// pnpm bench:review — the review server under load, on loopback only: 50 reviewers at once, each reading a page
// and posting a comment ten times (500 pages and 500 comments), against the server on SQLite and on PostgreSQL,
// with a plain static server over the same preview build as the baseline, all in one run, and each database again
// with e-mail notifications on (SMTP to a test server in this process), and again with mail on and one post in four a
// suggested edit, as reviewers send them. Checks that every comment was stored once (with its suggestion, when it had
// one, and with mail, told once to each editor), then writes the figures to BENCHMARKS.md («Review server under load»).
// Then an open-loop run (open-loop.ts): the same 50 reviewers each read or post every 2-6 s for a minute whether or not
// the last answer has come, against the static server, SQLite and PostgreSQL; latency counted from when a request was due.
//   --dist <folder>       a preview build to use (default: the review server's fixture content, built here)
//   --no-postgres         SQLite only
//   --open-seconds <n>    the open-loop run's length (default 60; 0 leaves it out)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestSmtp, type TestSmtp } from '@strategi/mail/testing';
import { ReviewStore, type StoreLocation, signShareToken } from '@strategi/review';
import { freshDatabase, postgresBinaries, startTestPostgres } from '@strategi/review/testing';
import { type Arrival, arrivals, runOpenLoop } from './open-loop.ts';
import { type Figures, figures, startProcess, stopProcess } from './server-process.ts';

const REVIEWERS = 50;
const ROUNDS = 10;
/** No phase may run longer than this; the script stops itself. */
const PHASE_LIMIT_MS = 180_000;
const SECRET = 'nøkkel-for-lastprøven-som-er-lang-nok-0123456789';
/** With mail on: the editors every comment is told to, and how long to wait for the server's last delivery. */
const EDITORS = ['redaksjon@example.no', 'leder@example.no'];
const MAIL_WAIT_MS = 60_000;
/** The open-loop run: each reviewer acts every 2-6 s (4 s on average), one action in five a comment. */
const OPEN_GAP_MS: [number, number] = [2000, 6000];
const OPEN_POST_SHARE = 0.2;
/** With suggestions on: every SUGGEST_EVERY-th post of the closed loop carries replacement text for its passage. */
const SUGGEST_EVERY = 4;

const repo = path.resolve(import.meta.dirname, '../..');
const out = path.join(repo, 'bench', 'out');
const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};

function buildFixturePreview(): string {
  const dist = path.join(out, 'review-preview');
  rmSync(dist, { recursive: true, force: true });
  process.stderr.write('Building the preview of the review fixture content…\n');
  const build = spawnSync('pnpm', ['--filter', '@strategi/site', 'exec', 'astro', 'build'], {
    cwd: repo,
    env: {
      ...process.env,
      STRATEGI_BUILD: 'preview',
      STRATEGI_CONTENT: path.join(repo, 'apps/review/test/fixtures/content'),
      STRATEGI_DIST: dist,
      STRATEGI_BUILD_DATE: '2026-01-15',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('the preview build failed');
  return dist;
}

/** Pages of the build with a commentable section, and the first section's document and edition. */
function sectionPages(dist: string): { url: string; document: string; edition: string }[] {
  const pages: { url: string; document: string; edition: string }[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') {
        const match = /data-strategi-dokument="([^"]+)" data-strategi-utgave="([^"]+)"/.exec(readFileSync(full, 'utf8'));
        if (match)
          pages.push({
            url: `/${path.relative(dist, path.dirname(full)).split(path.sep).join('/')}/`.replace('//', '/'),
            document: match[1]!,
            edition: match[2]!,
          });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** Runs `REVIEWERS` loops of `ROUNDS` steps at once, within the phase's time limit. */
async function concurrently(step: (reviewer: number, round: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  const deadline = started + PHASE_LIMIT_MS;
  await Promise.all(
    Array.from({ length: REVIEWERS }, async (_, reviewer) => {
      for (let round = 0; round < ROUNDS; round++) {
        if (performance.now() > deadline) throw new Error('the load phase ran past its time limit');
        await step(reviewer, round);
      }
    }),
  );
  return performance.now() - started;
}

/** Runs a request, checks its status and adds its latency to `samples` (none: the caller times it). */
async function timed(run: () => Promise<Response>, samples: number[] | undefined, expected: number): Promise<void> {
  const started = performance.now();
  const response = await run();
  await response.arrayBuffer();
  samples?.push(performance.now() - started);
  if (response.status !== expected) throw new Error(`expected ${expected}, got ${response.status} from ${response.url}`);
}

type Page = { url: string; document: string; edition: string };

/** Page and post latencies of one load run, and how many comments it posted. */
interface Load {
  pageSamples: number[];
  postSamples: number[];
  wallMs: number;
  posted: number;
  /** Of those, how many carried a suggested edit. */
  suggested: number;
}

/** Whether the closed loop's post with this key suggests new text for its passage (one in SUGGEST_EVERY). */
const suggests = (reviewer: number, round: number) => (reviewer * ROUNDS + round) % SUGGEST_EVERY === 0;

/** A reviewer's page read and comment post; a static server has no cookie and answers every arrival with a page. */
function reviewerActions(origin: string, cookies: string[] | undefined) {
  const headers = (reviewer: number): Record<string, string> => (cookies ? { cookie: cookies[reviewer]! } : {});
  return {
    read: (reviewer: number, page: Page, samples?: number[]) => timed(() => fetch(`${origin}${page.url}`, { headers: headers(reviewer) }), samples, 200),
    post: (reviewer: number, page: Page, key: string, samples?: number[], suggestion?: string) => {
      const body = {
        document: page.document,
        edition: page.edition,
        text: `Kommentar ${key}`,
        key,
        target: { selector: [{ type: 'TextQuoteSelector', exact: 'digitale', prefix: '', suffix: '' }] },
        ...(suggestion ? { suggestion } : {}),
      };
      return timed(
        () =>
          fetch(`${origin}/api/kommentarer`, {
            method: 'POST',
            headers: { ...headers(reviewer), 'content-type': 'application/json' },
            body: JSON.stringify(body),
          }),
        samples,
        201,
      );
    },
  };
}

/**
 * The closed loop: every reviewer reads a page and (with cookies) posts a comment, ROUNDS times, one after the other;
 * with `suggestions`, one post in SUGGEST_EVERY suggests new text for the quoted passage.
 */
function closedLoop(suggestions = false): Drive {
  return async (origin, pages, cookies) => {
    const { read, post } = reviewerActions(origin, cookies);
    const load: Load = { pageSamples: [], postSamples: [], wallMs: 0, posted: 0, suggested: 0 };
    load.wallMs = await concurrently(async (reviewer, round) => {
      const page = pages[(reviewer * ROUNDS + round) % pages.length]!;
      await read(reviewer, page, load.pageSamples);
      if (!cookies) return;
      const suggestion = suggestions && suggests(reviewer, round) ? `digitale og analoge ${reviewer}-${round}` : undefined;
      await post(reviewer, page, `${reviewer}-${round}`, load.postSamples, suggestion);
      load.posted++;
      if (suggestion) load.suggested++;
    });
    return load;
  };
}

/** The open loop: the arrivals of `schedule`, each started when due; a static server reads a page for a post too. */
function openLoop(schedule: Arrival[]) {
  return async (origin: string, pages: Page[], cookies: string[] | undefined): Promise<Load> => {
    const { read, post } = reviewerActions(origin, cookies);
    const load: Load = { pageSamples: [], postSamples: [], wallMs: 0, posted: 0, suggested: 0 };
    const started = performance.now();
    const results = await runOpenLoop(schedule, async (arrival, index) => {
      const page = pages[index % pages.length]!;
      // Latency is counted by runOpenLoop from the time the arrival was due.
      if (arrival.action === 'post' && cookies) {
        await post(arrival.reviewer, page, `open-${index}`);
        load.posted++;
      } else await read(arrival.reviewer, page);
    });
    for (const { arrival, latencyMs } of results) (arrival.action === 'post' && cookies ? load.postSamples : load.pageSamples).push(latencyMs);
    load.wallMs = performance.now() - started;
    return load;
  };
}

type Drive = (origin: string, pages: Page[], cookies: string[] | undefined) => Promise<Load>;

async function staticBaseline(dist: string, pages: Page[], drive: Drive = closedLoop()) {
  const { origin, child } = await startProcess([path.join(import.meta.dirname, 'static-server.ts'), dist], {}, /(http:\/\/[\d.]+:\d+)/);
  try {
    for (const page of pages.slice(0, 10)) await (await fetch(`${origin}${page.url}`)).arrayBuffer();
    const load = await drive(origin, pages, undefined);
    return { page: figures(load.pageSamples), wallMs: load.wallMs };
  } finally {
    await stopProcess(child);
  }
}

async function reviewServer(dist: string, pages: Page[], location: StoreLocation, smtp?: TestSmtp, drive: Drive = closedLoop()) {
  const data = mkdtempSync(path.join(tmpdir(), 'strategi-review-load-'));
  // Mail on: every comment is queued for both editors, due at once (interval 0), sent by the server's next delivery.
  const mail = smtp
    ? {
        STRATEGI_SMTP_URL: smtp.url,
        STRATEGI_SMTP_FROM: 'strategi@example.no',
        STRATEGI_REVIEW_EDITOR_EMAILS: EDITORS.join(','),
        STRATEGI_REVIEW_MAIL_INTERVAL: '0',
      }
    : {};
  const env = {
    ...mail,
    PORT: '0',
    HOST: '127.0.0.1',
    STRATEGI_PREVIEW_DIST: dist,
    STRATEGI_REVIEW_DATA: location.sqliteFile ? path.dirname(location.sqliteFile) : data,
    STRATEGI_REVIEW_SECRET: SECRET,
    ...(location.databaseUrl ? { DATABASE_URL: location.databaseUrl } : {}),
  };
  const { origin, child } = await startProcess([path.join(repo, 'apps/review/src/bin.ts')], env, /kjører på (http:\/\/[\d.]+:\d+)\//);
  try {
    const store = await ReviewStore.open(location);
    const cookies: string[] = [];
    for (let reviewer = 0; reviewer < REVIEWERS; reviewer++) {
      const link = await store.createLink({ name: `Leser ${reviewer + 1}`, role: 'reviewer', expiresAt: new Date(Date.now() + 86_400_000) });
      cookies.push(`strategi_gjennomlesing=${await signShareToken(link, new TextEncoder().encode(SECRET))}`);
    }
    for (const page of pages.slice(0, 10)) await (await fetch(`${origin}${page.url}`, { headers: { cookie: cookies[0]! } })).arrayBuffer();
    const { pageSamples, postSamples, wallMs, posted, suggested } = await drive(origin, pages, cookies);
    // Every comment stored once: exactly the texts that were posted, each one time, and each suggestion with its comment.
    const comments = await store.listComments();
    const stored = comments.map((comment) => comment.text);
    await store.close();
    const expected = posted;
    if (stored.length !== expected || new Set(stored).size !== expected)
      throw new Error(`expected ${expected} comments stored once, found ${stored.length} (${new Set(stored).size} distinct)`);
    const withSuggestion = comments.filter((comment) => comment.suggestion?.text === `digitale og analoge ${comment.text.replace('Kommentar ', '')}`);
    if (withSuggestion.length !== suggested || comments.filter((comment) => comment.suggestion).length !== suggested)
      throw new Error(`expected ${suggested} suggested edits stored with their comments, found ${withSuggestion.length}`);
    const mails = smtp ? await mailsAfterLoad(smtp, expected) : undefined;
    return { page: figures(pageSamples), post: figures(postSamples), wallMs, stored: stored.length, suggested, mails };
  } finally {
    await stopProcess(child);
    rmSync(data, { recursive: true, force: true });
  }
}

/** Waits for the server's delivery and checks that each editor was told of every comment once, in as few mails as the batching allows. */
async function mailsAfterLoad(smtp: TestSmtp, comments: number): Promise<number> {
  const started = performance.now();
  const told = () => smtp.received.reduce((sum, mail) => sum + (mail.parsed.text?.match(/^Les i sammenhengen: /gm)?.length ?? 0), 0);
  while (told() < comments * EDITORS.length && performance.now() - started < MAIL_WAIT_MS) await new Promise((resolve) => setTimeout(resolve, 250));
  if (told() !== comments * EDITORS.length)
    throw new Error(`expected ${comments} comments told to each editor, found ${told()} in ${smtp.received.length} mails`);
  if (smtp.received.some((mail) => mail.to.length !== 1)) throw new Error('a mail went to more than one address');
  const count = smtp.received.length;
  smtp.received.length = 0;
  return count;
}

/** The machine's load average over the last minute, when the run started: other work on the machine moves every row. */
const loadAtStart = os.loadavg()[0]!;
const dist = argument('--dist') ? path.resolve(argument('--dist')!) : buildFixturePreview();
const pages = sectionPages(dist);
if (pages.length === 0) throw new Error(`no page with a commentable section in ${dist}`);

process.stderr.write(`Static baseline over ${dist}…\n`);
const baseline = await staticBaseline(dist, pages);
const runs: { label: string; result: Awaited<ReturnType<typeof reviewServer>> }[] = [];
process.stderr.write('Review server on SQLite…\n');
const sqliteFolder = mkdtempSync(path.join(tmpdir(), 'strategi-review-sqlite-'));
runs.push({ label: 'review server, SQLite', result: await reviewServer(dist, pages, { sqliteFile: path.join(sqliteFolder, 'kommentarer.sqlite') }) });
rmSync(sqliteFolder, { recursive: true, force: true });
const smtp = await startTestSmtp();
process.stderr.write('Review server on SQLite, e-mail on…\n');
const sqliteMailFolder = mkdtempSync(path.join(tmpdir(), 'strategi-review-sqlite-'));
runs.push({
  label: 'review server, SQLite, e-mail on',
  result: await reviewServer(dist, pages, { sqliteFile: path.join(sqliteMailFolder, 'kommentarer.sqlite') }, smtp),
});
rmSync(sqliteMailFolder, { recursive: true, force: true });
process.stderr.write('Review server on SQLite, suggestions and e-mail on…\n');
const sqliteSuggestFolder = mkdtempSync(path.join(tmpdir(), 'strategi-review-sqlite-'));
runs.push({
  label: 'review server, SQLite, suggestions and e-mail on',
  result: await reviewServer(dist, pages, { sqliteFile: path.join(sqliteSuggestFolder, 'kommentarer.sqlite') }, smtp, closedLoop(true)),
});
rmSync(sqliteSuggestFolder, { recursive: true, force: true });
if (!process.argv.includes('--no-postgres') && postgresBinaries()) {
  process.stderr.write('Review server on PostgreSQL…\n');
  const postgres = await startTestPostgres();
  try {
    runs.push({ label: 'review server, PostgreSQL', result: await reviewServer(dist, pages, { databaseUrl: await freshDatabase(postgres.url, 'load') }) });
    process.stderr.write('Review server on PostgreSQL, e-mail on…\n');
    runs.push({
      label: 'review server, PostgreSQL, e-mail on',
      result: await reviewServer(dist, pages, { databaseUrl: await freshDatabase(postgres.url, 'load-mail') }, smtp),
    });
    process.stderr.write('Review server on PostgreSQL, suggestions and e-mail on…\n');
    runs.push({
      label: 'review server, PostgreSQL, suggestions and e-mail on',
      result: await reviewServer(dist, pages, { databaseUrl: await freshDatabase(postgres.url, 'load-suggest') }, smtp, closedLoop(true)),
    });
  } finally {
    postgres.stop();
  }
}
await smtp.close();

// The open loop: the same arrivals for every server, each request started when due.
const openSeconds = Number(argument('--open-seconds') ?? 60);
const schedule = arrivals({ reviewers: REVIEWERS, durationMs: openSeconds * 1000, gapMs: OPEN_GAP_MS, postShare: OPEN_POST_SHARE });
const openRuns: { label: string; page: Figures; post?: Figures; wallMs: number }[] = [];
if (openSeconds > 0) {
  const drive = openLoop(schedule);
  process.stderr.write(`Open loop, ${schedule.length} arrivals in ${openSeconds} s: static baseline…\n`);
  openRuns.push({ label: 'static files (baseline)', ...(await staticBaseline(dist, pages, drive)) });
  process.stderr.write('Open loop: review server on SQLite…\n');
  const folder = mkdtempSync(path.join(tmpdir(), 'strategi-review-sqlite-'));
  openRuns.push({
    label: 'review server, SQLite',
    ...(await reviewServer(dist, pages, { sqliteFile: path.join(folder, 'kommentarer.sqlite') }, undefined, drive)),
  });
  rmSync(folder, { recursive: true, force: true });
  if (!process.argv.includes('--no-postgres') && postgresBinaries()) {
    process.stderr.write('Open loop: review server on PostgreSQL…\n');
    const postgres = await startTestPostgres();
    try {
      openRuns.push({
        label: 'review server, PostgreSQL',
        ...(await reviewServer(dist, pages, { databaseUrl: await freshDatabase(postgres.url, 'open') }, undefined, drive)),
      });
    } finally {
      postgres.stop();
    }
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const perSecond = (count: number, wallMs: number) => `${Math.round((count * 1000) / wallMs)}/s`;
const cpus = os.cpus();
const section = `## Review server under load

Produced by \`pnpm bench:review\` on ${new Date().toISOString().slice(0, 10)} (${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}); all rows from the same run, on 127.0.0.1.
${REVIEWERS} reviewers at once, each with its own share link, read a page and post a comment ${ROUNDS} times: ${REVIEWERS * ROUNDS} page reads
and ${REVIEWERS * ROUNDS} comments, over the ${pages.length} pages with a commentable section of ${argument('--dist') ? `\`${path.relative(repo, dist) || dist}\`` : "the preview of the review server's fixture content"}.
The baseline is a plain static file server in its own process (\`bench/src/static-server.ts\`) serving the same pages to the same ${REVIEWERS}
readers: the cost of the review server's page is the link check, the comments read from the store and the thread put into the HTML.
Every comment was stored once (checked after each run). Latency is per request, as the client sees it. The machine's
load average was ${loadAtStart.toFixed(1)} when the run started and ${os.loadavg()[0]!.toFixed(1)} when it ended: on a shared machine, compare rows of one run only.

| server | page p50 | page p95 | page max | post p50 | post p95 | post max | requests per second |
| --- | --- | --- | --- | --- | --- | --- | --- |
| static files (baseline) | ${ms(baseline.page.p50)} | ${ms(baseline.page.p95)} | ${ms(baseline.page.max)} | | | | ${perSecond(baseline.page.count, baseline.wallMs)} |
${runs
  .map(
    ({ label, result }) =>
      `| ${label} | ${ms(result.page.p50)} | ${ms(result.page.p95)} | ${ms(result.page.max)} | ${ms(result.post.p50)} | ${ms(result.post.p95)} | ${ms(result.post.max)} | ${perSecond(result.page.count + result.post.count, result.wallMs)} |`,
  )
  .join('\n')}

With ${REVIEWERS} readers always waiting for an answer, a request's latency is about ${REVIEWERS} ÷ requests per second: the
figures follow the work per request on two cores shared with the load generator. SQLite commits every comment with
\`synchronous = FULL\` in WAL mode before answering, and \`node:sqlite\` does it on the server's one thread, so a
commit holds up the pages read meanwhile; PostgreSQL's commits happen in its own processes.

The rows «e-mail on» run the same load with notifications on: \`STRATEGI_SMTP_URL\` pointing at an SMTP server in the
benchmark's process (\`@strategi/mail/testing\`), two editor addresses and \`STRATEGI_REVIEW_MAIL_INTERVAL=0\`. A post
then also queues one row per editor, and the server's delivery (every second at interval 0) claims the due rows and
sends the mails while the load runs. Each editor was told of all ${REVIEWERS * ROUNDS} comments once (checked): ${runs
  .filter(({ result }) => result.mails !== undefined)
  .map(
    ({ label, result }) =>
      `${result.mails} mails on ${label.replace('review server, ', '').replace(/, (suggestions and )?e-mail on/, (_, suggestions) => (suggestions ? ' with suggestions' : ''))}`,
  )
  .join(', ')}, one per editor per batch.

The rows «suggestions and e-mail on» are the «e-mail on» load with one post in ${SUGGEST_EVERY} a suggested edit, as a reviewer
sends one from «Foreslå endring»: replacement text for the quoted passage, checked by the same schema and stored
with the comment (${runs
  .filter(({ result }) => result.suggested > 0)
  .map(({ label, result }) => `${result.suggested} on ${label.replace('review server, ', '').replace(', suggestions and e-mail on', '')}`)
  .join(', ')}, each checked after the run). Compare them with the «e-mail on» row of the same database just above.
${
  openRuns.length
    ? `
**Open loop**: the same ${REVIEWERS} reviewers each act every ${OPEN_GAP_MS[0] / 1000}–${OPEN_GAP_MS[1] / 1000} s (${((OPEN_GAP_MS[0] + OPEN_GAP_MS[1]) / 2000).toFixed(0)} s on average), whether or not
the last answer has come, as people reading and commenting do: one action in ${Math.round(1 / OPEN_POST_SHARE)} posts a comment, the others read a page,
${schedule.length} arrivals in ${openSeconds} s (about ${(schedule.length / openSeconds).toFixed(1)} a second), the same arrivals for every server (\`bench/src/open-loop.ts\`,
a fixed seed). A request's latency counts from the time it was due, so a client held up by the machine counts against
the server. The static server answers every arrival with a page. Goal (issue #33): page and post p95 under 50 ms.

| server | page p50 | page p95 | page max | post p50 | post p95 | post max | requests |
| --- | --- | --- | --- | --- | --- | --- | --- |
${openRuns
  .map(
    ({ label, page, post }) =>
      `| ${label} | ${ms(page.p50)} | ${ms(page.p95)} | ${ms(page.max)} | ${post ? `${ms(post.p50)} | ${ms(post.p95)} | ${ms(post.max)}` : ' | | '} | ${page.count + (post?.count ?? 0)} |`,
  )
  .join('\n')}
`
    : ''
}`;

const file = path.join(repo, 'BENCHMARKS.md');
const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
const start = current.indexOf('\n## Review server under load');
let next = start === -1 ? -1 : current.indexOf('\n## ', start + 1);
if (next === -1) next = current.length;
const updated = start === -1 ? `${current.trimEnd()}\n\n${section}` : `${current.slice(0, start).trimEnd()}\n\n${section}${current.slice(next)}`;
writeFileSync(file, updated);
process.stdout.write(section);
