/**
 * Reads every notice under `content/vacancies/`, validates it against the one
 * notice schema and renders each language version's Markdown once.
 * Every problem is collected, so that a recruiter sees them all at once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { LANGUAGES, isLanguage, type Language } from './languages.ts';
import { readFrontmatter, type Frontmatter } from './frontmatter.ts';
import { renderMarkdown } from './markdown.ts';
import type { ContentProblem } from './problems.ts';
import { EXPECTED, FACT_FIELDS, noticeFactsSchema, translationSchema, type NoticeFacts } from '../schemas/notice.ts';

export interface NoticeVersion {
  language: Language;
  title: string;
  /** Place names in this language, in the order of the facts' locations. */
  places: string[];
  /** Sanitized HTML of the body. */
  html: string;
  file: string;
}

export interface Notice {
  /** The folder's name, used in URLs. */
  slug: string;
  facts: NoticeFacts;
  /** The language of the version that carries the facts. */
  original: Language;
  /** Language versions that exist, the original first. */
  versions: NoticeVersion[];
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The slug a reference gives: DIGIT/COM/2024/461 becomes digit-com-2024-461. */
export function slugOfReference(reference: string): string {
  return reference.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function closestWord(word: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length]!;
  };
  const best = candidates.map((candidate) => ({ candidate, score: distance(word, candidate) })).sort((a, b) => a.score - b.score)[0];
  return best && best.score <= Math.max(2, Math.floor(word.length / 3)) ? best.candidate : undefined;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  return JSON.stringify(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** Turns schema issues into problems that name the line, the field, what was found and what is expected. */
function schemaProblems(error: z.ZodError, file: string, frontmatter: Frontmatter, knownFields: readonly string[]): ContentProblem[] {
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
          expected: path.length === 0 ? `only these fields: ${knownFields.join(', ')}` : topField && EXPECTED[topField],
        };
      });
    }
    const found = valueAt(frontmatter.data, path);
    // Our own checks say what they found; the schema's generic ones get the value that was found.
    const message = issue.code === 'custom' ? issue.message : found === undefined ? 'is missing' : `has ${describeValue(found)}, which is not accepted`;
    return [{ severity: 'error', file, line: frontmatter.lineOf(path), field, message, expected: topField ? EXPECTED[topField] : undefined }];
  });
}

interface ReadVersion {
  language: Language;
  file: string;
  frontmatter: Frontmatter;
}

function readVersions(folder: string, projectDir: string, problems: ContentProblem[]): ReadVersion[] {
  const versions: ReadVersion[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.md')) continue;
    const file = relative(projectDir, join(folder, name));
    const language = name.slice(0, -3);
    if (!isLanguage(language)) {
      problems.push({
        severity: 'error',
        file,
        message: `"${name}" is not named after one of the 24 official EU languages`,
        expected: `a file per language version named with its two-letter code: ${LANGUAGES.map((code) => `${code}.md`).join(', ')}`,
      });
      continue;
    }
    const source = readFileSync(join(folder, name), 'utf8');
    const frontmatter = readFrontmatter(source);
    if (!frontmatter) {
      problems.push({
        severity: 'error',
        file,
        line: 1,
        message: 'has no frontmatter',
        expected: 'the file to start with a line "---", the fields, and another line "---" before the text',
      });
      continue;
    }
    // The first YAML error is the recruiter's mistake; the ones after it are its echoes.
    for (const error of frontmatter.errors.slice(0, 1)) {
      problems.push({
        severity: 'error',
        file,
        line: error.line,
        message: `the frontmatter is not valid YAML: ${error.message}`,
        expected: 'one "field: value" per line, indented with spaces (not tabs), text with a colon in quotes',
      });
    }
    if (frontmatter.errors.length === 0) versions.push({ language, file, frontmatter });
  }
  return versions;
}

function checkTranslation(version: ReadVersion, original: ReadVersion, facts: NoticeFacts, problems: ContentProblem[]) {
  const { data } = version.frontmatter;
  const translation = translationSchema.safeParse(data);
  if (!translation.success) {
    problems.push(...schemaProblems(translation.error, version.file, version.frontmatter, ['title', 'places']));
  }
  for (const key of Object.keys(data)) {
    if (key === 'title' || key === 'places') continue;
    if (!(FACT_FIELDS as string[]).includes(key)) {
      const suggestion = closestWord(key, ['title', 'places', ...FACT_FIELDS]);
      problems.push({
        severity: 'error',
        file: version.file,
        line: version.frontmatter.lineOf([key]),
        field: key,
        message: suggestion ? `is not a field of a notice; did you mean ${suggestion}?` : 'is not a field of a notice',
        expected: 'a translation to carry only title and places (the facts are written once, in the original)',
      });
      continue;
    }
    const restated = noticeFactsSchema.safeParse({ ...original.frontmatter.data, [key]: data[key] });
    const same = restated.success && JSON.stringify(restated.data[key as keyof NoticeFacts]) === JSON.stringify(facts[key as keyof NoticeFacts]);
    if (!same) {
      problems.push({
        severity: 'error',
        file: version.file,
        line: version.frontmatter.lineOf([key]),
        field: key,
        message: `says ${describeValue(data[key])} but the original ${original.file} says ${describeValue(original.frontmatter.data[key])}`,
        expected: `facts to be written only in the original ${original.file}: remove ${key} from this translation`,
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
}

export interface LoadedNotices {
  notices: Notice[];
  problems: ContentProblem[];
}

/** Reads and checks every notice; the notices returned are the valid ones. */
export async function loadNotices(contentDir: string, projectDir = process.cwd()): Promise<LoadedNotices> {
  const problems: ContentProblem[] = [];
  const vacanciesDir = join(contentDir, 'vacancies');
  const folders = readdirSync(vacanciesDir).filter((name) => statSync(join(vacanciesDir, name)).isDirectory()).sort();
  const byReference = new Map<string, string>();
  const pending: { slug: string; facts: NoticeFacts; original: ReadVersion; versions: ReadVersion[] }[] = [];

  for (const slug of folders) {
    const folder = join(vacanciesDir, slug);
    const folderName = relative(projectDir, folder);
    const before = problems.length;
    if (!SLUG.test(slug)) {
      problems.push({
        severity: 'error',
        file: folderName,
        message: `the folder name "${slug}" cannot be used in an address`,
        expected: 'a folder name in lower-case letters, digits and hyphens, made from the reference, such as digit-com-2024-461',
      });
    }
    const versions = readVersions(folder, projectDir, problems);
    const originals = versions.filter((version) => 'reference' in version.frontmatter.data);
    if (originals.length !== 1) {
      if (versions.length > 0 || problems.length === before) {
        problems.push({
          severity: 'error',
          file: folderName,
          field: 'reference',
          message: originals.length === 0
            ? 'no language version carries the facts'
            : `${originals.map((version) => version.file).join(' and ')} all carry the facts`,
          expected: 'exactly one original version, with reference and the other facts; translations carry only title, places and text',
        });
      }
      continue;
    }
    const original = originals[0]!;
    const parsed = noticeFactsSchema.safeParse(original.frontmatter.data);
    if (!parsed.success) {
      problems.push(...schemaProblems(parsed.error, original.file, original.frontmatter, FACT_FIELDS));
      continue;
    }
    const facts = parsed.data;
    const duplicate = byReference.get(facts.reference);
    if (duplicate) {
      problems.push({
        severity: 'error',
        file: original.file,
        line: original.frontmatter.lineOf(['reference']),
        field: 'reference',
        message: `${facts.reference} is already the reference of ${duplicate}`,
        expected: 'a reference that no other notice has',
      });
      continue;
    }
    byReference.set(facts.reference, original.file);
    for (const version of versions) if (version !== original) checkTranslation(version, original, facts, problems);
    if (problems.length === before) pending.push({ slug, facts, original, versions: [original, ...versions.filter((v) => v !== original)] });
  }

  const notices = await Promise.all(
    pending.map(async ({ slug, facts, original, versions }): Promise<Notice> => ({
      slug,
      facts,
      original: original.language,
      versions: await Promise.all(
        versions.map(async (version): Promise<NoticeVersion> => {
          const data = version.frontmatter.data as { title?: string; places?: string[] };
          return {
            language: version.language,
            title: (data.title ?? facts.title).trim(),
            places: data.places ?? facts.locations.map((location) => location.city),
            html: await renderMarkdown(version.frontmatter.body),
            file: version.file,
          };
        }),
      ),
    })),
  );
  return { notices, problems };
}
