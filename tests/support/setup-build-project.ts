/** Global setup of the build tests: the fixture sites they read, built once per run. */
import { AFTER_PUBLICATION, BASIC, EU_BODIES, PUBLISHED, buildFixtureSites } from './fixture-sites.ts';

export default async function setup() {
  await buildFixtureSites([BASIC, PUBLISHED, AFTER_PUBLICATION, EU_BODIES]);
}
