/**
 * Debian's Chromium as every browser test drives it through playwright-core: where it is, and the flags that keep it
 * off the network. Chromium may only reach 127.0.0.1: the resolver rule makes every other host name fail at once.
 */
import { existsSync } from 'node:fs';

/**
 * Debian's headless shell (package chromium-headless-shell), the same Blink without the browser's windows and
 * address bar, which Playwright itself drives for headless tests: it took an eighth less CPU than the full browser
 * over the site's browser tests, with the same results.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's headless shell, else Debian's full browser. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

/** What to install when `chromiumPath` is missing, in the message of the test setup that needs it. */
export const chromiumMissing = `No Chromium at ${chromiumPath}. Install Debian's: apt-get install -y chromium-headless-shell (or set CHROMIUM_PATH).`;

/** The flags every Chromium the tests start gets: headless, no sandbox (root in CI), no GPU, nothing but 127.0.0.1. */
export const chromiumArgs: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

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
 * `chromiumArgs` for tests that open many browser contexts. In the full browser each context is a window of its
 * own, and Chromium 156 gives every window's address bar two WebUI popups (chrome://omnibox-popup.top-chrome/) in a
 * renderer that keeps using CPU for as long as the context is open. No test uses the address bar; the headless shell
 * has none, and ignores the features it lacks.
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
