/**
 * Reading a notice's folder: its language versions (frontmatter and text, with
 * YAML mistakes told plainly) and the documents published with it. Nothing
 * here validates facts or renders Markdown.
 *
 * Only regular files and folders are read. A symbolic link would publish its
 * target, which can be any file the build can read (git keeps links as links),
 * and a named pipe or a device would hang or flood the build: both are refused,
 * as notice folders and inside them, and links are never followed.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, type Stats } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { LANGUAGES, type Language } from '../browser/languages.ts';
import { languageOfFileName, languageOfOldFileName, versionFileName } from './layout.ts';
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
export const ATTACHMENT_TYPES = [
  'pdf',
  'docx',
  'doc',
  'odt',
  'rtf',
  'xlsx',
  'xls',
  'ods',
  'pptx',
  'ppt',
  'odp',
  'png',
  'jpg',
  'jpeg',
] as const;
const ATTACHMENT_NAME = /^[a-z0-9]+([._-][a-z0-9]+)*$/;
/** Larger documents are slow to fetch on a phone; they are published, with a warning. */
const LARGE_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** An entry of a folder of the content, as found there: a link is not followed. */
export interface FolderEntry {
  name: string;
  /** Absolute path. */
  source: string;
  /** Path relative to the project, as problems name it. */
  file: string;
  stats: Stats;
}

/** What an entry that is neither a regular file nor a folder is, in a recruiter's words. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'neither a file nor a folder';
}

/** Where a symbolic link points, read from the link itself: its target need not exist. */
function linkTarget(source: string): string {
  try {
    return readlinkSync(source);
  } catch {
    return 'a file that cannot be read';
  }
}

/**
 * The regular files and folders of a folder, sorted by name. A symbolic link or
 * a special file (named pipe, socket, device) is reported with what it is and
 * what `expected` instead, and left out.
 */
function listFolder(folder: string, projectDir: string, problems: ContentProblem[], expected: string): FolderEntry[] {
  const entries: FolderEntry[] = [];
  for (const name of readdirSync(folder).sort()) {
    const source = join(folder, name);
    const file = relative(projectDir, source);
    const stats = lstatSync(source);
    if (stats.isSymbolicLink()) {
      problems.push({ severity: 'error', file, message: `"${name}" is a symbolic link to ${linkTarget(source)}`, expected });
    } else if (!stats.isFile() && !stats.isDirectory()) {
      problems.push({ severity: 'error', file, message: `"${name}" is not a regular file: it is ${kindOf(stats)}`, expected });
    } else {
      entries.push({ name, source, file, stats });
    }
  }
  return entries;
}

/** The notice folders under `vacancies/`, by name; files next to them are ignored, links and special files refused. */
export function noticeFolders(vacanciesDir: string, projectDir: string, problems: ContentProblem[]): string[] {
  const expected =
    'a folder for each notice, the folder itself rather than a link to one (a link could publish any file of the computer that builds the site)';
  return listFolder(vacanciesDir, projectDir, problems, expected)
    .filter((entry) => entry.stats.isDirectory())
    .map((entry) => entry.name);
}

/** The files and folders of a notice's folder; links and special files are refused. */
export function noticeFolderEntries(folder: string, projectDir: string, problems: ContentProblem[]): FolderEntry[] {
  const expected =
    "a regular file in the notice's folder: the language version or the document itself rather than a link to it (a link could publish any file of the computer that builds the site)";
  return listFolder(folder, projectDir, problems, expected);
}

export function readVersions(entries: FolderEntry[], problems: ContentProblem[]): ReadVersion[] {
  const versions: ReadVersion[] = [];
  for (const entry of entries) {
    const { name, file } = entry;
    if (!name.endsWith('.md') || !entry.stats.isFile()) continue;
    const language = languageOfFileName(name);
    if (!language) {
      const old = languageOfOldFileName(name);
      problems.push(
        old
          ? {
              severity: 'error',
              file,
              message: `"${name}" is named the way notices were before: language versions are now named index.<language>.md`,
              expected: `${versionFileName(old)}: rename it with git mv ${file} ${join(dirname(file), versionFileName(old))} (or rename it in the git host's web editor)`,
            }
          : {
              severity: 'error',
              file,
              message: `"${name}" is not named after one of the 24 official EU languages`,
              expected: `a file per language version named index, its two-letter code and .md: ${LANGUAGES.map(versionFileName).join(', ')}`,
            },
      );
      continue;
    }
    const source = readFileSync(entry.source, 'utf8');
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
export function readAttachments(entries: FolderEntry[], problems: ContentProblem[]): Attachment[] {
  const attachments: Attachment[] = [];
  for (const { name, source, file, stats } of entries) {
    const extension = extname(name).slice(1);
    const error = (message: string, expected: string) => problems.push({ severity: 'error', file, message, expected });
    if (name.startsWith('.')) {
      continue;
    } else if (stats.isDirectory()) {
      error(`"${name}" is a folder inside the notice's folder`, "documents directly in the notice's folder, next to the language files");
    } else if (name.endsWith('.md')) {
      continue;
    } else if (!(ATTACHMENT_TYPES as readonly string[]).includes(extension)) {
      error(
        `"${name}" is not a kind of document the site publishes`,
        `a document of one of these types: ${ATTACHMENT_TYPES.join(', ')} (a language version is named index, its language code and .md, such as index.fr.md)`,
      );
    } else if (!ATTACHMENT_NAME.test(name.slice(0, -extension.length - 1))) {
      error(
        `the file name "${name}" cannot be used in an address`,
        `a file name in lower-case letters, digits and hyphens, such as ${name
          .toLowerCase()
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .replace(/[^a-z0-9.]+/g, '-')
          .replace(/^-|-(?=\.)/g, '')}`,
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
