// Progress reports: dated documents of their own in `fremdrift/`, checked like every document, sealed when
// published, left out of released versions, and read by the progress rollup up to the day asked for.
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { documentText, isOverdue, publishedReports, releaseVersion, sealedReport, statusOn } from '../src/index.ts';
import { BASE, load, problemLines, scratch, testFileCache } from './helpers.ts';

const report = (fields: Record<string, unknown>) => ({
  id: 'F-1',
  title: 'Status per 1. juni 2026',
  date: '2026-06-01',
  entries: [
    { measure: 'T-1', status: 'fullført', date: '2025-11-11', note: 'Levert.' },
    { measure: 'T-2', status: 'forsinket' },
  ],
  ...fields,
});

/** The base with report files written into `fremdrift/`. */
async function withReports(files: Record<string, string>) {
  const folder = await scratch(BASE, 'reports');
  await mkdir(folder.file('fremdrift'));
  for (const [name, text] of Object.entries(files)) await folder.write(`fremdrift/${name}`, text);
  return folder;
}

const published = (fields: Record<string, unknown>, day = '2026-06-05') => documentText(sealedReport(report(fields), '', day), '');

describe('progress reports', () => {
  test('a sealed, published report is valid, and a draft report is valid too', async () => {
    const folder = await withReports({ 'F-1.md': published({}), 'F-2.md': documentText(report({ id: 'F-2', date: '2026-12-01' }), '') });
    expect(await problemLines(folder.dir)).toEqual([]);
  });

  test('only reports published by the day are public, a draft never', async () => {
    const folder = await withReports({ 'F-1.md': published({}), 'F-2.md': documentText(report({ id: 'F-2', date: '2026-12-01' }), '') });
    const { working } = await load(folder.dir);
    expect(publishedReports(working, '2026-06-04').map((doc) => doc.id)).toEqual([]);
    expect(publishedReports(working, '2026-06-05').map((doc) => doc.id)).toEqual(['F-1']);
    expect(publishedReports(working, '2030-01-01').map((doc) => doc.id)).toEqual(['F-1']);
  });

  test('the rollup status of a measure takes the reports published by then, dated by entry or report', async () => {
    const folder = await withReports({ 'F-1.md': published({}) });
    const { working } = await load(folder.dir);
    const [t1, t2] = working.index.byKind.measure;
    const before = { edition: working, reports: publishedReports(working, '2026-06-04') };
    const after = { edition: working, reports: working.index.byKind.progressReport };
    expect([statusOn(t1!, '2026-06-05', before), statusOn(t2!, '2026-06-05', before)]).toEqual(['startet', 'planlagt']);
    expect([statusOn(t1!, '2026-06-05', after), statusOn(t2!, '2026-06-05', after)]).toEqual(['fullført', 'forsinket']);
    // T-1's report entry is dated 2025-11-11, and the report is published on 2026-06-05: before either it does not apply.
    expect(statusOn(t1!, '2025-01-01', after)).toBe('startet');
    expect(statusOn(t1!, '2026-06-04', after)).toBe('startet');
    // Overdue: past the deadline (T-2: 2026) and neither done nor stopped.
    expect([isOverdue(t1!, '2027-01-01', after), isOverdue(t2!, '2026-12-31', after), isOverdue(t2!, '2027-01-01', after)]).toEqual([false, false, true]);
  });

  test('a published report without a seal, one changed after publishing, and bad entries are errors at their place', async () => {
    const tampered = published({ id: 'F-2' }).replace('status: forsinket', 'status: i-rute');
    const folder = await withReports({
      'F-1.md': documentText(report({ published: '2026-06-05' }), ''),
      'F-2.md': tampered,
      'F-3.md': documentText(
        report({
          id: 'F-3',
          entries: [
            { measure: 'T-9', status: 'startet' },
            { measure: 'T-1', status: 'startet', date: '2026-07-01' },
            { measure: 'T-1', status: 'fullført' },
          ],
        }),
        '',
      ),
    });
    expect(await problemLines(folder.dir)).toEqual([
      'reports/fremdrift/F-1.md:12:12  error  Rapporten har «published: 2026-06-05», men mangler «seal».  [report/unsealed]',
      'reports/fremdrift/F-2.md:13:7  error  Rapporten er endret etter at den ble publisert 2026-06-05.  [report/tampered]',
      'reports/fremdrift/F-3.md:6:14  error  Finner ikke tiltaket «T-9». Mente du «T-2»?  [link/unknown-measure]',
      'reports/fremdrift/F-3.md:10:11  error  Statusen er datert 2026-07-01, etter rapportens dato 2026-06-01.  [report/entry-after-report]',
      'reports/fremdrift/F-3.md:11:14  error  Tiltaket «T-1» står allerede i rapporten (2. oppføring).  [report/duplicate-measure]',
    ]);
  });

  test('a release leaves the reports out: they are published on their own dates, not frozen into a version', async () => {
    const folder = await withReports({ 'F-1.md': published({}) });
    const result = await releaseVersion(
      folder.dir,
      { id: '2026-vedtatt', status: 'vedtatt', label: 'Vedtatt', date: '2026-06-10' },
      { cache: await testFileCache() },
    );
    expect(result.ok).toBe(true);
    const released = await readdir(path.join(folder.dir, 'versjoner/2026-vedtatt'));
    expect(released).not.toContain('fremdrift');
    expect(released).toContain('tiltak');
    expect(await problemLines(folder.dir)).toEqual([]);
  });
});

describe('examples marked per field', () => {
  test('a list of fields is accepted; a name that is no field of the kind is an error with a did-you-mean', async () => {
    const folder = await scratch(BASE, 'examples');
    await folder.edit('tiltak/T-2.md', (text) => text.replace('status: planlagt\n', 'status: planlagt\nexample: [status, deadlin, body]\n'));
    expect(await problemLines(folder.dir)).toEqual([
      'examples/tiltak/T-2.md:10:19  error  «example» nevner «deadlin», som ikke er et felt i et tiltak. Mente du «deadline»?  [example/unknown-field]',
    ]);
    await folder.edit('tiltak/T-2.md', (text) => text.replace('deadlin,', 'deadline,'));
    expect(await problemLines(folder.dir)).toEqual([]);
  });
});
