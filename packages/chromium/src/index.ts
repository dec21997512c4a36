/**
 * Debian's Chromium, as the project drives it through playwright-core (the site's PDF step and every browser
 * test): where it is, and the flags that keep it off the network. Chromium may only reach 127.0.0.1: the resolver
 * rule makes every other host name fail at once.
 */

/** Where Chromium is: `CHROMIUM_PATH`, or Debian's package. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The flags every Chromium the project starts gets: headless, no sandbox (root in CI), no GPU, nothing but 127.0.0.1. */
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
