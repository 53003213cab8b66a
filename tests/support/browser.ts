/** Debian's Chromium driven by playwright-core, against a fixture site served on loopback. */
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import './chromium.ts';
import { built, type FixtureSite } from './fixture-sites.ts';

// scripts/guide-screenshots.ts drives Chromium outside the tests with these too.
export { CHROMIUM, launchChromium } from '../../scripts/chromium.ts';

export async function serveSite(root: string, basePath: string) {
  const server = await startServer(root, basePath, 0);
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

/** The Chromium of this test run (see setup-browser-project.ts); closing it closes only this file's contexts. */
export function connectChromium(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'), { timeout: 60_000 });
}

/** Serves a fixture site, once built, and connects to Chromium for the tests of one file; both stop after them. */
export function fixtureInChromium(fixture: FixtureSite & { basePath: string }) {
  const session = {} as { browser: Browser; origin: string };
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  beforeAll(async () => {
    await built(fixture);
    site = await serveSite(fixture.out, fixture.basePath);
    session.origin = site.origin;
    session.browser = await connectChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await site?.close();
  });
  return session;
}

/**
 * New pages in browser contexts that the tests of one file share, one context for each set of options.
 * Chromium spends seconds of CPU making and closing a context, a fraction of that on a page: on a busy
 * two-core machine that is most of a browser test's cost. `prepare` sets each new context up (its clock).
 * The size of the window and the media features (dark scheme, forced colours) are set on the page, as
 * Chromium lays out and styles the page alike either way: pages that differ only in them share a context.
 * The tests of a file run one after the other, and every page a test opened is closed after it. A context
 * asked for pages by a second test keeps a blank page open from then on: a page opened in a context that
 * has none costs Chromium about twice the CPU of one opened beside another.
 */
export function sharedContexts(
  browser: () => Browser,
  prepare: (context: BrowserContext, options: BrowserContextOptions) => Promise<void> = async () => {},
) {
  const contexts = new Map<string, Promise<{ context: BrowserContext; blank?: Page }>>();
  const usedByEarlierTests = new Set<string>();
  afterEach(async () => {
    for (const [key, shared] of contexts) {
      usedByEarlierTests.add(key);
      const { context, blank } = await shared;
      await Promise.all(
        context
          .pages()
          .filter((page) => page !== blank)
          .map((page) => page.close()),
      );
    }
  });
  afterAll(async () => {
    await Promise.all([...contexts.values()].map(async (shared) => (await shared).context.close()));
    contexts.clear();
  });
  return async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
    const { viewport, colorScheme, forcedColors, ...contextOptions } = options;
    const key = JSON.stringify(contextOptions);
    if (!contexts.has(key))
      contexts.set(
        key,
        browser()
          .newContext(contextOptions)
          .then(async (context) => (await prepare(context, contextOptions), { context })),
      );
    const shared = await contexts.get(key)!;
    if (usedByEarlierTests.has(key)) shared.blank ??= await shared.context.newPage();
    const page = await shared.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    if (colorScheme || forcedColors) await page.emulateMedia({ colorScheme, forcedColors });
    return page;
  };
}

/** Sets a new context's clock to the instant a fixture was built, where scripts run: its open notices are open. */
export function clockAt(now: string | number) {
  return async (context: BrowserContext, options: BrowserContextOptions) => {
    if (options.javaScriptEnabled !== false) await context.clock.install({ time: new Date(now) });
  };
}
