#!/usr/bin/env node
// `pnpm review`: serves the preview build to reviewers on 127.0.0.1:4322 (PORT, HOST), building it first when
// the repository's own preview build is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { closeOnSignals } from '@strategi/hosting';
import { describeSmtp } from '@strategi/mail';
import { previewBuildEnv, repositoryRoot, serverConfig } from './config.ts';
import { startReviewServer } from './server.ts';

const cwd = process.env['INIT_CWD'] ?? process.cwd();
let config: ReturnType<typeof serverConfig>;
try {
  config = serverConfig(process.env, cwd);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}

if (!existsSync(path.join(config.dist, 'index.html'))) {
  if (!config.defaultDist) {
    process.stderr.write(`Fant ingen forhåndsvisning i ${config.dist}.\n  → Bygg den med «pnpm build:preview», eller rett STRATEGI_PREVIEW_DIST.\n`);
    process.exit(1);
  }
  process.stderr.write('Forhåndsvisningen er ikke bygget ennå; bygger den først (pnpm build:preview) …\n');
  const build = spawnSync('pnpm', ['run', 'build:preview'], { cwd: repositoryRoot, stdio: 'inherit', env: previewBuildEnv(process.env) });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (config.internalDist && !existsSync(path.join(config.internalDist, 'index.html'))) {
  process.stderr.write(
    `Fant ingen intern forhåndsvisning i ${config.internalDist}.\n  → Bygg den med «STRATEGI_DIST=${config.internalDist} pnpm build:preview», eller fjern STRATEGI_PREVIEW_INTERNAL_DIST.\n`,
  );
  process.exit(1);
}

try {
  const server = await startReviewServer(config, process.env);
  const where = config.places.store.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : config.places.store.sqliteFile;
  process.stdout.write(
    `Gjennomlesingen kjører på ${server.origin}/\n  forhåndsvisning: ${config.dist}\n${
      config.internalDist ? `  intern forhåndsvisning (lenker med --intern): ${config.internalDist}\n` : ''
    }  kommentarer: ${where}\n  ${describeSmtp(config.mail.smtp)}\n  Lag en lenke til en leser: pnpm strategi preview share --name "…" --expires 14d\n`,
  );
  closeOnSignals(server);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') process.stderr.write(`Porten ${config.port} er opptatt.\n  → Velg en annen med PORT=…\n`);
  else if (code === 'ECONNREFUSED') process.stderr.write('Fikk ikke kontakt med PostgreSQL.\n  → Sjekk DATABASE_URL og at databasen kjører.\n');
  else process.stderr.write(`Gjennomlesingsserveren startet ikke: ${(error as Error).message}\n`);
  process.exit(1);
}
