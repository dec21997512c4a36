import { parseArgs } from 'node:util';
import { findEdition, loadContent } from '../editions.ts';
import { type CommandIO, UsageError } from '../io.ts';
import { statusReport, statusToCsv, statusToText } from '../report/status.ts';

const help = `Bruk: strategi status [--version id] [--format text|json|csv] [--today ÅÅÅÅ-MM-DD] [--dir mappe]

Viser tiltak per status for hvert innsatsområde og hver ansvarlig aktør, tiltak som har passert fristen
uten å være fullført eller stanset, mål uten tiltak, andelen dokumenter på bokmål, nynorsk og engelsk,
og lesbarhetsindeksen LIX for hvert dokument med laveste, median og høyeste verdi.
Standard er arbeidsutkastet («utkast») og dagens dato.`;

const formats = ['text', 'json', 'csv'] as const;

export async function statusCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      dir: { type: 'string', default: 'content' },
      version: { type: 'string', default: 'utkast' },
      format: { type: 'string', default: 'text' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  if (positionals.length) throw new UsageError(`Ukjent argument «${positionals[0]}».`, 'Velg versjon med --version <id>.');
  if (!(formats as readonly string[]).includes(values.format)) throw new UsageError(`Ukjent format «${values.format}».`, 'Bruk --format text, json eller csv.');
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(today)) throw new UsageError(`--today skal være en dato på formen ÅÅÅÅ-MM-DD, ikke «${today}».`);
  const corpus = await loadContent(io, values.dir);
  const report = statusReport(findEdition(corpus, values.version), today);
  const text = values.format === 'json' ? JSON.stringify(report, null, 2) : values.format === 'csv' ? statusToCsv(report) : statusToText(report);
  io.stdout.write(`${text}\n`);
  return 0;
}
