import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arrivalProblems } from '../../src/content/arrival.ts';
import { checkNotices } from '../../src/content/check.ts';
import { parseDeadline } from '../../src/content/deadline.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { publication } from '../../src/content/published.ts';

/** 19 April 2024, 10:00 in Brussels. */
const NOW = Date.parse('2024-04-19T08:00:00Z');
const deadline = (local: string, zone = 'Europe/Brussels') => {
  const parsed = parseDeadline(local, zone);
  if (!parsed.ok) throw new Error(parsed.message);
  return { deadline: parsed.value };
};

describe('the deadline of a new notice', () => {
  it('is accepted when it is ahead, within two years', () => {
    expect(arrivalProblems(deadline('2024-04-19T12:00'), NOW)).toEqual([]);
    expect(arrivalProblems(deadline('2026-04-19T10:00'), NOW)).toEqual([]);
  });

  it('is an error when it has already passed, even by a minute', () => {
    expect(arrivalProblems(deadline('2024-04-19T09:59'), NOW)).toEqual([
      {
        field: 'deadline',
        message: '2024-04-19T09:59 (Brussels time) has already passed: a new notice with this deadline would go straight to the archive',
        expected: 'a deadline still ahead, after 2024-04-19T10:00 Brussels time (is the year or the month a typo?)',
      },
    ]);
  });

  it('is an error when it is more than two years ahead, such as 2207 for 2027', () => {
    expect(arrivalProblems(deadline('2207-04-19T12:00'), NOW)).toEqual([
      {
        field: 'deadline',
        message: '2207-04-19T12:00 is more than 2 years ahead: is the year a typo?',
        expected: 'a deadline before 2026-04-19T10:00, at most 2 years after today',
      },
    ]);
    expect(arrivalProblems(deadline('2026-04-19T10:01'), NOW)).toHaveLength(1);
  });

  it('is read in its own time zone', () => {
    // 09:30 in Lisbon is 10:30 in Brussels: still ahead.
    expect(arrivalProblems(deadline('2024-04-19T09:30', 'Europe/Lisbon'), NOW)).toEqual([]);
    expect(arrivalProblems(deadline('2024-04-19T08:30', 'Europe/Lisbon'), NOW)[0]!.message).toContain('(Lisbon time) has already passed');
  });
});

describe('npm run check on notices new and published', () => {
  const BAD = join(import.meta.dirname, '../fixtures/bad-notices');
  // One notice, DPO/2024/1, whose deadline is 19 April 2024 at 12:00 in Brussels.
  const content = () => {
    const dir = mkdtempSync(join(tmpdir(), 'eu-vacancies-arrival-'));
    cpSync(join(BAD, 'deadline-soon-after-publication'), dir, { recursive: true });
    return dir;
  };
  const errors = (dir: string, now: string, published: string[]) =>
    checkNotices(dir, dir, { arrival: { now: Date.parse(now), isPublished: (folder) => published.includes(basename(folder)) } })
      .problems.filter((problem) => problem.severity === 'error')
      .map(formatProblem);

  it('refuses a new notice whose deadline has passed', () => {
    expect(errors(content(), '2024-05-01T10:00:00Z', [])).toEqual([
      expect.stringMatching(
        /^error: vacancies\/dpo-2024-1\/index\.en\.md:\d+ deadline: 2024-04-19T12:00 \(Brussels time\) has already passed/,
      ),
    ]);
  });

  it('keeps the same notice, published and closed since, in the archive', () => {
    expect(errors(content(), '2024-05-01T10:00:00Z', ['dpo-2024-1'])).toEqual([]);
  });

  it('checks dates as of any day when it is not told which notices are new', () => {
    expect(checkNotices(content(), undefined).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});

describe('which notices are published, as git tells', () => {
  type Answer = { ok: true; output: string } | { ok: false; message: string };
  /** A git that answers from a table of commands, and says "not a git repository" to anything else. */
  const fakeGit =
    (answers: Record<string, string | false>) =>
    (args: string[]): Answer => {
      const answer = answers[args.join(' ')];
      if (answer === undefined) return { ok: false, message: 'fatal: not a git repository (or any of the parent directories): .git' };
      return answer === false ? { ok: false, message: 'fatal: bad revision' } : { ok: true, output: answer };
    };
  const dir = mkdtempSync(join(tmpdir(), 'eu-vacancies-published-'));
  const top = { 'rev-parse --show-toplevel': `${dir}\n` };

  it('takes what is committed as published, locally', () => {
    const git = fakeGit({
      ...top,
      'rev-parse --verify --quiet HEAD^{commit}': 'abc\n',
      'ls-tree -r -z --name-only HEAD -- vacancies': 'vacancies/dpo-2024-1/index.en.md\0vacancies/dpo-2024-1/index.fr.md\0',
    });
    const found = publication(dir, {}, git);
    expect(found.kind === 'known' && found.isPublished(join(dir, 'vacancies/dpo-2024-1'))).toBe(true);
    expect(found.kind === 'known' && found.isPublished(join(dir, 'vacancies/dpo-2024-2'))).toBe(false);
  });

  it('takes what is on the target branch as published, in a pull request', () => {
    const git = fakeGit({
      ...top,
      'rev-parse --verify --quiet refs/remotes/origin/main^{commit}': 'abc\n',
      'ls-tree -r -z --name-only refs/remotes/origin/main -- vacancies': 'vacancies/dpo-2024-1/index.en.md\0',
    });
    const found = publication(dir, { GITHUB_BASE_REF: 'main' }, git);
    expect(found).toMatchObject({ kind: 'known', base: 'refs/remotes/origin/main' });
  });

  it('says how to fix the workflow when the target branch was not fetched', () => {
    const git = fakeGit({ ...top, 'rev-parse --verify --quiet refs/remotes/origin/main^{commit}': false });
    expect(publication(dir, { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' }, git)).toMatchObject({
      kind: 'failed',
      expected: expect.stringContaining('git fetch origin main'),
    });
  });

  it('takes every notice as published outside a git repository, and says so', () => {
    const found = publication(dir, {}, fakeGit({}));
    expect(found).toMatchObject({ kind: 'unknown', note: expect.stringContaining('is not in a git repository') });
  });

  it('takes nothing as published in a repository without a commit', () => {
    const found = publication(dir, {}, fakeGit({ ...top, 'rev-parse --verify --quiet HEAD^{commit}': false }));
    expect(found.kind === 'known' && found.isPublished(join(dir, 'vacancies/dpo-2024-1'))).toBe(false);
  });
});
