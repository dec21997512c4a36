#!/usr/bin/env node
// `pnpm horing`: the public consultation service on 127.0.0.1:4325 (PORT, HOST).
// `pnpm horing delete-person --email kari@example.no`: deletes every response sent with that address.
import { parseArgs } from 'node:util';
import { ConsultationStore } from '@strategi/consultation';
import { closeOnSignals } from '@strategi/hosting';
import { describeSmtp } from '@strategi/mail';
import { serviceConfig } from './config.ts';
import { startConsultationServer } from './server.ts';

const cwd = process.env['INIT_CWD'] ?? process.cwd();
let config: ReturnType<typeof serviceConfig>;
try {
  config = serviceConfig(process.env, cwd);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
const where = config.store.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : config.store.sqliteFile;

const [command, ...rest] = process.argv.slice(2);
if (command === 'delete-person') {
  let email: string | undefined;
  try {
    email = parseArgs({ args: rest, options: { email: { type: 'string' } }, strict: true }).values.email?.trim();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
  }
  if (!email) {
    process.stderr.write('Bruk: pnpm horing delete-person --email <adresse>\n');
    process.exit(2);
  }
  const store = await ConsultationStore.open(config.store);
  try {
    const deleted = await store.deletePerson({ email });
    process.stdout.write(`Slettet ${deleted} høringssvar sendt med ${email} (${where}).\n`);
  } finally {
    await store.close();
  }
} else if (command !== undefined && command !== 'serve') {
  process.stderr.write(`Ukjent kommando «${command}».\n  → Bruk «pnpm horing» for å starte tjenesten eller «pnpm horing delete-person --email …».\n`);
  process.exit(2);
} else {
  try {
    const server = await startConsultationServer(config, process.env);
    process.stdout.write(
      `Høringstjenesten kjører på ${server.origin}/\n  innhold: ${config.contentDir}\n  høringssvar: ${where}\n  ${describeSmtp(config.smtp)}\n`,
    );
    closeOnSignals(server);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') process.stderr.write(`Porten ${config.port} er opptatt.\n  → Velg en annen med PORT=…\n`);
    else if (code === 'ECONNREFUSED') process.stderr.write('Fikk ikke kontakt med PostgreSQL.\n  → Sjekk DATABASE_URL og at databasen kjører.\n');
    else process.stderr.write(`Høringstjenesten startet ikke: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
