// pnpm bench:horing — the consultation service under load, on loopback only: 200 simulated responders, each
// opening a document's form and sending a response five times (1,000 responses, every tenth sent twice as a
// double click would), spread over two instances of `pnpm horing` against one PostgreSQL: each form is opened on
// one instance and sent to the other. Every phase is bounded (5 minutes). Checks that every response was stored
// once — none lost, none duplicated — then writes the figures to BENCHMARKS.md («Consultation service under load»).
import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { ConsultationStore } from '@strategi/consultation';
import { freshDatabase, postgresBinaries, startTestPostgres } from '@strategi/database/testing';
import { figures, startProcess, stopProcess } from './server-process.ts';

const RESPONDERS = 200;
const ROUNDS = 5;
/** The whole load must finish within this; the script stops itself. */
const LIMIT_MS = 5 * 60_000;
/** A person takes longer; the service refuses a form sent sooner than 3 s after it was issued. */
const FILL_MS = 3_100;
const SECRET = 'nøkkel-for-lastprøven-av-høringen-0123456789';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repo, 'apps/consultation/src/bin.ts');

/** The service's fixture content with its consultation open until 2099, so the real clock can respond to it. */
function openContent(): string {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), 'strategi-horing-bench-')), 'content');
  cpSync(path.join(repo, 'apps/consultation/test/fixtures/content'), folder, { recursive: true });
  const description = path.join(folder, 'versjoner', '2022-horing', 'versjon.md');
  writeFileSync(description, readFileSync(description, 'utf8').replace(/deadline: \d{4}-\d{2}-\d{2}/, 'deadline: 2099-01-31'));
  return folder;
}

function startInstance(env: NodeJS.ProcessEnv): Promise<{ origin: string; child: ChildProcess }> {
  return startProcess([bin], { ...env, PORT: '0', HOST: '127.0.0.1' }, /kjører på (http:\/\/[^/\s]+)\//, 60_000);
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

if (!postgresBinaries()) {
  process.stderr.write("pnpm bench:horing needs Debian's PostgreSQL server: apt-get install -y postgresql\n");
  process.exit(1);
}
const loadAtStart = os.loadavg()[0]!;
const postgres = await startTestPostgres();
const children: ChildProcess[] = [];
try {
  const databaseUrl = await freshDatabase(postgres.url, 'horing_bench');
  const env = {
    DATABASE_URL: databaseUrl,
    STRATEGI_CONTENT: openContent(),
    STRATEGI_HORING_SECRET: SECRET,
    // Every simulated responder comes from 127.0.0.1; the limits are for real addresses.
    STRATEGI_HORING_PER_ADDRESS: '1000000',
    STRATEGI_HORING_PER_EMAIL: '1000000',
    STRATEGI_SMTP_URL: '',
    STRATEGI_SMTP_HOST: '',
  };
  const instances = await Promise.all([startInstance(env), startInstance(env)]);
  children.push(...instances.map((instance) => instance.child));
  const index = await (await fetch(`${instances[0]!.origin}/`)).text();
  const documents = [...index.matchAll(/href="(\/horing\/2022-horing\/[^"?]+)"/g)].map((match) => match[1]!);
  if (documents.length === 0) throw new Error('the service lists no documents on consultation');

  const pageSamples: number[] = [];
  const postSamples: number[] = [];
  const failures: string[] = [];
  let repeats = 0;
  const started = performance.now();
  const deadline = started + LIMIT_MS;
  await Promise.all(
    Array.from({ length: RESPONDERS }, async (_, responder) => {
      // Responders start over the first few seconds, as people do, not all in the same millisecond.
      await new Promise((resolve) => setTimeout(resolve, (responder * 15) % 3_000));
      for (let round = 0; round < ROUNDS; round++) {
        if (performance.now() > deadline) throw new Error('the load ran past its time limit');
        const n = responder * ROUNDS + round;
        const reader = instances[n % 2]!;
        const sender = instances[(n + 1) % 2]!;
        const doc = documents[n % documents.length]!;
        const t0 = performance.now();
        const page = await fetch(`${reader.origin}${doc}`);
        const html = await page.text();
        pageSamples.push(performance.now() - t0);
        const token = /name="skjema" value="([^"]+)"/.exec(html)?.[1];
        if (page.status !== 200 || !token) {
          failures.push(`page ${doc}: ${page.status}`);
          continue;
        }
        await new Promise((resolve) => setTimeout(resolve, FILL_MS));
        const body = new URLSearchParams({
          skjema: token,
          navn: `Svarer ${responder}`,
          organisasjon: responder % 3 === 0 ? 'Elevrådet' : '',
          avsender: 'annen',
          epost: `svarer${responder}@example.no`,
          publisering: (['named', 'anonymous', 'none'] as const)[n % 3]!,
          tekst: `Høringssvar nummer ${n}.\n\nVi mener målet bør gjelde alle.`,
          sitat: '',
          nettside: '',
        }).toString();
        const send = () =>
          fetch(`${sender.origin}${doc}`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', origin: sender.origin },
            body,
          });
        const t1 = performance.now();
        const answer = await send();
        await answer.arrayBuffer();
        postSamples.push(performance.now() - t1);
        if (answer.status !== 201) failures.push(`post ${n}: ${answer.status}`);
        if (n % 10 === 0) {
          // A double click: the same form again, to the other instance.
          repeats++;
          const again = await fetch(`${reader.origin}${doc}`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', origin: reader.origin },
            body,
          });
          await again.arrayBuffer();
          if (again.status !== 200) failures.push(`repeat ${n}: ${again.status}`);
        }
      }
    }),
  );
  const wallMs = performance.now() - started;

  const store = await ConsultationStore.open({ databaseUrl });
  const stored = await store.listResponses({ withdrawn: true });
  await store.close();
  const expected = RESPONDERS * ROUNDS;
  const texts = new Set(stored.map((response) => response.text));
  const lost = [...Array(expected).keys()].filter((n) => !texts.has(`Høringssvar nummer ${n}.\n\nVi mener målet bør gjelde alle.`)).length;
  const duplicated = stored.length - texts.size;
  if (failures.length > 0) throw new Error(`${failures.length} requests failed: ${failures.slice(0, 5).join('; ')}`);
  if (lost !== 0 || duplicated !== 0 || stored.length !== expected)
    throw new Error(`stored ${stored.length} of ${expected}: ${lost} lost, ${duplicated} duplicated`);

  const page = figures(pageSamples);
  const post = figures(postSamples);
  const section = `## Consultation service under load

Produced by \`pnpm bench:horing\` on ${new Date().toISOString().slice(0, 10)} (${os.cpus().length} × ${os.cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'CPU'}, Node ${process.version}); on 127.0.0.1 only.
${RESPONDERS} simulated responders at once, each opening a document's form and sending a response ${ROUNDS} times (${expected}
responses, with e-mail addresses, SMTP off), over the ${documents.length} documents of the service's fixture consultation. Two instances of
\`pnpm horing\` share one PostgreSQL; each form is opened on one instance and sent to the other, and every tenth form
(${repeats}) is sent a second time to the first instance, as a double click would. Each responder waits ${FILL_MS / 1000} s between opening
and sending, as the service refuses a form sent sooner than 3 s after it was issued. Latency is per request, as the
client sees it. The machine's load average was ${loadAtStart.toFixed(1)} when the run started and ${os.loadavg()[0]!.toFixed(1)} when it ended.

| request | p50 | p95 | max | count |
| --- | --- | --- | --- | --- |
| the public page (a document and its form) | ${ms(page.p50)} | ${ms(page.p95)} | ${ms(page.max)} | ${page.count} |
| a submission | ${ms(post.p50)} | ${ms(post.p95)} | ${ms(post.max)} | ${post.count} |

All ${expected} responses in ${(wallMs / 1000).toFixed(1)} s: ${stored.length} stored, 0 lost, 0 duplicated (every repeated form answered
«already sent» and stored nothing more; checked in the database after the run).

The two instances, PostgreSQL and the 200 simulated responders share the machine's two cores (with whatever else
runs on it: see the load average), so the tail is mostly waiting for a core. A submission makes three round trips
to PostgreSQL (the limits' count written and read in one query each, then the response stored once per form), each
instance with a pool of 10 connections.
`;
  const file = path.join(repo, 'BENCHMARKS.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf('\n## Consultation service under load');
  let next = start === -1 ? -1 : current.indexOf('\n## ', start + 1);
  if (next === -1) next = current.length;
  const updated = start === -1 ? `${current.trimEnd()}\n\n${section}` : `${current.slice(0, start).trimEnd()}\n\n${section}${current.slice(next)}`;
  writeFileSync(file, updated);
  process.stdout.write(section);
} finally {
  await Promise.all(children.map(stopProcess));
  postgres.stop();
}
