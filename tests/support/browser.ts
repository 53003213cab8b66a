/** Debian's Chromium driven by playwright-core, against a fixture site served on loopback. */
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import './chromium.ts';

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

/** Serves a built fixture site and connects to Chromium for the tests of one file; both stop after them. */
export function fixtureInChromium(fixture: { out: string; basePath: string }) {
  const session = {} as { browser: Browser; origin: string };
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  beforeAll(async () => {
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
