/**
 * The review pages' axe scan: WCAG 2.0 and 2.1, levels A and AA, on the page as it stands, each violation as
 * `<rule>: <the elements' selectors>`. Run in the page itself (AxeBuilder's legacy mode): the default finishes every
 * scan in a blank page of its own with axe loaded a second time, for frames, which these pages do not have; that took
 * half of each scan's CPU time.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode()
    .analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
