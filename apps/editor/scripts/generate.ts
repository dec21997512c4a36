// Writes editor-config.json from the schema; with --check, fails when the file differs from what the schema gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { editorConfigText } from '../src/form-config.ts';

const file = new URL('../editor-config.json', import.meta.url);
const text = editorConfigText();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== text) {
    process.stderr.write('editor-config.json er ikke generert fra skjemaet som det er nå.\n  → Kjør «pnpm --filter @strategi/editor run generate».\n');
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
  process.stdout.write('editor-config.json\n');
}
