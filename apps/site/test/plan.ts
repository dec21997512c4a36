/**
 * The build plan the unit tests see as `virtual:strategi/plan` (vitest.config.ts): a public build of the fixture
 * content on a fixed day, rendering everything. Builds get theirs from the plan integration.
 */
import type { BuildPlan } from '../src/plan/build-plan.ts';
import { RENDER_ALL } from '../src/plan/build-plan.ts';
import { fixtureContent, siteRoot } from './helpers.ts';

const plan: BuildPlan = {
  contentDir: fixtureContent,
  displayBase: siteRoot,
  mode: 'public',
  outDir: `${siteRoot}/dist`,
  today: '2025-05-05',
  at: '2025-05-05T10:00:00.000Z',
  pdf: true,
  pdfFonts: '/usr/share/fonts/truetype/dejavu',
  edit: { repoUrl: undefined, vscode: false, internal: false },
  archive: RENDER_ALL,
};
export default plan;
