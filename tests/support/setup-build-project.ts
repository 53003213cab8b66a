/** Global setup of the build tests: the fixture sites they read, built once per run while the tests start. */
import type { TestProject } from 'vitest/node';
import { AFTER_PUBLICATION, BASIC, EU_BODIES, SEED, WITHOUT_VACANCIES, fixtureBuildsDone, startFixtureBuilds } from './fixture-sites.ts';

export default function setup(project: TestProject) {
  project.provide('fixtureSites', startFixtureBuilds([BASIC, SEED, AFTER_PUBLICATION, EU_BODIES, WITHOUT_VACANCIES]));
  return fixtureBuildsDone;
}
