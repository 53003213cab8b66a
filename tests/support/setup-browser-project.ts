/** Global setup of the browser tests: the fixture sites they visit, and one Chromium for all of them. */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_LAUNCH } from './chromium.ts';
import { BASIC, EU_BODIES, REFERENCES, buildFixtureSites } from './fixture-sites.ts';

export default async function setup(project: TestProject) {
  await buildFixtureSites([BASIC, REFERENCES, EU_BODIES]);
  const server = await chromium.launchServer({ ...CHROMIUM_LAUNCH, host: '127.0.0.1' });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return async () => {
    await server.close();
  };
}
