/** Where the built sites are, and the run's time budget. */

import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/site. */
export const siteRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** The public build of the real content (`pnpm build`): apps/site/dist, or STRATEGI_BROWSER_DIST. */
export const distDir = process.env.STRATEGI_BROWSER_DIST ? resolve(process.env.STRATEGI_BROWSER_DIST) : join(siteRoot, 'dist');
/**
 * The reviewer preview build of the demonstration corpus in examples/ (`build:demo`): its releases, diffs,
 * consultation and working draft are what the workflow tests need, which the real content, with one release, lacks.
 * apps/site/dist-demo-preview, or STRATEGI_BROWSER_PREVIEW_DIST.
 */
export const previewDir = process.env.STRATEGI_BROWSER_PREVIEW_DIST ? resolve(process.env.STRATEGI_BROWSER_PREVIEW_DIST) : join(siteRoot, 'dist-demo-preview');
/** After this long the global setup stops the servers and the browser whatever the tests are doing. */
export const watchdogMs = Number(process.env.STRATEGI_BROWSER_WATCHDOG_MS ?? 15 * 60_000);
