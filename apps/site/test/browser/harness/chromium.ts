/**
 * Debian's Chromium, driven by playwright-core, with the flags that keep it off the network (@strategi/testing).
 *
 * The global setup starts one browser server for the whole run; each test file connects to it
 * over its WebSocket and opens its own contexts (so one file can have JavaScript off). Chromium
 * may only reach 127.0.0.1: the resolver rule makes every other host name fail at once.
 */
import { checkDisabledFeatures, chromiumPath, chromiumTestArgs } from '@strategi/testing/chromium';
import { type Browser, type BrowserServer, chromium } from 'playwright-core';

export { chromiumMissing, chromiumPath } from '@strategi/testing/chromium';

/**
 * Starts the shared browser. playwright-core gives it a fresh temporary profile and removes it on close. The tests'
 * flags leave out the address bar's popups, which kept a renderer busy for every open context.
 */
export async function launchBrowserServer(): Promise<BrowserServer> {
  const server = await chromium.launchServer({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumTestArgs],
    timeout: 30_000,
  });
  try {
    checkDisabledFeatures(server.process().spawnargs);
  } catch (error) {
    await server.close();
    throw error;
  }
  return server;
}

/** Connects a test file to the shared browser. */
export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint, { timeout: 30_000 });
}
