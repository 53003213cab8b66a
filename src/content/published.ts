/**
 * Which notices are published already: those whose folder is on the branch the
 * site is published from. In a pull request that is its target branch
 * (GITHUB_BASE_REF on GitHub Actions, CI_MERGE_REQUEST_TARGET_BRANCH_NAME on
 * GitLab CI), which the workflows fetch; anywhere else it is what is committed
 * (HEAD), so a notice is new until it is committed. Read with git, run
 * without a shell.
 *
 * Outside a git repository (content downloaded as a zip) nothing tells a new
 * notice from a published one. Every notice is then taken as published, and
 * `npm run check` says once that the dates of new notices were not checked:
 * taking them all as new would refuse every closed notice of the archive, and
 * the check of the pull request, where git is, checks them before they are
 * published. In a pull request, where the check must tell, not being able to
 * is an error saying how to fix the workflow.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type Publication =
  /** Git tells: `isPublished` answers for a notice's folder (an absolute path). */
  | { kind: 'known'; base: string; isPublished: (folder: string) => boolean }
  /** Not in a git repository: every notice is taken as published; `note` says so. */
  | { kind: 'unknown'; note: string }
  /** A pull request whose target branch git cannot see. */
  | { kind: 'failed'; message: string; expected: string };

/** The branch a pull request or merge request targets, when the check runs in one. */
export function targetBranch(env: NodeJS.ProcessEnv): string | undefined {
  return env.GITHUB_BASE_REF || env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME || undefined;
}

type Git = (args: string[], cwd: string) => { ok: true; output: string } | { ok: false; message: string };

const runGit: Git = (args, cwd) => {
  try {
    return {
      ok: true,
      output: execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 }),
    };
  } catch (error) {
    const { code, stderr } = error as NodeJS.ErrnoException & { stderr?: string };
    if (code === 'ENOENT') return { ok: false, message: 'git is not installed' };
    return {
      ok: false,
      message:
        String(stderr ?? '')
          .split('\n')[0]!
          .trim() || (error as Error).message,
    };
  }
};

/** Which notices of the content folder are published, as git tells. */
export function publication(contentDir: string, env: NodeJS.ProcessEnv = process.env, git: Git = runGit): Publication {
  const branch = targetBranch(env);
  const vacanciesDir = join(contentDir, 'vacancies');
  const top = existsSync(contentDir)
    ? git(['rev-parse', '--show-toplevel'], contentDir)
    : { ok: false as const, message: 'no such folder' };
  if (!top.ok) {
    const shown = relative(process.cwd(), contentDir) || '.';
    const why = /not a git repository|no such folder/i.test(top.message)
      ? `${shown} is not in a git repository`
      : `git cannot read ${shown} (${top.message})`;
    if (branch) {
      return {
        kind: 'failed',
        message: `cannot tell new notices from those published on ${branch}: ${why}`,
        expected: 'the check to run in a git checkout of the repository (actions/checkout on GitHub, the usual clone on GitLab)',
      };
    }
    return {
      kind: 'unknown',
      note: `${why}, so new notices cannot be told from published ones: no notice was checked for a deadline already passed or more than two years ahead. The check of a pull request does it.`,
    };
  }
  const root = top.output.trim();
  let base = 'HEAD';
  if (branch) {
    const found = [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`].find(
      (ref) => git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root).ok,
    );
    if (!found) {
      return {
        kind: 'failed',
        message: `cannot tell new notices from those published: the branch ${branch} that this pull request targets is not in the checkout`,
        expected: `the workflow to fetch it before npm run check: fetch-depth: 0 in actions/checkout on GitHub, git fetch origin ${branch} on GitLab (as .github/workflows/check.yml and .gitlab-ci.yml do)`,
      };
    }
    base = found;
  } else if (!git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], root).ok) {
    // A repository without a commit yet: nothing is published.
    return { kind: 'known', base, isPublished: () => false };
  }
  const vacancies = relative(root, join(realpathSync(contentDir), 'vacancies'))
    .split(sep)
    .join('/');
  const listed = git(['ls-tree', '-r', '-z', '--name-only', base, '--', vacancies], root);
  if (!listed.ok)
    return { kind: 'failed', message: `git cannot list ${base}: ${listed.message}`, expected: 'a git checkout that git can read' };
  const published = new Set(
    listed.output
      .split('\0')
      .filter(Boolean)
      .map((path) => path.slice(vacancies.length + 1).split('/')[0]),
  );
  return {
    kind: 'known',
    base,
    isPublished: (folder) => published.has(relative(vacanciesDir, folder).split(sep)[0]),
  };
}
