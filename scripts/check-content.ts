/**
 * npm run check: validates every notice without building the site and prints
 * every problem at once. Exits non-zero when there is an error; warnings are
 * printed and never block. A notice not yet published (not on the branch the
 * site is published from, see src/content/published.ts) must also have its
 * deadline ahead, within two years.
 *
 * On GitHub Actions (GITHUB_ACTIONS=true) problems are printed as workflow
 * commands, which GitHub shows as annotations on the lines of the pull request.
 * On GitLab CI (GITLAB_CI set) they are also written as a code quality report,
 * gl-code-quality-report.json, which GitLab shows in the merge request.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkNotices } from '../src/content/check.ts';
import { codeQualityIssue, formatProblem, githubAnnotation, type ContentProblem } from '../src/content/problems.ts';
import { publication } from '../src/content/published.ts';
import { readSiteSettings } from '../src/site/settings.ts';
import { buildNow, contentDir } from '../src/site/environment.ts';
import { scriptFlags, tellFailures } from './cli.ts';

const USAGE = `Usage: npm run check

Checks every notice of the content folder without building the site, and prints
every problem with its file, line and field. Exits with 1 when there is an error;
warnings never block. A notice not yet published (not committed, or in a pull
request not on its target branch) must have its deadline ahead, within two years.

  --help   print this help

Environment: EU_VACANCIES_CONTENT (the content folder, default content), EU_VACANCIES_NOW
(the instant taken as now, such as 2024-05-01T10:00:00Z). On GitHub Actions problems are
annotations of the pull request; on GitLab CI also gl-code-quality-report.json.`;

tellFailures('npm run check');
scriptFlags(USAGE, { options: { help: { type: 'boolean', short: 'h' } } });

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const dir = contentDir();
try {
  readSiteSettings(dir);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const now = buildNow();
const published = publication(dir);
const arrival = published.kind === 'known' ? { now, isPublished: published.isPublished } : undefined;
const { notices, problems } = checkNotices(dir, process.cwd(), { arrival });
if (published.kind === 'failed') {
  const fixTheWorkflow: ContentProblem = {
    severity: 'error',
    file: relative(process.cwd(), dir) || '.',
    message: published.message,
    expected: published.expected,
  };
  problems.unshift(fixTheWorkflow);
}
if (published.kind === 'unknown') console.log(`note: ${published.note}\n`);

const onGitHub = process.env.GITHUB_ACTIONS === 'true';
for (const problem of problems) console.log(onGitHub ? githubAnnotation(problem) : formatProblem(problem));
if (process.env.GITLAB_CI) {
  const fingerprint = (text: string) => createHash('sha256').update(text).digest('hex');
  writeFileSync(
    'gl-code-quality-report.json',
    `${JSON.stringify(
      problems.map((problem) => codeQualityIssue(problem, fingerprint)),
      null,
      2,
    )}\n`,
  );
}

const errors = problems.filter((problem) => problem.severity === 'error').length;
const warnings = problems.length - errors;
const worthALook = warnings ? ` ${plural(warnings, 'warning')} above ${warnings === 1 ? 'is' : 'are'} worth a look.` : '';
if (errors > 0) {
  console.log(
    `\n${plural(errors, 'error')}: fix ${errors === 1 ? 'it' : 'them'} before publishing; the site is not built while there is an error.${worthALook}`,
  );
  process.exit(1);
}
const valid = notices.length === 1 ? 'The notice is valid' : `All ${notices.length} notices are valid`;
console.log(`${warnings ? '\n' : ''}${valid} and can be published.${worthALook}`);
