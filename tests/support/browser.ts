/** Debian's Chromium driven by playwright-core, against a fixture site served on loopback. */
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { startServer } from '../../scripts/serve.ts';

export { CHROMIUM, launchChromium } from '../../scripts/chromium.ts';

export async function serveSite(root: string, basePath: string) {
  const server = await startServer(root, basePath, 0);
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

/** Serves a built fixture site and starts Chromium for the tests of one file; both stop after them. */
export function fixtureInChromium(fixture: { out: string; basePath: string }) {
  const session = {} as { browser: Browser; origin: string };
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  beforeAll(async () => {
    site = await serveSite(fixture.out, fixture.basePath);
    session.origin = site.origin;
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await site?.close();
  });
  return session;
}
