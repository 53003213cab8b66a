/** Checks of a notice beyond its schema: deadline and grade on their own, and each translation against the original. */
import { basename } from 'node:path';
import { EXPECTED, FACT_FIELDS, TRANSLATION_FIELDS, noticeFactsSchema, translationSchema, type NoticeFacts } from '../schemas/notice.ts';
import { parseDeadline } from './deadline.ts';
import { parseGrade } from './grade.ts';
import type { ContentProblem } from './problems.ts';
import type { ReadVersion } from './read.ts';
import { describeValue, schemaProblems } from './schema-problems.ts';
import { closestWord } from './suggestions.ts';

/**
 * The deadline and the grade, checked on their own. The schema checks them
 * only once every other fact is valid; a recruiter should not have to fix a
 * staff category to learn that the deadline is written day first.
 */
export function checkedAlone(original: ReadVersion, reported: Set<string | undefined>): ContentProblem[] {
  const { data } = original.frontmatter;
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) =>
    problems.push({
      severity: 'error',
      file: original.file,
      line: original.frontmatter.lineOf([field]),
      field,
      message,
      expected: EXPECTED[field],
    });
  if (!reported.has('deadline') && !reported.has('timezone') && typeof data.deadline === 'string') {
    const deadline = parseDeadline(data.deadline, typeof data.timezone === 'string' ? data.timezone : undefined);
    if (!deadline.ok) problem('deadline', deadline.message);
  }
  if (!reported.has('grade') && (typeof data.grade === 'string' || Array.isArray(data.grade))) {
    const grade = parseGrade(data.grade as string | string[]);
    if (!grade.ok) problem('grade', grade.message);
  }
  return problems;
}

/** Checks facts as the loader does, without a file: how npm run new checks each answer. */
export function factProblems(data: Record<string, unknown>): ContentProblem[] {
  const parsed = noticeFactsSchema.safeParse(data);
  if (parsed.success) return [];
  return schemaProblems(parsed.error, '', { data, body: '', errors: [], lineOf: () => 1 }, FACT_FIELDS);
}

const translationExpected = (field: string) => EXPECTED[field === 'corrigenda' ? 'translatedCorrigenda' : field];

export function checkTranslation(
  version: ReadVersion,
  original: ReadVersion,
  facts: NoticeFacts,
  fingerprint: string,
  problems: ContentProblem[],
) {
  const { data } = version.frontmatter;
  const translation = translationSchema.safeParse(data);
  if (!translation.success) {
    problems.push(...schemaProblems(translation.error, version.file, version.frontmatter, TRANSLATION_FIELDS, translationExpected));
  }
  for (const key of Object.keys(data)) {
    if ((TRANSLATION_FIELDS as string[]).includes(key)) continue;
    if (!(FACT_FIELDS as string[]).includes(key)) {
      const suggestion = closestWord(key, [...TRANSLATION_FIELDS, ...FACT_FIELDS]);
      problems.push({
        severity: 'error',
        file: version.file,
        line: version.frontmatter.lineOf([key]),
        field: key,
        message: suggestion ? `is not a field of a notice; did you mean ${suggestion}?` : 'is not a field of a notice',
        expected: `a translation to carry only ${TRANSLATION_FIELDS.join(', ')} (the facts are written once, in the original)`,
      });
      continue;
    }
    const restated = noticeFactsSchema.safeParse({ ...original.frontmatter.data, [key]: data[key] });
    const same =
      restated.success && JSON.stringify(restated.data[key as keyof NoticeFacts]) === JSON.stringify(facts[key as keyof NoticeFacts]);
    if (!same) {
      problems.push({
        severity: 'error',
        file: version.file,
        line: version.frontmatter.lineOf([key]),
        field: key,
        message: `says ${describeValue(data[key])} but the original ${basename(original.file)} says ${describeValue(original.frontmatter.data[key])}`,
        expected: `facts to be written only in the original ${basename(original.file)}: remove ${key} from this translation`,
      });
    }
  }
  const places = translation.success ? translation.data.places : undefined;
  if (places && places.length !== facts.locations.length) {
    problems.push({
      severity: 'error',
      file: version.file,
      line: version.frontmatter.lineOf(['places']),
      field: 'places',
      message: `names ${places.length} place${places.length === 1 ? '' : 's'} but the original has ${facts.locations.length}`,
      expected: EXPECTED.places,
    });
  }
  const corrigenda = translation.success ? translation.data.corrigenda : undefined;
  const originalCorrigenda = facts.corrigenda?.length ?? 0;
  if (corrigenda && corrigenda.length > originalCorrigenda) {
    problems.push({
      severity: 'error',
      file: version.file,
      line: version.frontmatter.lineOf(['corrigenda']),
      field: 'corrigenda',
      message: `translates ${corrigenda.length} correction${corrigenda.length === 1 ? '' : 's'} but ${basename(original.file)} has ${originalCorrigenda || 'none'}`,
      expected: `${EXPECTED.translatedCorrigenda}; the dated corrections themselves go in the original`,
    });
  }
  if (!translation.success) return;
  const originalName = basename(original.file);
  const translatedFrom = translation.data.translatedFrom;
  if (translatedFrom === undefined) {
    problems.push({
      severity: 'warning',
      file: version.file,
      line: version.frontmatter.lineOf(['title']),
      field: 'translatedFrom',
      message: `is missing, so nobody can tell when this translation falls behind ${originalName}`,
      expected: `translatedFrom: ${fingerprint} if this translation matches the current ${originalName}`,
    });
  } else if (translatedFrom !== fingerprint) {
    problems.push({
      severity: 'warning',
      file: version.file,
      line: version.frontmatter.lineOf(['translatedFrom']),
      field: 'translatedFrom',
      message: `says ${translatedFrom}, but ${originalName} has changed since this translation was made from it`,
      expected: `the translation updated with what changed in ${originalName} (its history on the git host shows the changes), then translatedFrom: ${fingerprint}`,
    });
  }
}
