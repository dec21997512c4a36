import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConsultationStore } from '@strategi/consultation';
import { expect, test } from 'vitest';

const run = promisify(execFile);
const BIN = path.join(import.meta.dirname, '..', 'src', 'bin.ts');

const response = (email: string, key: string) => ({
  version: '2022-horing',
  document: 'mal/M-1',
  name: 'Kari',
  senderKind: 'annen',
  email,
  publication: 'none' as const,
  text: `Svar ${key}`,
});

test('`horing delete-person --email` deletes that person’s responses, and nobody else’s', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'strategi-horing-'));
  const store = await ConsultationStore.open({ sqliteFile: path.join(dataDir, 'horing.sqlite') });
  await store.createResponse(response('kari@example.no', 'a'), { idempotencyKey: 'a' });
  await store.createResponse(response('Kari@Example.no', 'b'), { idempotencyKey: 'b' });
  await store.createResponse(response('ola@example.no', 'c'), { idempotencyKey: 'c' });
  await store.close();

  const env = { ...process.env, STRATEGI_HORING_DATA: dataDir, DATABASE_URL: '' };
  // The two commands side by side: the one without an address touches nothing.
  const [{ stdout }, missing] = await Promise.all([
    run(process.execPath, [BIN, 'delete-person', '--email', 'KARI@example.no'], { env }),
    run(process.execPath, [BIN, 'delete-person'], { env }).catch((error: { code: number; stderr: string }) => error),
  ]);
  expect(stdout).toBe(`Slettet 2 høringssvar sendt med KARI@example.no (${path.join(dataDir, 'horing.sqlite')}).\n`);

  const after = await ConsultationStore.open({ sqliteFile: path.join(dataDir, 'horing.sqlite') });
  expect((await after.listResponses({ withdrawn: true })).map((r) => r.text)).toEqual(['Svar c']);
  await after.close();

  expect(missing).toMatchObject({ code: 2 });
  // Node may add its own warnings on a loaded machine; the usage line is the program's.
  expect((missing as { stderr: string }).stderr).toContain('Bruk: pnpm horing delete-person --email <adresse>\n');
});
