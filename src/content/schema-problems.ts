/** Turns the notice schema's issues into problems a recruiter can act on. */
import type { z } from 'zod';
import { EXPECTED } from '../schemas/notice.ts';
import type { Frontmatter } from './frontmatter.ts';
import type { ContentProblem } from './problems.ts';
import { closestWord } from './suggestions.ts';
import { wordProcessorProblem } from './typography.ts';

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  return JSON.stringify(value);
}

/** What a field holds, as a message names it: "the date is in curly quotes …". */
function whatIs(field: string | undefined): string {
  if (field === 'published' || field === 'deadline' || field?.endsWith('.date')) return 'the date';
  if (field === 'probationMonths' || field?.startsWith('contractDuration')) return 'the number';
  if (field === 'reference') return 'the reference';
  return 'the value';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/** Turns schema issues into problems that name the line, the field, what was found and what is expected. */
export function schemaProblems(
  error: z.ZodError,
  file: string,
  frontmatter: Frontmatter,
  knownFields: readonly string[],
  expectedOf: (field: string) => string | undefined = (field) => EXPECTED[field],
): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const field = path.filter((key) => typeof key === 'string').join('.') || undefined;
    const topField = typeof path[0] === 'string' ? path[0] : undefined;
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const suggestion = path.length === 0 ? closestWord(key, knownFields) : undefined;
        return {
          severity: 'error',
          file,
          line: frontmatter.lineOf([...path, key]),
          field: [...path, key].join('.'),
          message: suggestion ? `is not a field of a notice; did you mean ${suggestion}?` : 'is not a field of a notice',
          expected: path.length === 0 ? `only these fields: ${knownFields.join(', ')}` : topField && expectedOf(topField),
        };
      });
    }
    const found = valueAt(frontmatter.data, path);
    // A curly quote or a non-breaking space is invisible to the recruiter: naming it comes before the format's message.
    // Our own checks name it themselves, and a title may well have its dash.
    const typography = issue.code !== 'custom' && typeof found === 'string' ? wordProcessorProblem(found, whatIs(field)) : undefined;
    // Our own checks say what they found; the schema's generic ones get the value that was found.
    let message =
      typography ??
      (issue.code === 'custom' ? issue.message : found === undefined ? 'is missing' : `has ${describeValue(found)}, which is not accepted`);
    if (!typography && issue.code === 'invalid_value' && typeof found === 'string') {
      const options = issue.values.map(String);
      const written = found.trim().replace(/\s+/g, '-');
      const suggestion =
        closestWord(written, options) ??
        (written.length >= 3 ? options.find((option) => option.startsWith(written.toLowerCase())) : undefined);
      if (suggestion) message += `; did you mean ${suggestion}?`;
    }
    const expected = (field !== topField && field && EXPECTED[field]) || (topField ? expectedOf(topField) : undefined);
    return [{ severity: 'error', file, line: frontmatter.lineOf(path), field, message, expected }];
  });
}
