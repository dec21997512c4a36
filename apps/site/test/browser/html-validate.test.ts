/**
 * html-validate's recommended rules report no errors on any built page of either build.
 * No browser: the files are validated as they were written.
 */
import { join } from 'node:path';
import { type ConfigData, HtmlValidate, type Message, StaticConfigLoader } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { distDir, previewDir } from './harness/paths.ts';
import { htmlFiles, urlPathOf } from './harness/site-files.ts';

/**
 * The one configuration, resolved once. html-validate resolves its configuration again for every file it checks,
 * building the table of what each element may hold from scratch, which was a third of this file's time; every page
 * here has the same configuration.
 */
class ResolvedOnce extends StaticConfigLoader {
  #resolved: ReturnType<StaticConfigLoader['getConfigFor']> | undefined;
  override getConfigFor(handle: string, override?: ConfigData): ReturnType<StaticConfigLoader['getConfigFor']> {
    if (override !== undefined) return super.getConfigFor(handle, override);
    this.#resolved ??= super.getConfigFor(handle);
    return this.#resolved;
  }
}

const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Titles name the page, the version and the site ("T-1: … (Revidert strategi 2024) – Strategi for …"),
    // which WCAG 2.4.2 asks for; the 70-character cap is a search-engine snippet heuristic, not a fault.
    'long-title': 'off',
    // The measure filter form is shown only with JavaScript and filters the table in place as a select
    // changes, announcing the count in a live region: no change of context (WCAG 3.2.2), so technique
    // H32's submit button would do nothing. Without JavaScript the form is hidden and links filter instead.
    'wcag/h32': 'off',
  },
};
const validator = new HtmlValidate(new ResolvedOnce(config));

async function errorsIn(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const page of htmlFiles(root)) {
    const report = await validator.validateFile(join(root, page));
    for (const result of report.results) {
      for (const message of result.messages as Message[]) {
        if (message.severity !== 2) continue;
        found.push(`${urlPathOf(page)}:${message.line}:${message.column} ${message.message} [${message.ruleId}]`);
      }
    }
  }
  return found;
}

describe('html-validate', () => {
  test.each([
    ['public build', distDir],
    ['preview build', previewDir],
  ])(
    'the %s has no errors',
    async (_name, root) => {
      expect(await errorsIn(root)).toEqual([]);
    },
    120_000,
  );
});
