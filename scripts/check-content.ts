/**
 * npm run check: validates every notice without building the site and prints
 * every problem at once. Exits non-zero when there is an error; warnings are
 * printed and never block.
 *
 * On GitHub Actions (GITHUB_ACTIONS=true) problems are printed as workflow
 * commands, which GitHub shows as annotations on the lines of the pull request.
 * On GitLab CI (GITLAB_CI set) they are also written as a code quality report,
 * gl-code-quality-report.json, which GitLab shows in the merge request.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { checkNotices } from '../src/content/check.ts';
import { codeQualityIssue, formatProblem, githubAnnotation } from '../src/content/problems.ts';
import { readSiteSettings } from '../src/site/settings.ts';
import { contentDir } from '../src/site/environment.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const dir = contentDir();
try {
  readSiteSettings(dir);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { notices, problems } = checkNotices(dir);

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
