/**
 * Reading a notice's folder: its language versions (frontmatter and text, with
 * YAML mistakes told plainly) and the documents published with it. Nothing
 * here validates facts or renders Markdown.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { LANGUAGES, isLanguage, type Language } from '../browser/languages.ts';
import { readFrontmatter, type Frontmatter } from './frontmatter.ts';
import type { ContentProblem } from './problems.ts';
import { plainYamlError } from './yaml-problems.ts';

/** One language file of a notice, read but not yet checked. */
export interface ReadVersion {
  language: Language;
  file: string;
  frontmatter: Frontmatter;
  /** Line of the file on which the body starts. */
  bodyLine: number;
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

/** Documents a notice may carry: office and PDF files and photos, nothing a browser would run. */
export const ATTACHMENT_TYPES = ['pdf', 'docx', 'doc', 'odt', 'rtf', 'xlsx', 'xls', 'ods', 'pptx', 'ppt', 'odp', 'png', 'jpg', 'jpeg'] as const;
const ATTACHMENT_NAME = /^[a-z0-9]+([._-][a-z0-9]+)*$/;
/** Larger documents are slow to fetch on a phone; they are published, with a warning. */
const LARGE_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The notice folders under `vacancies/`, by name. */
export function noticeFolders(vacanciesDir: string): string[] {
  return readdirSync(vacanciesDir).filter((name) => statSync(join(vacanciesDir, name)).isDirectory()).sort();
}

export function readVersions(folder: string, projectDir: string, problems: ContentProblem[]): ReadVersion[] {
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

/** Documents next to the language files; anything else in the folder is a mistake. */
export function readAttachments(folder: string, projectDir: string, problems: ContentProblem[]): Attachment[] {
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
