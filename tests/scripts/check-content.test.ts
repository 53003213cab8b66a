import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNode } from '../support/run-node.ts';
import { SALARY_GRID } from '../../src/site/pay.ts';

const PROJECT = join(import.meta.dirname, '../..');
const BAD = join(PROJECT, 'tests/fixtures/bad-notices');

/**
 * npm run check on a copy of one bad notice's content, as a CI job would run it; `change` alters the copy first.
 * Its clock is the day the salary grid applies from: the grid's yearly warning is tested with the grid.
 */
async function check(fixture: string, env: Record<string, string> = {}, change?: (content: string) => void) {
  const work = mkdtempSync(join(tmpdir(), 'eu-vacancies-check-'));
  cpSync(join(BAD, fixture), join(work, 'content'), { recursive: true });
  change?.(join(work, 'content'));
  writeFileSync(join(work, 'content/site.yaml'), 'organisation: Test Institution\n');
  const result = await runNode([join(PROJECT, 'scripts/check-content.ts')], {
    cwd: work,
    env: {
      PATH: process.env.PATH,
      EU_VACANCIES_CONTENT: join(work, 'content'),
      EU_VACANCIES_NOW: `${SALARY_GRID.appliesFrom}T12:00:00Z`,
      ...env,
    },
  });
  return { ...result, work };
}

describe('npm run check', () => {
  it('fails and names the file, line and field when a notice has an error', async () => {
    const { status, stdout } = await check('deadline-written-day-first');
    expect(status).toBe(1);
    expect(stdout).toContain('error: content/vacancies/dpo-2024-1/index.en.md:11 deadline: "19/04/2024" is written day first.');
    expect(stdout).toContain('1 error: fix it before publishing');
  });

  it('passes a notice that has only warnings, and still shows them', async () => {
    const { status, stdout } = await check('deadline-at-midnight');
    expect(status).toBe(0);
    expect(stdout).toContain('warning: content/vacancies/dpo-2024-1/index.en.md:11 deadline: 2024-04-19T00:00 is midnight');
    expect(stdout).toContain('The notice is valid and can be published. 1 warning above is worth a look.');
  });

  it('refuses content that is not a regular file, such as a symbolic link to /etc/passwd or to nothing, naming it', async () => {
    const { status, stdout, stderr } = await check('notice-without-translation', {}, (content) => {
      symlinkSync('/etc/passwd', join(content, 'vacancies/dpo-2024-1/passwd.pdf'));
      symlinkSync('missing.pdf', join(content, 'vacancies/dpo-2024-1/form.pdf'));
    });
    expect(status).toBe(1);
    expect(stdout).toContain('error: content/vacancies/dpo-2024-1/form.pdf "form.pdf" is a symbolic link to missing.pdf.');
    expect(stdout).toContain('error: content/vacancies/dpo-2024-1/passwd.pdf "passwd.pdf" is a symbolic link to /etc/passwd.');
    expect(stdout).toContain('2 errors: fix them before publishing');
    expect(stdout).not.toContain('root:');
    expect(stderr).toBe('');
  });

  it('on GitHub Actions, prints annotations that GitHub puts on the lines of the pull request', async () => {
    const { stdout } = await check('deadline-written-day-first', { GITHUB_ACTIONS: 'true' });
    expect(stdout).toContain(
      '::error file=content/vacancies/dpo-2024-1/index.en.md,line=11,title=deadline::deadline: "19/04/2024" is written day first.',
    );
  });

  it('on GitLab CI, writes a code quality report that GitLab shows in the merge request', async () => {
    const { work } = await check('deadline-written-day-first', { GITLAB_CI: 'true' });
    const report = JSON.parse(readFileSync(join(work, 'gl-code-quality-report.json'), 'utf8'));
    expect(report).toEqual([
      expect.objectContaining({
        severity: 'major',
        check_name: 'eu-vacancies deadline',
        location: { path: 'content/vacancies/dpo-2024-1/index.en.md', lines: { begin: 11 } },
      }),
    ]);
    expect(report[0].fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts the content published with the project', async () => {
    const { status, stdout } = await runNode(['scripts/check-content.ts'], { cwd: PROJECT });
    expect(status, stdout).toBe(0);
    expect(stdout).toMatch(/notices? (is|are) valid and can be published/);
  });
});
