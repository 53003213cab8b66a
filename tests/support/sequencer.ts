/**
 * The order the test files start in: first the layers that need no fixture site (the scripts, then the
 * unit tests) while the global setups build the sites, then the browser tests, longest first, and the
 * build tests, which read the sites in a few seconds, last. Vitest's own order runs the projects by name,
 * the browser tests first: both workers waited for the first site while the scripts tests waited for them.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const PROJECTS = ['scripts', 'unit', 'browser', 'build'];

export class NoSitesFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => PROJECTS.indexOf(file.project.name);
    // Within a project, Vitest's order: the files that failed last time, then the longest.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
