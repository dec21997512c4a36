/**
 * Per test file: a connection to the shared Chromium, and pages in fresh contexts that are closed
 * after each test. Pages collect uncaught script errors so a test can assert there were none.
 */

import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { connectBrowser } from './chromium.ts';

interface OpenedPage {
  page: Page;
  /** Uncaught errors thrown by the page's scripts so far. */
  errors: string[];
}

export interface Site {
  /** `http://127.0.0.1:<port>` of the public build of the real content. */
  readonly publicOrigin: string;
  /** `http://127.0.0.1:<port>` of the preview build of the demonstration in examples/. */
  readonly previewOrigin: string;
  /**
   * A page in a new context; `origin` becomes the context's base URL. The context is closed after the
   * test, or handed to `closeWith` to close when that says: concurrent tests pass their own
   * `onTestFinished` (from the test context) so that one test's end does not close another's pages.
   */
  open(origin: string, options?: BrowserContextOptions, closeWith?: (close: () => Promise<void>) => void): Promise<OpenedPage>;
}

/** Call once at the top of a test file. */
export function useSite(): Site {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await connectBrowser(inject('wsEndpoint'));
  });
  afterEach(async () => {
    await Promise.allSettled(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    publicOrigin: inject('publicOrigin'),
    previewOrigin: inject('previewOrigin'),
    async open(origin, options = {}, closeWith) {
      if (browser === undefined) throw new Error('useSite(): the browser is not connected yet');
      const context = await browser.newContext({ baseURL: origin, viewport: { width: 1280, height: 900 }, ...options });
      if (closeWith) closeWith(() => context.close());
      else contexts.push(context);
      context.setDefaultTimeout(10_000);
      context.setDefaultNavigationTimeout(15_000);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      return { page, errors };
    },
  };
}
