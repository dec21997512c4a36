import path from 'node:path';
import { loadCorpus } from '@strategi/model';
import { countBySeverity, formatGithubAnnotation, formatProblem, formatSummary, problemsToJson } from '@strategi/problems';
import { type CommandIO, parseOptions, UsageError, useColor } from '../io.ts';
import { withUncommittedVersions } from '../uncommitted.ts';

const help = `Bruk: strategi validate [mappe] [--dir mappe] [--format text|json|github] [--lix-threshold 55] [--watch]

Sjekker alle dokumenter i arbeidsutkastet og i alle frigitte versjoner, og viser hvert problem
som «fil:linje:kolonne  error|warning  melding  [regel]» med et råd på linjen under.
Avslutter med kode 1 om det er minst én feil, ellers 0.

Med --watch sjekkes innholdet på nytt hver gang en fil lagres, og bare problemer som er nye (+)
eller borte (-) vises. Ctrl-C avslutter.

Med --format github skrives hvert problem som en GitHub Actions-merknad («::error file=…,line=…,col=…::»),
som GitHub viser på linjen i en pull request.`;

export async function validateCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseOptions({
    args,
    allowPositionals: true,
    options: {
      dir: { type: 'string' },
      format: { type: 'string', default: 'text' },
      'lix-threshold': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json' && values.format !== 'github')
    throw new UsageError(`Ukjent format «${values.format}».`, 'Bruk --format text, --format json eller --format github.');
  const lixThreshold = values['lix-threshold'] === undefined ? undefined : Number(values['lix-threshold']);
  if (lixThreshold !== undefined && !Number.isFinite(lixThreshold))
    throw new UsageError(`--lix-threshold skal være et tall, ikke «${values['lix-threshold']}».`);
  const folder = path.resolve(io.cwd, positionals[0] ?? values.dir ?? 'content');

  const started = performance.now();
  const corpus = await loadCorpus(folder, { displayBase: io.cwd, ...(lixThreshold === undefined ? {} : { lixThreshold }) });
  const elapsed = performance.now() - started;
  const problems = await withUncommittedVersions(corpus.problems, folder);

  if (values.format === 'json') {
    io.stdout.write(`${problemsToJson(problems)}\n`);
  } else if (values.format === 'github') {
    for (const problem of problems) io.stdout.write(`${formatGithubAnnotation(problem)}\n`);
    io.stdout.write(`${formatSummary(problems, corpus.fileCount, elapsed)}\n`);
  } else {
    const color = useColor(io);
    for (const problem of problems) io.stdout.write(`${formatProblem(problem, { color })}\n`);
    io.stdout.write(`${problems.length ? '\n' : ''}${formatSummary(problems, corpus.fileCount, elapsed)}\n`);
  }
  return countBySeverity(problems).errors > 0 ? 1 : 0;
}
