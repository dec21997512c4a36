#!/usr/bin/env node
// `pnpm editor`: the web editor on http://127.0.0.1:4323/ (HOST, PORT), over content/ (STRATEGI_CONTENT).
import { closeOnSignals } from '@strategi/hosting';
import { editorSettings } from './config.ts';
import { startEditor } from './server.ts';

const cwd = process.env['INIT_CWD'] ?? process.cwd();
let settings: ReturnType<typeof editorSettings>;
try {
  settings = editorSettings(process.env, cwd);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}

try {
  const editor = await startEditor(settings, process.env, cwd);
  process.stdout.write(
    `Nettredigeringen kjører på ${editor.origin}/\n  innhold: ${settings.contentFolder}\n  endringer sendes inn til grenen «${settings.branch}»\n${
      settings.hosted ? '  tilgang: bare med lenke (pnpm strategi preview share --name "…" --redigering)\n' : '  tilgang: bare fra denne maskinen\n'
    }`,
  );
  closeOnSignals(editor);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') process.stderr.write(`Porten ${settings.port} er opptatt.\n  → Velg en annen med PORT=…\n`);
  else process.stderr.write(`Nettredigeringen startet ikke: ${(error as Error).message}\n`);
  process.exit(1);
}
