/**
 * How a notice's language versions are named in its folder: `index.<language>.md`, such as
 * `content/vacancies/digit-com-2024-461/index.fr.md`. Git-based content managers (Sveltia CMS,
 * Decap CMS) read and write a folder per entry with one file per language only in this form,
 * so the form at /admin/ and a recruiter in the git host's editor write the same files.
 */
import { isLanguage, type Language } from '../browser/languages.ts';

/** The file name of a language version: index.fr.md. */
export function versionFileName(language: Language): string {
  return `index.${language}.md`;
}

/** The language of a version's file name, or undefined when the name is not one. */
export function languageOfFileName(name: string): Language | undefined {
  const code = /^index\.([a-z]{2})\.md$/.exec(name)?.[1];
  return code && isLanguage(code) ? code : undefined;
}

/** The language of a file named the way notices were before (fr.md), so that the check can say how to rename it. */
export function languageOfOldFileName(name: string): Language | undefined {
  const code = /^([a-z]{2})\.md$/.exec(name)?.[1];
  return code && isLanguage(code) ? code : undefined;
}
