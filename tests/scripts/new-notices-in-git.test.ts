import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNode } from '../support/run-node.ts';

const PROJECT = join(import.meta.dirname, '../..');
const BAD = join(PROJECT, 'tests/fixtures/bad-notices');
/** Two weeks after the deadline of the notice below, DPO/2024/1: 19 April 2024, 12:00 in Brussels. */
const NOW = '2024-05-01T10:00:00Z';

/** A repository with a content folder, as a recruiter's clone; nothing is committed yet. */
function repository() {
  const work = mkdtempSync(join(tmpdir(), 'eu-vacancies-git-'));
  git(work, 'init', '--quiet', '--initial-branch=main');
  cpSync(join(BAD, 'deadline-at-midnight'), join(work, 'content'), { recursive: true });
  writeFileSync(join(work, 'content/site.yaml'), 'organisation: Test Institution\n');
  return work;
}

function git(cwd: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.name=Recruiter', '-c', 'user.email=jobs@example.eu', ...args], { cwd, stdio: 'ignore' });
}

const commitAll = (work: string, message: string) => {
  git(work, 'add', '--all');
  git(work, 'commit', '--quiet', '--message', message);
};

/** npm run check in the repository, as a recruiter or a CI job runs it; nothing of this test run's CI leaks in. */
const check = (work: string, env: Record<string, string> = {}) =>
  runNode([join(PROJECT, 'scripts/check-content.ts')], { cwd: work, env: { PATH: process.env.PATH, EU_VACANCIES_NOW: NOW, ...env } });

const setDeadline = (work: string, deadline: string) => {
  const file = join(work, 'content/vacancies/dpo-2024-1/index.en.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^deadline: .*$/m, `deadline: "${deadline}"`));
};

describe('npm run check in a git repository', () => {
  it('refuses a new notice whose deadline passed, and accepts the same notice committed and closed since', async () => {
    const work = repository();
    const before = await check(work);
    expect(before.status).toBe(1);
    expect(before.stdout).toContain(
      'error: content/vacancies/dpo-2024-1/index.en.md:11 deadline: 2024-04-19T00:00 (Brussels time) has already passed: a new notice with this deadline would go straight to the archive.',
    );
    commitAll(work, 'Publish DPO/2024/1');
    const after = await check(work);
    expect(after.status, after.stdout).toBe(0);
    expect(after.stdout).toContain('The notice is valid and can be published.');
  });

  it('refuses a new notice whose deadline is more than two years ahead, such as 2207 for 2027', async () => {
    const work = repository();
    setDeadline(work, '2207-04-19T12:00');
    const { status, stdout } = await check(work);
    expect(status).toBe(1);
    expect(stdout).toContain('deadline: 2207-04-19T12:00 is more than 2 years ahead: is the year a typo?');
  });

  it('in a pull request, takes as new what its target branch does not have, even once committed on the pull request’s branch', async () => {
    const work = repository();
    commitAll(work, 'Publish DPO/2024/1');
    git(work, 'checkout', '--quiet', '-b', 'new-notice');
    cpSync(join(work, 'content/vacancies/dpo-2024-1'), join(work, 'content/vacancies/dpo-2024-2'), { recursive: true });
    const file = join(work, 'content/vacancies/dpo-2024-2/index.en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('reference: DPO/2024/1', 'reference: DPO/2024/2'));
    commitAll(work, 'Add DPO/2024/2');

    const { status, stdout } = await check(work, { GITHUB_BASE_REF: 'main' });
    expect(status).toBe(1);
    expect(stdout).toContain(
      'error: content/vacancies/dpo-2024-2/index.en.md:11 deadline: 2024-04-19T00:00 (Brussels time) has already passed',
    );
    // The published notice, closed since, is the archive.
    expect(stdout).not.toContain('error: content/vacancies/dpo-2024-1/');
  });

  it('in a pull request whose target branch was not fetched, says how to fix the workflow', async () => {
    const work = repository();
    commitAll(work, 'Publish DPO/2024/1');
    const { status, stdout } = await check(work, { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'production' });
    expect(status).toBe(1);
    expect(stdout).toContain('the branch production that this pull request targets is not in the checkout');
    expect(stdout).toContain('git fetch origin production');
  });

  it('refuses two references with the same folder name, naming both files', async () => {
    const work = repository();
    for (const [folder, reference] of [
      ['test-2026-1', 'TEST/2026/1'],
      ['test-2026-1-b', 'TEST-2026/1'],
    ]) {
      cpSync(join(work, 'content/vacancies/dpo-2024-1'), join(work, 'content/vacancies', folder!), { recursive: true });
      const file = join(work, 'content/vacancies', folder!, 'index.en.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('reference: DPO/2024/1', `reference: ${reference}`));
    }
    commitAll(work, 'Two notices');
    const { status, stdout } = await check(work);
    expect(status).toBe(1);
    expect(stdout).toContain(
      'error: content/vacancies/test-2026-1-b/index.en.md:2 reference: TEST-2026/1 is TEST/2026/1, the reference of content/vacancies/test-2026-1/index.en.md, written differently',
    );
  });

  it('outside a git repository, says once that new notices could not be told, and checks the rest', async () => {
    const work = mkdtempSync(join(tmpdir(), 'eu-vacancies-zip-'));
    cpSync(join(BAD, 'deadline-at-midnight'), join(work, 'content'), { recursive: true });
    writeFileSync(join(work, 'content/site.yaml'), 'organisation: Test Institution\n');
    const { status, stdout } = await check(work, { EU_VACANCIES_CONTENT: join(work, 'content') });
    expect(status).toBe(0);
    expect(stdout.match(/is not in a git repository/g)).toHaveLength(1);
    expect(stdout).toContain('no notice was checked for a deadline already passed or more than two years ahead');
  });
});
