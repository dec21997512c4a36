/**
 * Valid content always builds: generated tag soup goes through the validator, the model's renderer and one real
 * preview build. Each generated body either gets catalogue problems with errors (and is left out of the build,
 * as the validator would stop it) or builds, and its page holds exactly the HTML the model renders for it, so
 * the site's bundle renders with the model's own pipeline and HTML parser.
 */
import { cpSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus, ParseCache } from '@strategi/model';
import { htmlSoup } from '@strategi/model/testing/html-soup';
import { propertyRuns } from '@strategi/model/testing/property-runs';
import { catalogue } from '@strategi/problems';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { bodyHtml } from '../src/lib/body-html.ts';
import { editionBase } from '../src/lib/urls.ts';
import { fixtureContent } from './helpers.ts';
import { buildScratch, buildSite } from './site-build.ts';

const scratch = buildScratch('tag-soup');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Bodies that once crashed the build, always included beside the generated ones. */
const knownCrashes = [
  '<title>\n\nTekst <b>fet\n\nTekst <i>kursiv',
  'Avsnitt <title>\n\nAvsnitt <b>\n\nAvsnitt <i>',
  '</title>tekst \n\n<title>',
  '<nobr><script><title><!--</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">',
  // The whole document's PDF: a break at the end of a heading, and text that would continue Typst code.
  '# Overskrift <summary><br></summary>\n\n*kursiv*.len og **fet**(parentes)',
];
const GENERATED = 60;
const FIRST_ID = 100;

const measure = (id: string, body: string) =>
  `---\nid: ${id}\ntitle: Tagsuppe ${id}\ngoals: [M-1]\nresponsible: [KD]\nsectors: [barnehage]\nstart: 2025\ndeadline: 2027\nstatus: planlagt\n---\n${body}\n`;

describe('tag soup in a body', () => {
  test('is either reported with catalogue problems or built, with the HTML the model renders', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(htmlSoup, { minLength: GENERATED, maxLength: GENERATED }), async (generated) => {
        const content = path.join(scratch, 'content');
        const out = path.join(scratch, 'out');
        rmSync(content, { recursive: true, force: true });
        cpSync(fixtureContent, content, { recursive: true });
        // The soup is in the working draft: of the released versions, the last is kept, which the draft's change page
        // compares with; the older ones hold no soup, and each would add its pages, its search index and its PDF.
        for (const id of ['2022-utkast', '2022-horing', '2023-vedtatt']) rmSync(path.join(content, 'versjoner', id), { recursive: true });
        const ids = [...knownCrashes, ...generated].map((body, i) => {
          const id = `T-${FIRST_ID + i}`;
          writeFileSync(path.join(content, 'tiltak', `${id}.md`), measure(id, body));
          return id;
        });

        // Validate: every problem is a catalogue problem; a body with errors leaves the build. The parses are kept in
        // memory for the read after the build, which finds every file it reads among them.
        const cache = await ParseCache.open(undefined);
        const corpus = await loadCorpus(content, { cache });
        for (const problem of corpus.problems) expect(Object.keys(catalogue)).toContain(problem.ruleId);
        const rejected = new Set(corpus.problems.filter((problem) => problem.severity === 'error').map((problem) => path.basename(problem.file, '.md')));
        expect(rejected.size).toBeLessThan(ids.length / 2);
        for (const id of rejected) unlinkSync(path.join(content, 'tiltak', `${id}.md`));

        // Build: it succeeds, and each page holds what the model renders.
        await buildSite(content, 'preview', out);
        const working = (await loadCorpus(content, { cache })).working;
        const base = editionBase(working.id);
        for (const id of ids.filter((id) => !rejected.has(id))) {
          const doc = working.byId.get(id)!;
          const page = readFileSync(path.join(out, 'versjoner', working.id, 'tiltak', id, 'index.html'), 'utf8');
          const html = await bodyHtml({ doc, edition: working, base, lang: 'nb' });
          // The preview names the passage for reviewers' comments: `<div class="body" id=… data-…>`.
          const body = page.match(/<div class="body"[^>]*>/);
          if (html) expect([id, body !== null && page.includes(`${body[0]}${html}</div>`)]).toEqual([id, true]);
          else expect([id, body]).toEqual([id, null]);
        }
      }),
      // One build of many documents; a failure is reported as found, without shrinking (each step is a build).
      { numRuns: propertyRuns(1), endOnFailure: true },
    );
  }, 300_000);
});
