/**
 * Per test file: a connection to the shared Chromium, and pages that collect uncaught script errors so a test can
 * assert there were none.
 *
 * A page a test opened goes back to the worker's pool when the test ends, and the next test that asks for a page of the
 * same origin and context options gets it, set to its viewport, with no errors recorded: a new context and page cost
 * Chromium about three times a page load (a renderer to start, the page's protocol set up), and most tests read one or
 * two pages. The pool and the connection outlive a file, since a worker keeps its modules from file to file
 * (vitest.browser.config.ts); the global teardown closes the browser under them. The site keeps nothing in cookies or
 * storage, and every test navigates before it reads. A page whose test failed is closed instead, so that a failure
 * cannot leave a half-done page to the next test.
 */

import { axeInEveryPage } from '@strategi/testing/axe';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { connectBrowser } from './chromium.ts';

/** A context's options, and whether every page it loads is for axe scans (axe put in each document as it loads). */
type PageOptions = BrowserContextOptions & { axe?: boolean };

interface OpenedPage {
  page: Page;
  /** Uncaught errors thrown by the page's scripts since it was handed to the test. */
  errors: string[];
}

export interface Site {
  /** `http://127.0.0.1:<port>` of the public build of the real content. */
  readonly publicOrigin: string;
  /** `http://127.0.0.1:<port>` of the preview build of the demonstration in examples/. */
  readonly previewOrigin: string;
  /**
   * A page whose context has `origin` as its base URL and `options` (the viewport 1280 × 900 unless they give one).
   * It is the test's until the test ends, or, given `closeWith`, in a context of its own that is closed when that
   * says: concurrent tests pass their own `onTestFinished` (from the test context) so that one test's end does not
   * take another's pages. With `axe`, the context puts axe in every page it loads (axeInEveryPage): for pages that are
   * all scanned, never pooled with pages that are not.
   */
  open(origin: string, options?: PageOptions, closeWith?: (close: () => Promise<void>) => void): Promise<OpenedPage>;
}

interface PooledPage {
  key: string;
  context: BrowserContext;
  page: Page;
  /** Where the page's error listener writes: a new list for each test that gets the page. */
  errors: string[];
}

const defaultViewport = { width: 1280, height: 900 };

/** The worker's connection to the shared browser, made by the first file that asks. */
let connection: Promise<Browser> | undefined;
/** Pages no test holds, by origin and context options, for every file the worker runs. */
const idle: PooledPage[] = [];

/** Call once at the top of a test file. */
export function useSite(): Site {
  let browser: Browser | undefined;
  /** Pages the running test holds. */
  const held: PooledPage[] = [];
  /** The contexts of pages handed out with `closeWith`, if their closer has not run by the end of the file. */
  const ownContexts: BrowserContext[] = [];

  beforeAll(async () => {
    connection ??= connectBrowser(inject('wsEndpoint'));
    browser = await connection;
  });
  afterEach(async ({ task }) => {
    const released = held.splice(0);
    if (task.result?.state === 'fail') {
      await Promise.allSettled(released.map((pooled) => pooled.context.close()));
    } else {
      idle.push(...released);
    }
  });
  afterAll(async () => {
    await Promise.allSettled(ownContexts.map((context) => context.close()));
  });

  async function newPage(origin: string, { axe, ...options }: PageOptions): Promise<{ context: BrowserContext; page: Page }> {
    if (browser === undefined) throw new Error('useSite(): the browser is not connected yet');
    const context = await browser.newContext({ baseURL: origin, viewport: defaultViewport, ...options });
    if (axe) await axeInEveryPage(context);
    context.setDefaultTimeout(10_000);
    context.setDefaultNavigationTimeout(15_000);
    return { context, page: await context.newPage() };
  }

  return {
    publicOrigin: inject('publicOrigin'),
    previewOrigin: inject('previewOrigin'),
    async open(origin, options = {}, closeWith) {
      if (closeWith) {
        const { context, page } = await newPage(origin, options);
        ownContexts.push(context);
        closeWith(() => context.close());
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        return { page, errors };
      }
      // The viewport is set on the page; everything else the context holds (JavaScript on or off, axe …) is in the key.
      const { viewport, ...rest } = options;
      const key = JSON.stringify([origin, rest]);
      const index = idle.findIndex((pooled) => pooled.key === key);
      let pooled: PooledPage;
      if (index >= 0) {
        pooled = idle.splice(index, 1)[0]!;
        await pooled.page.setViewportSize(viewport ?? defaultViewport);
        pooled.errors = [];
      } else {
        const { context, page } = await newPage(origin, options);
        const created: PooledPage = { key, context, page, errors: [] };
        page.on('pageerror', (error) => created.errors.push(error.message));
        pooled = created;
      }
      held.push(pooled);
      return { page: pooled.page, errors: pooled.errors };
    },
  };
}
