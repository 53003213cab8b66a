/** A problem found in the content, told the way a recruiter can act on it. */
export interface ContentProblem {
  severity: 'error' | 'warning';
  /** Path of the file, relative to the project. */
  file: string;
  line?: number;
  /** Frontmatter field, dotted for nested ones ("apply.email"). */
  field?: string;
  /** What was found and what is wrong with it. */
  message: string;
  /** What the field expects. */
  expected?: string;
}

/** The problem without its place: field, what was found, what is expected. */
export function describeProblem(problem: ContentProblem): string {
  const field = problem.field ? `${problem.field}: ` : '';
  const expected = problem.expected ? ` Expected ${problem.expected}.` : '';
  const stop = /[.?!]$/.test(problem.message) ? '' : '.';
  return `${field}${problem.message}${stop}${expected}`;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${problem.severity}: ${where} ${describeProblem(problem)}`;
}

/** A GitHub Actions workflow command, which GitHub shows as an annotation on the line in the pull request. */
export function githubAnnotation(problem: ContentProblem): string {
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    problem.line && `line=${problem.line}`,
    `title=${escapeProperty(problem.field ?? 'notice')}`,
  ];
  return `::${problem.severity} ${properties.filter(Boolean).join(',')}::${escapeData(describeProblem(problem))}`;
}

/** One entry of a GitLab code quality report, which GitLab shows in the merge request. */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'major' | 'minor';
  location: { path: string; lines: { begin: number } };
}

export function codeQualityIssue(problem: ContentProblem, fingerprint: (text: string) => string): CodeQualityIssue {
  return {
    description: describeProblem(problem),
    check_name: `eu-vacancies ${problem.field ?? 'notice'}`,
    fingerprint: fingerprint(`${problem.severity} ${problem.file} ${problem.field ?? ''} ${problem.message}`),
    severity: problem.severity === 'error' ? 'major' : 'minor',
    location: { path: problem.file, lines: { begin: problem.line ?? 1 } },
  };
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(`${errors.length} problem${errors.length === 1 ? '' : 's'} in the content:\n${errors.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
