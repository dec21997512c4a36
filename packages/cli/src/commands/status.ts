import { publishedReports, today } from '@strategi/model';
import { isoDay } from '@strategi/schema';
import { findEdition, loadContent } from '../editions.ts';
import { type CommandIO, parseOptions, UsageError } from '../io.ts';
import { statusReport, statusToCsv, statusToText } from '../report/status.ts';

const help = `Bruk: strategi status [--version id] [--format text|json|csv] [--today ÅÅÅÅ-MM-DD] [--dir mappe]

Viser tiltak per status for hvert innsatsområde og hver ansvarlig aktør, tiltak som har passert fristen
uten å være fullført eller stanset, mål uten tiltak, indikatorenes status etter regelen ved siden av
eiernes vurdering av målets tiltak, andelen dokumenter på bokmål, nynorsk og engelsk,
andelen bokmål og nynorsk i teksten i hver versjon (språklova § 13: minst 25 % av hver),
og lesbarhetsindeksen LIX for hvert dokument med laveste, median og høyeste verdi.
Statusen til et tiltak er den som gjaldt den dagen, etter statushistorikken. Standard er arbeidsutkastet
(«utkast») og dagens dato i Norge.`;

const formats = ['text', 'json', 'csv'] as const;

export async function statusCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseOptions({
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
  const day = values.today ?? today();
  if (!isoDay.safeParse(day).success) throw new UsageError(`--today skal være en dato som finnes, på formen ÅÅÅÅ-MM-DD, ikke «${day}».`);
  const corpus = await loadContent(io, values.dir);
  // Statuses from the progress reports published by the day count as the site counts them.
  // The share of bokmål and nynorsk is shown for every version, so that a reader sees how it has moved.
  const report = statusReport(findEdition(corpus, values.version), day, publishedReports(corpus.working, day), [...corpus.versions, corpus.working]);
  const text = values.format === 'json' ? JSON.stringify(report, null, 2) : values.format === 'csv' ? statusToCsv(report) : statusToText(report);
  io.stdout.write(values.format === 'csv' ? text : `${text}\n`);
  return 0;
}
