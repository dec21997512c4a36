/**
 * Two instances on two ports against one PostgreSQL, as behind a load balancer: forms issued by either are sent
 * concurrently to both, each one twice, and every response is stored exactly once. Each instance is the service as
 * `pnpm horing` starts it (its configuration read from the environment, its own store, content read and listening
 * socket), here in the test's process: what is tested is that the database, not an instance's memory, keeps a
 * response from being stored twice, and the service keeps no state shared between instances in a process.
 */

import { ConsultationStore } from '@strategi/consultation';
import { freshDatabase } from '@strategi/database/testing';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { serviceConfig } from '../src/config.ts';
import { type ConsultationServer, startConsultationServer } from '../src/server.ts';
import { openFixture } from './open-fixture.ts';

const DOC = '/horing/2022-horing/mal/M-1';
let servers: ConsultationServer[] = [];
let databaseUrl: string;

beforeAll(async () => {
  databaseUrl = await freshDatabase(inject('postgresUrl'), 'instances');
  const env = {
    ...process.env,
    PORT: '0',
    DATABASE_URL: databaseUrl,
    STRATEGI_CONTENT: openFixture(),
    STRATEGI_HORING_SECRET: 'delt-nøkkel-for-begge-instansene-0123456789',
    STRATEGI_HORING_PER_ADDRESS: '100000',
    // Forms are sent as soon as the service takes them: what is tested is that each is stored once.
    STRATEGI_HORING_MIN_FILL: '0.2',
  };
  const start = () => startConsultationServer(serviceConfig(env, process.cwd()), env);
  servers = await Promise.all([start(), start()]);
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

const token = (html: string) => /name="skjema" value="([^"]+)"/.exec(html)?.[1] ?? '';

test('forms sent concurrently to both instances, each twice, are all stored, each once', async () => {
  const [a, b] = servers as [ConsultationServer, ConsultationServer];
  expect(a.origin).not.toBe(b.origin);
  const forms = await Promise.all(
    Array.from({ length: 40 }, async (_, i) => {
      const issuer = i % 2 === 0 ? a : b;
      return { i, token: token(await (await fetch(`${issuer.origin}${DOC}`)).text()) };
    }),
  );
  expect(forms.every((form) => form.token !== '')).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const post = (server: ConsultationServer, form: { i: number; token: string }) =>
    fetch(`${server.origin}${DOC}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin },
      body: new URLSearchParams({
        skjema: form.token,
        navn: `Svarer ${form.i}`,
        avsender: 'annen',
        publisering: 'anonymous',
        tekst: `Svar nummer ${form.i}.`,
        epost: '',
        nettside: '',
      }).toString(),
    }).then((response) => response.status);
  const statuses = await Promise.all(forms.flatMap((form) => [post(a, form), post(b, form)]));
  expect(statuses.filter((status) => status === 201)).toHaveLength(40);
  expect(statuses.filter((status) => status === 200)).toHaveLength(40);

  const store = await ConsultationStore.open({ databaseUrl });
  try {
    const stored = await store.listResponses();
    expect(stored).toHaveLength(40);
    expect(new Set(stored.map((response) => response.text))).toEqual(new Set(forms.map((form) => `Svar nummer ${form.i}.`)));
  } finally {
    await store.close();
  }
});
