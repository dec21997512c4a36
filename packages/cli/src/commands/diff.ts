import { diffEditions } from '@strategi/model/diff';
import { findEdition, loadContent } from '../editions.ts';
import { type CommandIO, parseOptions, UsageError, useColor } from '../io.ts';
import { diffToMarkdown, diffToText } from '../report/diff-format.ts';

const help = `Bruk: strategi diff <fra> <til> [--format text|json|markdown] [--dir mappe]

Viser hva som er endret mellom to versjoner: dokumenter som er lagt til, fjernet eller endret, felt for felt,
og teksten ord for ord. <fra> og <til> er id-er til frigitte versjoner, eller «utkast» for arbeidsutkastet.
Et dokument som har fått ny id, kjennes igjen på «aliases». Interne merknader vises aldri.
--format markdown gir tekst du kan lime inn i en gjennomgang.`;

const formats = ['text', 'json', 'markdown'] as const;

export async function diffCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseOptions({
    args,
    allowPositionals: true,
    options: { dir: { type: 'string', default: 'content' }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  if (!(formats as readonly string[]).includes(values.format))
    throw new UsageError(`Ukjent format «${values.format}».`, 'Bruk --format text, json eller markdown.');
  if (positionals.length !== 2) throw new UsageError('Oppgi to versjoner, for eksempel «strategi diff 2023-vedtatt utkast».');
  const corpus = await loadContent(io, values.dir);
  const from = findEdition(corpus, positionals[0]!);
  const to = findEdition(corpus, positionals[1]!);
  const diff = diffEditions(from, to);
  const text =
    values.format === 'json' ? JSON.stringify(diff, null, 2) : values.format === 'markdown' ? diffToMarkdown(diff) : diffToText(diff, { color: useColor(io) });
  io.stdout.write(`${text}\n`);
  return 0;
}
