import { describe, expect, it } from 'vitest';
import { codeQualityIssue, githubAnnotation, type ContentProblem } from '../../src/content/problems.ts';

const problem: ContentProblem = {
  severity: 'error',
  file: 'content/vacancies/dpo-2024-1/index.en.md',
  line: 11,
  field: 'deadline',
  message: '"19/04/2024" is written day first',
  expected: 'a date, 100% year first, such as "2024-04-19T12:00"',
};

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
      location: { path: 'content/vacancies/dpo-2024-1/index.en.md', lines: { begin: 1 } },
    });
  });
});
