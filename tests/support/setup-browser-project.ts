/** Global setup of the browser tests: the fixture sites they visit, built while the tests start, and one Chromium for all of them. */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_LAUNCH } from './chromium.ts';
import { BASIC, EU_BODIES, REFERENCES, WITHOUT_VACANCIES, fixtureBuildsDone, startFixtureBuilds } from './fixture-sites.ts';

export default async function setup(project: TestProject) {
  project.provide('fixtureSites', startFixtureBuilds([BASIC, REFERENCES, EU_BODIES, WITHOUT_VACANCIES]));
  const server = await chromium.launchServer({ ...CHROMIUM_LAUNCH, host: '127.0.0.1' });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return async () => {
    await server.close();
    await fixtureBuildsDone();
  };
}
