/**
 * Reads and checks every notice under `content/vacancies/` without rendering
 * anything: what `npm run check` runs, and the first step of the build. Every
 * problem is collected, so that a recruiter sees them all at once. The text is
 * parsed (never rendered) only to find pictures the page would not show.
 */
import { existsSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { TRANSLATION_FIELDS, FACT_FIELDS, noticeFactsSchema, type NoticeFacts } from '../schemas/notice.ts';
import { arrivalProblems, type Arrival } from './arrival.ts';
import { checkTranslation, checkedAlone } from './checks.ts';
import { originalFingerprint } from './fingerprint.ts';
import { pictureProblems } from './pictures.ts';
import type { ContentProblem } from './problems.ts';
import { noticeFolderEntries, noticeFolders, readAttachments, readVersions, type Attachment, type ReadVersion } from './read.ts';
import { referenceKey } from './reference.ts';
import { schemaProblems } from './schema-problems.ts';
import { slugOfReference } from './slug.ts';
import { emptySectionWarnings, factWarnings, salaryGridWarnings } from './warnings.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A valid notice as read from its folder, its text still Markdown. */
export interface CheckedNotice {
  slug: string;
  facts: NoticeFacts;
  original: ReadVersion;
  /** The original first, then the translations. */
  versions: ReadVersion[];
  fingerprint: string;
  attachments: Attachment[];
}

export interface CheckedContent {
  notices: CheckedNotice[];
  problems: ContentProblem[];
}

export interface CheckOptions {
  /** Checks the deadline of each notice not yet published (npm run check); without it, dates are checked as of any day. */
  arrival?: Arrival;
}

export function checkNotices(contentDir: string, projectDir = process.cwd(), options: CheckOptions = {}): CheckedContent {
  const problems: ContentProblem[] = [];
  const vacanciesDir = join(contentDir, 'vacancies');
  if (!existsSync(vacanciesDir)) {
    problems.push({
      severity: 'error',
      file: relative(projectDir, contentDir) || '.',
      message: `has no folder "vacancies"`,
      expected: `the notices in ${relative(projectDir, vacanciesDir)}/, a folder for each (an empty folder for a site without vacancies); or EU_VACANCIES_CONTENT set to the content folder that has them`,
    });
    return { notices: [], problems };
  }
  /** The first notice of each reference, by what remains of it without case, spacing and punctuation. */
  const byReference = new Map<string, { reference: string; file: string }>();
  const notices: CheckedNotice[] = [];
  const errorsSince = (before: number) => problems.slice(before).some((problem) => problem.severity === 'error');

  for (const slug of noticeFolders(vacanciesDir, projectDir, problems)) {
    const folder = join(vacanciesDir, slug);
    const folderName = relative(projectDir, folder);
    const before = problems.length;
    const entries = noticeFolderEntries(folder, projectDir, problems);
    const versions = readVersions(entries, problems);
    // A file that cannot be read may well be the original: then saying that none is would only echo that error.
    const unreadable = errorsSince(before);
    const attachments = readAttachments(entries, problems);
    const originals = versions.filter((version) => 'reference' in version.frontmatter.data);
    if (!SLUG.test(slug)) {
      const reference = originals[0]?.frontmatter.data.reference;
      // Said first: the folder comes before the files in it.
      problems.splice(before, 0, {
        severity: 'error',
        file: folderName,
        message: `the folder name "${slug}" cannot be used in an address`,
        expected:
          typeof reference === 'string'
            ? `a folder name in lower-case letters, digits and hyphens, made from the reference: ${slugOfReference(reference)} for ${reference.trim()}`
            : 'a folder name in lower-case letters, digits and hyphens, made from the reference, such as digit-com-2024-461',
      });
    }
    if (originals.length !== 1) {
      if (!unreadable) {
        problems.push({
          severity: 'error',
          file: folderName,
          field: 'reference',
          message:
            originals.length === 0
              ? 'no language version has a reference, so none of them is the original that carries the facts'
              : `${originals.map((version) => basename(version.file)).join(' and ')} ${originals.length === 2 ? 'both' : 'all'} have a reference, so each claims to be the original`,
          expected: `exactly one original version, with the reference and the other facts; translations carry only ${TRANSLATION_FIELDS.join(', ')} and the text`,
        });
      }
      continue;
    }
    const original = originals[0]!;
    const parsed = noticeFactsSchema.safeParse(original.frontmatter.data);
    if (!parsed.success) {
      const found = schemaProblems(parsed.error, original.file, original.frontmatter, FACT_FIELDS);
      const alone = checkedAlone(original, new Set(found.map((problem) => problem.field?.split('.')[0])));
      problems.push(...[...found, ...alone].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
      continue;
    }
    const facts = parsed.data;
    const duplicate = byReference.get(referenceKey(facts.reference));
    if (duplicate) {
      problems.push({
        severity: 'error',
        file: original.file,
        line: original.frontmatter.lineOf(['reference']),
        field: 'reference',
        message:
          duplicate.reference === facts.reference
            ? `${facts.reference} is already the reference of ${duplicate.file}`
            : `${facts.reference} is ${duplicate.reference}, the reference of ${duplicate.file}, written differently: references that differ only in case, spacing or punctuation are one selection to candidates and to the search`,
        expected: 'a reference that no other notice has',
      });
      continue;
    }
    byReference.set(referenceKey(facts.reference), { reference: facts.reference, file: original.file });
    if (options.arrival && !options.arrival.isPublished(folder)) {
      const line = original.frontmatter.lineOf(['deadline']);
      problems.push(
        ...arrivalProblems(facts, options.arrival.now).map((problem) => ({
          severity: 'error' as const,
          file: original.file,
          line,
          ...problem,
        })),
      );
    }
    const fingerprint = originalFingerprint(facts.title, original.frontmatter.body);
    const translations = versions.filter((version) => version !== original);
    for (const version of translations) checkTranslation(version, original, facts, fingerprint, problems);
    problems.push(...factWarnings(original, facts, translations.length));
    for (const version of [original, ...translations]) {
      const inText = [...emptySectionWarnings(version), ...pictureProblems(version, attachments)];
      problems.push(...inText.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    }
    if (!errorsSince(before)) notices.push({ slug, facts, original, versions: [original, ...translations], fingerprint, attachments });
  }
  problems.push(...salaryGridWarnings(notices.map((notice) => notice.facts)));
  return { notices, problems };
}
