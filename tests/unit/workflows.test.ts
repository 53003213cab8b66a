import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const PROJECT = join(import.meta.dirname, '../..');
const read = (path: string) => parse(readFileSync(join(PROJECT, path), 'utf8'));
type Step = { uses?: string; run?: string; env?: Record<string, string> };
const commands = (steps: Step[]) => steps.map((step) => step.run ?? step.uses);

describe('the GitHub workflows', () => {
  it('check and test every pull request with Node 24 and Debian Chromium, building the content once', () => {
    const workflow = read('.github/workflows/check.yml');
    expect(Object.keys(workflow.on)).toContain('pull_request');
    const job = workflow.jobs.check;
    expect(job.container).toBe('node:24-bookworm');
    const steps = commands(job.steps);
    expect(steps.indexOf('npm run check')).toBeGreaterThan(steps.indexOf('npm ci --no-audit --no-fund'));
    // npm test builds only its fixtures: the content is built by a step of its own, once.
    expect(steps.filter((step) => step === 'npm run build')).toHaveLength(1);
    expect(steps.indexOf('npm run build')).toBeGreaterThan(steps.indexOf('npm run check'));
    expect(steps.indexOf('npm test')).toBeGreaterThan(steps.indexOf('npm run build'));
    expect(steps.some((step) => step?.includes('apt-get install') && step.includes('chromium'))).toBe(true);
  });

  it('fetch the branch a pull request targets, by which npm run check tells a new notice', () => {
    const checkout = read('.github/workflows/check.yml').jobs.check.steps.find((step: Step) => step.uses?.startsWith('actions/checkout@'));
    // Every branch, origin/<base> among them; the default fetches only the merge commit.
    expect(checkout.with['fetch-depth']).toBe(0);
  });

  it('publish to GitHub Pages on every merge to main and every night', () => {
    const workflow = read('.github/workflows/publish.yml');
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const build = commands(workflow.jobs.build.steps);
    expect(build).toContain('npm run build');
    expect(build.some((step) => step?.startsWith('actions/upload-pages-artifact@'))).toBe(true);
    expect(workflow.jobs.build.steps.find((step: Step) => step.run === 'npm run build').env).toMatchObject({
      SITE_URL: expect.any(String),
      BASE_PATH: expect.any(String),
    });
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(commands(workflow.jobs.deploy.steps).some((step) => step?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});

describe('the GitLab pipeline', () => {
  const pipeline = read('.gitlab-ci.yml');

  it('checks merge requests with a code quality report, then tests them, building the content once', () => {
    expect(pipeline.check.script).toEqual(['npm run check', 'npm run build']);
    expect(pipeline.check.artifacts.reports.codequality).toBe('gl-code-quality-report.json');
    expect(pipeline.test.script).toContain('npm test');
    expect(pipeline.test.script).not.toContain('npm run build');
    for (const job of [pipeline.check, pipeline.test]) expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(pipeline.default.image).toBe('node:24-bookworm');
  });

  it('fetches the branch a merge request targets before anything runs, by which npm run check tells a new notice', () => {
    const fetch = pipeline.default.before_script.find((line: string) => line.includes('git fetch'));
    expect(fetch).toContain('refs/remotes/origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME');
    expect(pipeline.default.before_script.indexOf(fetch)).toBeLessThan(
      pipeline.default.before_script.findIndex((line: string) => line.startsWith('npm ci')),
    );
  });

  it('publishes to GitLab Pages from the default branch and from the nightly schedule', () => {
    expect(pipeline.pages.script).toContain('npm run build');
    expect(pipeline.pages.artifacts.paths).toEqual(['public']);
    expect(pipeline.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }, { if: '$CI_PIPELINE_SOURCE == "schedule"' }]);
  });
});
