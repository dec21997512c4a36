// The rules of a consultation at release (utredningsinstruksen 3-3): the period, and a new consultation after a substantial change.

import { formatProblemLine, type Problem } from '@strategi/problems';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { releaseVersion } from '../src/index.ts';
import { consultationPeriodProblems } from '../src/release-consultation.ts';
import { sealedDocumentText } from '../src/versions/seal.ts';
import { problemLines as contentProblems, scratch, testFileCache } from './helpers.ts';

const problemLines = (problems: readonly Problem[]) => problems.map((problem) => formatProblemLine(problem));

/** Releases parse through the test file's parse cache (parse-cache.ts). */
const cached = { cache: await testFileCache() };
const consultation = (deadline: string) => ({
  id: '2025-horing',
  status: 'høring' as const,
  label: 'Høringsutkast',
  date: '2025-01-10',
  change: 'vesentlig' as const,
  changeNote: 'Utkast på høring.',
  consultation: { deadline, url: 'https://example.no/horing' },
});

describe('the consultation period', () => {
  test('three months or more is no problem; the day before three months is a warning', () => {
    expect(consultationPeriodProblems({ date: '2025-01-10', deadline: '2025-04-10' }, 'v.md')).toEqual([]);
    expect(problemLines(consultationPeriodProblems({ date: '2025-01-10', deadline: '2025-04-09' }, 'v.md'))).toEqual([
      'v.md:1:1  warning  Høringsfristen «2025-04-09» er 89 dager etter frigivelsen, kortere enn tre måneder.  [version/consultation-short]',
    ]);
  });

  test('under six weeks is refused without a reason, and a warning that names the reason with one', () => {
    expect(problemLines(consultationPeriodProblems({ date: '2025-01-10', deadline: '2025-02-20' }, 'v.md'))).toEqual([
      'v.md:1:1  error  Høringsfristen «2025-02-20» er bare 41 dager etter frigivelsen, kortere enn seks uker, og ingen begrunnelse er gitt.  [version/consultation-too-short]',
    ]);
    expect(problemLines(consultationPeriodProblems({ date: '2025-01-10', deadline: '2025-02-21' }, 'v.md'))).toEqual([
      'v.md:1:1  warning  Høringsfristen «2025-02-21» er 42 dager etter frigivelsen, kortere enn tre måneder.  [version/consultation-short]',
    ]);
    expect(problemLines(consultationPeriodProblems({ date: '2025-01-10', deadline: '2025-02-20', reason: '  Frist i EØS-retten. ' }, 'v.md'))).toEqual([
      'v.md:1:1  warning  Høringsfristen «2025-02-20» er 41 dager etter frigivelsen, kortere enn tre måneder. Begrunnelse: «Frist i EØS-retten.».  [version/consultation-short]',
    ]);
  });

  test('a release refuses a five-week consultation without a reason, writes nothing, and goes ahead with one, warning', async () => {
    const copy = await scratch('valid-minimal', 'short-consultation');
    const refused = await releaseVersion(copy.dir, consultation('2025-02-14'), { ...cached, displayBase: copy.dir });
    expect(refused.ok).toBe(false);
    expect(refused.ok === false && refused.reason === 'invalid-version' && problemLines(refused.problems)).toEqual([
      'versjoner/2025-horing/versjon.md:1:1  error  Høringsfristen «2025-02-14» er bare 35 dager etter frigivelsen, kortere enn seks uker, og ingen begrunnelse er gitt.  [version/consultation-too-short]',
    ]);
    await expect(copy.read('versjoner/2025-horing/versjon.md')).rejects.toThrow();

    let shown: string[] = [];
    const released = await releaseVersion(copy.dir, consultation('2025-02-14'), {
      ...cached,
      displayBase: copy.dir,
      consultationReason: 'Fristen i direktivet.',
      confirm: async ({ warnings }) => {
        shown = problemLines(warnings);
        return true;
      },
    });
    expect(released.ok).toBe(true);
    expect(shown).toContain(
      'versjoner/2025-horing/versjon.md:1:1  warning  Høringsfristen «2025-02-14» er 35 dager etter frigivelsen, kortere enn tre måneder. Begrunnelse: «Fristen i direktivet.».  [version/consultation-short]',
    );
  });
});

describe('the reason for a short consultation', () => {
  test('is written into the sealed versjon.md, which validates', async () => {
    const copy = await scratch('valid-minimal', 'short-reason');
    const released = await releaseVersion(copy.dir, consultation('2025-02-14'), { ...cached, consultationReason: '  Fristen i direktivet. ' });
    expect(released.ok && released.version.consultation).toEqual({
      deadline: '2025-02-14',
      url: 'https://example.no/horing',
      shortDeadlineReason: 'Fristen i direktivet.',
    });
    expect(await copy.read('versjoner/2025-horing/versjon.md')).toContain(
      'consultation:\n  deadline: 2025-02-14\n  url: https://example.no/horing\n  shortDeadlineReason: Fristen i direktivet.\n',
    );
    expect(await contentProblems(copy.dir)).toEqual([]);
  });

  test('a period of three months or more writes no reason', async () => {
    const copy = await scratch('valid-minimal', 'long-reason');
    const released = await releaseVersion(copy.dir, consultation('2025-04-10'), { ...cached, consultationReason: 'Unødvendig.' });
    expect(released.ok && released.version.consultation).toEqual({ deadline: '2025-04-10', url: 'https://example.no/horing' });
  });

  test('validate refuses a sealed consultation version under six weeks that gives no reason', async () => {
    const copy = await scratch('valid-minimal', 'short-no-reason');
    expect((await releaseVersion(copy.dir, consultation('2025-02-14'), { ...cached, consultationReason: 'Fristen i direktivet.' })).ok).toBe(true);
    // As a release before the reason was kept wrote it: the same description without the reason, sealed.
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(await copy.read('versjoner/2025-horing/versjon.md')) ?? [];
    const { seal: _seal, ...data } = parse(frontmatter) as { consultation: Record<string, unknown>; seal: string };
    delete data.consultation['shortDeadlineReason'];
    await copy.write('versjoner/2025-horing/versjon.md', sealedDocumentText(data, body));
    expect(await contentProblems(copy.dir)).toEqual([
      'short-no-reason/versjoner/2025-horing/versjon.md:15:13  error  Høringsfristen «2025-02-14» er bare 35 dager etter frigivelsen, kortere enn seks uker, og ingen begrunnelse er gitt.  [version/consultation-too-short]',
    ]);
  });
});

describe('adopting a consultation draft', () => {
  const adopt = { id: '2025-vedtatt', status: 'vedtatt' as const, label: 'Vedtatt', date: '2025-06-01', change: 'vesentlig' as const, changeNote: 'Vedtatt.' };
  const newConsultation = (warnings: readonly Problem[]) => warnings.filter((problem) => problem.ruleId === 'version/new-consultation');

  test('a small change from the draft says nothing about a new consultation', async () => {
    const copy = await scratch('valid-minimal', 'adopt-small');
    expect((await releaseVersion(copy.dir, consultation('2025-05-01'), cached)).ok).toBe(true);
    await copy.edit('tiltak/T-1.md', (text) => text.replace('støtter', 'støtter særlig'));
    const adopted = await releaseVersion(copy.dir, adopt, { ...cached, displayBase: copy.dir });
    expect(adopted.ok && newConsultation(adopted.warnings)).toEqual([]);
  });

  test('a rewritten draft says how much changed and that a new consultation may be required', async () => {
    const copy = await scratch('valid-minimal', 'adopt-rewritten');
    expect((await releaseVersion(copy.dir, consultation('2025-05-01'), cached)).ok).toBe(true);
    const rewritten = 'Helt ny tekst om noe annet enn før, skrevet etter høringen med mange nye ord og nye tanker om saken. '.repeat(3);
    await copy.edit('tiltak/T-1.md', (text) => `${text.slice(0, text.lastIndexOf('---\n') + 4)}${rewritten}\n`);
    const adopted = await releaseVersion(copy.dir, adopt, { ...cached, displayBase: copy.dir });
    expect(adopted.ok).toBe(true);
    const lines = adopted.ok ? problemLines(newConsultation(adopted.warnings)) : [];
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^versjoner\/2025-vedtatt\/versjon\.md:1:1 {2}warning {2}Versjonen skiller seg vesentlig fra høringsutkastet «2025-horing»: \d+ % av ordene er endret, og 1 av \d+ dokumenter er nye, fjernet eller endret\. {2}\[version\/new-consultation\]$/,
    );
  });
});
