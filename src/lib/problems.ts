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

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` ${problem.field}:` : '';
  const expected = problem.expected ? ` Expected ${problem.expected}.` : '';
  const stop = /[.?!]$/.test(problem.message) ? '' : '.';
  return `${problem.severity}: ${where}${field} ${problem.message}${stop}${expected}`;
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
