import { expect, test } from 'vitest';
import { medianBuild, type PeerFigures, peersSection, previewPart, replacePreviewPart } from '../src/site-peers.ts';

const build = (seconds: number, pages: number) => ({ wallMs: seconds * 1000, peakBytes: 512 * 1024 * 1024, exitCode: 0, stdout: '', pages });
const figures: PeerFigures = {
  measures: 1000,
  rounds: 3,
  rows: [
    { label: 'bare Astro site, one-line template', builds: [build(3, 1135), build(4, 1135), build(2, 1135)] },
    { label: 'Starlight, defaults', builds: [build(12, 1136), build(10, 1136), build(30, 1136)] },
    { label: '`pnpm build`, `STRATEGI_PDF=0`', builds: [build(9, 3488), build(6, 3488), build(40, 3488)] },
    { label: '`pnpm build` (with the PDF)', builds: [build(12, 3488), build(13, 3488), build(11, 3488)] },
  ],
  previewCold: { ...build(20, 3488), log: '', cpuMs: 30_000 },
  previewOneChanged: { ...build(2.5, 3488), log: '  ├─ /a/index.html (restored)\n  ├─ /b/index.html (+5ms)\n  ├─ /c/index.html (restored)\n', cpuMs: 4_200 },
};

test('the median round is the middle one by wall time, whatever order the rounds ran in', () => {
  expect(medianBuild(figures.rows[1]!).wallMs).toBe(12_000);
  expect(medianBuild({ label: 'two rounds', builds: [build(5, 1), build(3, 1)] }).wallMs).toBe(3000);
});

test('each build is given with its pages, its median and every round, and its ratio to Starlight', () => {
  const section = peersSection(figures);
  expect(section).toContain('| bare Astro site, one-line template | 1,135 | 3.0 s | 3.0 s, 4.0 s, 2.0 s | 0.25× | 2.6 ms | 512 MB |');
  expect(section).toContain('| Starlight, defaults | 1,136 | 12.0 s | 12.0 s, 10.0 s, 30.0 s | 1.00× |');
  expect(section).toContain('| `pnpm build`, `STRATEGI_PDF=0` | 3,488 | 9.0 s | 9.0 s, 6.0 s, 40.0 s | 0.75× |');
  expect(section).toContain('| `pnpm build` (with the PDF) | 3,488 | 12.0 s | 12.0 s, 13.0 s, 11.0 s | 1.00× |');
  expect(section).toContain('| preview after one measure changed, with the cache | 3,488 | 2 | 2.5 s | 4.2 s | 512 MB |');
});

test('the preview alone replaces its part of the section, up to the section’s own «Produced by» line', () => {
  const text = `# Benchmarks\n\n${peersSection(figures)}\nProduced by \`pnpm bench:peers --measures 1000 --rounds 3\` on …\n\n## Next\n`;
  const part = previewPart({ ...figures, previewOneChanged: { ...figures.previewOneChanged, wallMs: 9000 } });
  const replaced = replacePreviewPart(text, `${part}\nMeasured alone by …\n`);
  expect(replaced).toContain('| preview after one measure changed, with the cache | 3,488 | 2 | 9.0 s | 4.2 s | 512 MB |');
  expect(replaced).not.toContain('| 2.5 s |');
  expect(replaced).toContain('| `pnpm build` (with the PDF) | 3,488 | 12.0 s |');
  expect(replaced).toMatch(/Measured alone by …\n\nProduced by `pnpm bench:peers --measures 1000 --rounds 3` on …\n\n## Next\n$/);
  expect(replacePreviewPart(replaced, `${part}\nMeasured alone by …\n`)).toBe(replaced);
});
