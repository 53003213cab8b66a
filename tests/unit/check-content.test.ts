import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeQualityIssue, githubAnnotation, type ContentProblem } from '../../src/content/problems.ts';

const PROJECT = join(import.meta.dirname, '../..');
const BAD = join(PROJECT, 'tests/fixtures/bad-notices');

/** npm run check on a copy of one bad notice's content, as a CI job would run it. */
function check(fixture: string, env: Record<string, string> = {}) {
  const work = mkdtempSync(join(tmpdir(), 'eu-vacancies-check-'));
  cpSync(join(BAD, fixture), join(work, 'content'), { recursive: true });
  writeFileSync(join(work, 'content/site.yaml'), 'organisation: Test Institution\n');
  const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/check-content.ts')], {
    cwd: work,
    env: { PATH: process.env.PATH, EU_VACANCIES_CONTENT: join(work, 'content'), ...env },
    encoding: 'utf8',
  });
  return { ...result, work };
}

const problem: ContentProblem = {
  severity: 'error',
  file: 'content/vacancies/dpo-2024-1/en.md',
  line: 11,
  field: 'deadline',
  message: '"19/04/2024" is written day first',
  expected: 'a date, 100% year first, such as "2024-04-19T12:00"',
};

describe('npm run check', () => {
  it('fails and names the file, line and field when a notice has an error', () => {
    const { status, stdout } = check('deadline-written-day-first');
    expect(status).toBe(1);
    expect(stdout).toContain('error: content/vacancies/dpo-2024-1/en.md:11 deadline: "19/04/2024" is written day first.');
    expect(stdout).toContain('1 error: fix it before publishing');
  });

  it('passes a notice that has only warnings, and still shows them', () => {
    const { status, stdout } = check('deadline-at-midnight');
    expect(status).toBe(0);
    expect(stdout).toContain('warning: content/vacancies/dpo-2024-1/en.md:11 deadline: 2024-04-19T00:00 is midnight');
    expect(stdout).toContain('The notice is valid and can be published. 1 warning above is worth a look.');
  });

  it('on GitHub Actions, prints annotations that GitHub puts on the lines of the pull request', () => {
    const { stdout } = check('deadline-written-day-first', { GITHUB_ACTIONS: 'true' });
    expect(stdout).toContain(
      '::error file=content/vacancies/dpo-2024-1/en.md,line=11,title=deadline::deadline: "19/04/2024" is written day first.',
    );
  });

  it('on GitLab CI, writes a code quality report that GitLab shows in the merge request', () => {
    const { work } = check('deadline-written-day-first', { GITLAB_CI: 'true' });
    const report = JSON.parse(readFileSync(join(work, 'gl-code-quality-report.json'), 'utf8'));
    expect(report).toEqual([
      expect.objectContaining({
        severity: 'major',
        check_name: 'eu-vacancies deadline',
        location: { path: 'content/vacancies/dpo-2024-1/en.md', lines: { begin: 11 } },
      }),
    ]);
    expect(report[0].fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers within seconds for the published content, since it does not build the site', () => {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: PROJECT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('a problem told to a git host', () => {
  it('escapes what would break a GitHub workflow command', () => {
    expect(githubAnnotation({ ...problem, file: 'a,b:c.md', message: 'one\ntwo' })).toBe(
      '::error file=a%2Cb%3Ac.md,line=11,title=deadline::deadline: one%0Atwo. Expected a date, 100%25 year first, such as "2024-04-19T12:00".',
    );
  });

  it('is a warning annotation without a line when the problem is about a whole file', () => {
    expect(githubAnnotation({ severity: 'warning', file: 'content/vacancies/x/notes.zip', message: 'is big' })).toBe(
      '::warning file=content/vacancies/x/notes.zip,title=notice::is big.',
    );
  });

  it('is a minor code quality issue on GitLab when it is a warning', () => {
    expect(codeQualityIssue({ ...problem, severity: 'warning', line: undefined }, () => 'f')).toEqual({
      description: 'deadline: "19/04/2024" is written day first. Expected a date, 100% year first, such as "2024-04-19T12:00".',
      check_name: 'eu-vacancies deadline',
      fingerprint: 'f',
      severity: 'minor',
      location: { path: 'content/vacancies/dpo-2024-1/en.md', lines: { begin: 1 } },
    });
  });
});
