/**
 * Reads every notice under `content/vacancies/`, validates it against the one
 * notice schema and renders each language version's Markdown once.
 * Every problem is collected, so that a recruiter sees them all at once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { z } from 'zod';
import { LANGUAGES, isLanguage, type Language } from './languages.ts';
import { readFrontmatter, type Frontmatter } from './frontmatter.ts';
import { renderMarkdown } from './markdown.ts';
import type { ContentProblem } from './problems.ts';
import { originalFingerprint } from './translations.ts';
import { parseDeadline } from './deadline.ts';
import { parseGrade } from './grade.ts';
import { EXPECTED, FACT_FIELDS, TRANSLATION_FIELDS, noticeFactsSchema, translationSchema, type NoticeFacts } from '../schemas/notice.ts';

export interface NoticeVersion {
  language: Language;
  title: string;
  /** Place names in this language, in the order of the facts' locations. */
  places: string[];
  /** Sanitized HTML of the body. */
  html: string;
  file: string;
  /** For a translation: the fingerprint of the original it was made from, when it says. */
  translatedFrom?: string;
  /** For a translation: the translated texts of the original's corrigenda, in their order. */
  corrigenda?: string[];
}

/** A document published with the notice, kept next to its language files. */
export interface Attachment {
  /** File name, also its name in the built site. */
  name: string;
  /** Absolute path of the file in the content. */
  source: string;
  bytes: number;
  /** Upper-case extension, which readers know as the file's type: PDF, DOCX, ODT. */
  type: string;
}

export interface Notice {
  /** The folder's name, used in URLs. */
  slug: string;
  facts: NoticeFacts;
  /** The language of the version that carries the facts. */
  original: Language;
  /** Language versions that exist, the original first. */
  versions: NoticeVersion[];
  /** Fingerprint of the original's title and text; an up-to-date translation has it as translatedFrom. */
  fingerprint: string;
  /** Documents in the notice's folder, by name. */
  attachments: Attachment[];
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Documents a notice may carry: office and PDF files and photos, nothing a browser would run. */
export const ATTACHMENT_TYPES = ['pdf', 'docx', 'doc', 'odt', 'rtf', 'xlsx', 'xls', 'ods', 'pptx', 'ppt', 'odp', 'png', 'jpg', 'jpeg'] as const;
const ATTACHMENT_NAME = /^[a-z0-9]+([._-][a-z0-9]+)*$/;
/** Larger documents are slow to fetch on a phone; they are published, with a warning. */
const LARGE_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Fewer days than this between publication and deadline is legal but leaves candidates little time. */
export const MINIMUM_APPLICATION_DAYS = 10;

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
function schemaProblems(
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
    // Our own checks say what they found; the schema's generic ones get the value that was found.
    let message = issue.code === 'custom' ? issue.message : found === undefined ? 'is missing' : `has ${describeValue(found)}, which is not accepted`;
    if (issue.code === 'invalid_value' && typeof found === 'string') {
      const options = issue.values.map(String);
      const written = found.trim().replace(/\s+/g, '-');
      const suggestion = closestWord(written, options) ?? (written.length >= 3 ? options.find((option) => option.startsWith(written.toLowerCase())) : undefined);
      if (suggestion) message += `; did you mean ${suggestion}?`;
    }
    const expected = (field !== topField && field && EXPECTED[field]) || (topField ? expectedOf(topField) : undefined);
    return [{ severity: 'error', file, line: frontmatter.lineOf(path), field, message, expected }];
  });
}

/**
 * The deadline and the grade, checked on their own. The schema checks them
 * only once every other fact is valid; a recruiter should not have to fix a
 * staff category to learn that the deadline is written day first.
 */
function checkedAlone(original: ReadVersion, reported: Set<string | undefined>): ContentProblem[] {
  const { data } = original.frontmatter;
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) =>
    problems.push({ severity: 'error', file: original.file, line: original.frontmatter.lineOf([field]), field, message, expected: EXPECTED[field] });
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

const YAML_EXPECTED = 'one "field: value" per line, indented with spaces (not tabs), text with a colon in quotes';

/** What the YAML parser's most frequent complaints mean for someone who just typed a notice. */
function plainYamlError(error: { code: string; message: string }): { message: string; expected: string } {
  switch (error.code) {
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: 'the frontmatter cannot be read here: a field has no space after its colon, such as title:Officer',
        expected: 'a space after the colon of every field, such as title: Officer',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        message: 'the frontmatter cannot be read here: a value has a colon followed by a space, or a line is indented further than the field above it',
        expected: 'text with a colon in quotes, such as title: "Data Protection: Officer", and the lines of a group indented by the same spaces',
      };
    case 'TAB_AS_INDENT':
      return { message: 'the frontmatter cannot be read here: this line is indented with a tab', expected: 'indentation with spaces only, two per level' };
    case 'DUPLICATE_KEY':
      return { message: 'the frontmatter cannot be read here: this field is written a second time', expected: 'each field once: keep one of the two lines' };
    case 'MISSING_CHAR':
      return /quote/.test(error.message)
        ? { message: 'the frontmatter cannot be read here: a quotation mark opened above is never closed', expected: 'text between two quotation marks on the same line, such as title: "Data Protection Officer"' }
        : { message: 'the frontmatter cannot be read here: this line of a list does not start with "- "', expected: 'each item of a list on its own line, starting with "- " at the same indentation' };
    case 'BAD_SCALAR_START':
      return { message: 'the frontmatter cannot be read here: a value starts with a sign YAML reserves (@, `, %, *, &, !, | or >)', expected: 'that value in quotes, such as "@CERT_EU"' };
    case 'NOT_FIELDS':
      return { message: 'the frontmatter is not a list of fields: is there a space missing after a colon?', expected: 'one "field: value" per line, with a space after each colon, such as title: Data Protection Officer' };
    default:
      return { message: `the frontmatter cannot be read here: ${error.message.charAt(0).toLowerCase()}${error.message.slice(1)}`, expected: YAML_EXPECTED };
  }
}

interface ReadVersion {
  language: Language;
  file: string;
  frontmatter: Frontmatter;
  /** Line of the file on which the body starts. */
  bodyLine: number;
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
        ...plainYamlError(error),
      });
    }
    const bodyLine = source.slice(0, source.length - frontmatter.body.length).split('\n').length;
    if (frontmatter.errors.length === 0) versions.push({ language, file, frontmatter, bodyLine });
  }
  return versions;
}

const translationExpected = (field: string) => EXPECTED[field === 'corrigenda' ? 'translatedCorrigenda' : field];

function checkTranslation(version: ReadVersion, original: ReadVersion, facts: NoticeFacts, fingerprint: string, problems: ContentProblem[]) {
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
    const same = restated.success && JSON.stringify(restated.data[key as keyof NoticeFacts]) === JSON.stringify(facts[key as keyof NoticeFacts]);
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

/** Days from one calendar date to another, both "YYYY-MM-DD". */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What is allowed but most likely a slip: warned about, never blocking. */
function factWarnings(original: ReadVersion, facts: NoticeFacts, translations: number): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const warn = (field: string | undefined, message: string, expected: string) =>
    warnings.push({ severity: 'warning', file: original.file, line: field ? original.frontmatter.lineOf([field]) : 1, field, message, expected });
  const deadlineDate = facts.deadline.local.slice(0, 10);
  if (facts.published) {
    const days = daysBetween(facts.published, deadlineDate);
    if (days < MINIMUM_APPLICATION_DAYS) {
      warn(
        'deadline',
        `${facts.deadline.local} is only ${days} day${days === 1 ? '' : 's'} after the publication date ${facts.published}, which leaves candidates little time to apply`,
        `a deadline at least ${MINIMUM_APPLICATION_DAYS} days after publication, unless the short time is intended`,
      );
    }
  }
  if (facts.deadline.local.endsWith('T00:00')) {
    const dayBefore = new Date(Date.parse(`${deadlineDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    warn(
      'deadline',
      `${facts.deadline.local} is midnight at the very start of ${deadlineDate}: applications close when ${dayBefore} ends, and readers may take it for the end of ${deadlineDate}`,
      `"${dayBefore}T23:59" if applications close at the end of ${dayBefore}, or a time during the day such as "${deadlineDate}T12:00"`,
    );
  }
  // A notice taken back is not worth translating.
  if (translations === 0 && !facts.status) {
    const suggested = original.language === 'en' ? 'fr' : 'en';
    warn(
      undefined,
      'is the only language version of this notice: readers of the 23 other languages see it untranslated',
      `a translation next to it, such as ${suggested}.md (npm run new -- --translate ${facts.reference} --language ${suggested} starts one)`,
    );
  }
  return warnings;
}

/** A heading with nothing under it, usually a section of the template not yet written. */
function emptySectionWarnings(version: ReadVersion): ContentProblem[] {
  const lines = version.frontmatter.body.split(/\r?\n/);
  const headings: { index: number; level: number; text: string }[] = [];
  let fenced = false;
  for (const [index, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) headings.push({ index, level: heading[1]!.length, text: heading[2]! });
  }
  const isEmpty = (text: string) => text.replace(/<!--[\s\S]*?(-->|$)/g, '').trim() === '';
  const warning = (line: number, message: string): ContentProblem => ({
    severity: 'warning',
    file: version.file,
    line,
    message,
    expected: 'text under every heading, or the heading removed (hints between <!-- and --> are never published)',
  });
  if (isEmpty(version.frontmatter.body)) return [warning(version.bodyLine, 'has no text below the frontmatter')];
  return headings.flatMap((heading, position) => {
    const next = headings.slice(position + 1).find((other) => other.level <= heading.level);
    const section = lines.slice(heading.index + 1, next?.index ?? lines.length).join('\n');
    return isEmpty(section) ? [warning(version.bodyLine + heading.index, `the section "${heading.text}" has no text yet`)] : [];
  });
}

/** Documents next to the language files; anything else in the folder is a mistake. */
function readAttachments(folder: string, projectDir: string, problems: ContentProblem[]): Attachment[] {
  const attachments: Attachment[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (name.endsWith('.md') || name.startsWith('.')) continue;
    const source = join(folder, name);
    const file = relative(projectDir, source);
    const stats = statSync(source);
    const extension = extname(name).slice(1);
    const error = (message: string, expected: string) => problems.push({ severity: 'error', file, message, expected });
    if (stats.isDirectory()) {
      error(`"${name}" is a folder inside the notice's folder`, "documents directly in the notice's folder, next to the language files");
    } else if (!(ATTACHMENT_TYPES as readonly string[]).includes(extension)) {
      error(
        `"${name}" is not a kind of document the site publishes`,
        `a document of one of these types: ${ATTACHMENT_TYPES.join(', ')} (a language version is named with its code and .md, such as fr.md)`,
      );
    } else if (!ATTACHMENT_NAME.test(name.slice(0, -extension.length - 1))) {
      error(
        `the file name "${name}" cannot be used in an address`,
        `a file name in lower-case letters, digits and hyphens, such as ${name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9.]+/g, '-').replace(/^-|-(?=\.)/g, '')}`,
      );
    } else {
      if (stats.size > LARGE_ATTACHMENT_BYTES) {
        problems.push({
          severity: 'warning',
          file,
          message: `is ${(stats.size / 1024 / 1024).toFixed(1)} MB, slow to download on a phone`,
          expected: `documents under ${LARGE_ATTACHMENT_BYTES / 1024 / 1024} MB: a PDF saved for the web, or pictures at a lower resolution`,
        });
      }
      attachments.push({ name, source, bytes: stats.size, type: extension.toUpperCase() });
    }
  }
  return attachments;
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
  const pending: { slug: string; facts: NoticeFacts; original: ReadVersion; versions: ReadVersion[]; fingerprint: string; attachments: Attachment[] }[] = [];
  const errorsSince = (before: number) => problems.slice(before).some((problem) => problem.severity === 'error');

  for (const slug of folders) {
    const folder = join(vacanciesDir, slug);
    const folderName = relative(projectDir, folder);
    const before = problems.length;
    const versions = readVersions(folder, projectDir, problems);
    // A file that cannot be read may well be the original: then saying that none is would only echo that error.
    const unreadable = errorsSince(before);
    const attachments = readAttachments(folder, projectDir, problems);
    const originals = versions.filter((version) => 'reference' in version.frontmatter.data);
    if (!SLUG.test(slug)) {
      const reference = originals[0]?.frontmatter.data.reference;
      // Said first: the folder comes before the files in it.
      problems.splice(before, 0, {
        severity: 'error',
        file: folderName,
        message: `the folder name "${slug}" cannot be used in an address`,
        expected: typeof reference === 'string'
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
          message: originals.length === 0
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
    const fingerprint = originalFingerprint(facts.title, original.frontmatter.body);
    const translations = versions.filter((version) => version !== original);
    for (const version of translations) checkTranslation(version, original, facts, fingerprint, problems);
    problems.push(...factWarnings(original, facts, translations.length));
    for (const version of [original, ...translations]) problems.push(...emptySectionWarnings(version));
    if (!errorsSince(before)) pending.push({ slug, facts, original, versions: [original, ...translations], fingerprint, attachments });
  }

  const notices = await Promise.all(
    pending.map(async ({ slug, facts, original, versions, fingerprint, attachments }): Promise<Notice> => ({
      slug,
      facts,
      original: original.language,
      fingerprint,
      attachments,
      versions: await Promise.all(
        versions.map(async (version): Promise<NoticeVersion> => {
          const data = version.frontmatter.data as { title?: string; places?: string[]; translatedFrom?: string; corrigenda?: string[] };
          const translation = version === original ? {} : { translatedFrom: data.translatedFrom, corrigenda: data.corrigenda?.map((text) => text.trim()) };
          return {
            language: version.language,
            title: (data.title ?? facts.title).trim(),
            places: data.places ?? facts.locations.map((location) => location.city),
            html: await renderMarkdown(version.frontmatter.body),
            file: version.file,
            ...translation,
          };
        }),
      ),
    })),
  );
  return { notices, problems };
}
