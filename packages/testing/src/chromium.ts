/**
 * Debian's Chromium, as every browser test drives it through playwright-core: the project's one definition
 * (`@strategi/chromium`), which the site's PDF step uses too.
 */
import { chromiumArgs } from '@strategi/chromium';

export { chromiumArgs, chromiumPath } from '@strategi/chromium';

/**
 * The features playwright-core 1.65 disables with its own `--disable-features`. Chromium reads only the last of
 * that flag, so a test that disables more must name these again; `checkDisabledFeatures` says when the list is stale.
 */
const playwrightDisabled = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * `chromiumArgs` for tests that open many browser contexts. Each context is a window of its own, and Chromium 156
 * gives every window's address bar two WebUI popups (chrome://omnibox-popup.top-chrome/) in a renderer that keeps
 * using CPU for as long as the context is open: a seventh of the review server's browser tests. No test uses the
 * address bar.
 */
export const chromiumTestArgs: readonly string[] = [
  ...chromiumArgs,
  `--disable-features=${[...playwrightDisabled, 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'].join(',')}`,
];

/** Throws unless a Chromium started with `chromiumTestArgs` (its command line) still disables all Playwright does. */
export function checkDisabledFeatures(commandLine: readonly string[]): void {
  const lists = commandLine.filter((arg) => arg.startsWith('--disable-features=')).map((arg) => arg.slice('--disable-features='.length).split(','));
  const effective = new Set(lists.at(-1));
  const dropped = lists
    .slice(0, -1)
    .flat()
    .filter((feature) => !effective.has(feature));
  if (dropped.length > 0) throw new Error(`chromiumTestArgs no longer disables what Playwright does: add ${dropped.join(', ')} to its list`);
}
