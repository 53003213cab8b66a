import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages, kindOf, onePerKind } from '../support/built-pages.ts';
import { BASIC, built } from '../support/fixture-sites.ts';

await built(BASIC);

/**
 * Every page of English; in French and Greek (notices translated into them) and Irish, Maltese and
 * Bulgarian (none translated, with their own grammar and script), one page of every kind; and the
 * pages outside any language: the language chooser, the 404 page, the translations status and each
 * notice's page in no particular language.
 */
const OTHER_LANGUAGES = ['fr', 'el', 'ga', 'mt', 'bg'];

const sample = (paths: string[]) => [
  ...paths.filter((path) => !/^[a-z]{2}\//.test(path) || path.startsWith('en/')),
  ...OTHER_LANGUAGES.flatMap((language) => onePerKind(paths.filter((path) => path.startsWith(`${language}/`)))),
];

describe('the HTML of the built pages', () => {
  const all = htmlPages(BASIC.out);
  const pages = sample(all);

  it('passes html-validate with its recommended rules, on every kind of page in six languages', async () => {
    // The sample leaves out no kind of page the build makes.
    expect(new Set(pages.map(kindOf))).toEqual(new Set(all.map(kindOf)));
    for (const language of ['en', ...OTHER_LANGUAGES])
      expect(new Set(pages.filter((path) => path.startsWith(`${language}/`)).map(kindOf)), language).toEqual(
        new Set(all.filter((path) => path.startsWith(`${language}/`)).map(kindOf)),
      );
    for (const page of ['index.html', '404.html', 'translations/index.html', 'vacancies/comm-ted-2024-404/index.html'])
      expect(pages).toContain(page);

    // Notice titles are the recruiters' and may be long; search engines cut them, readers do not.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(join(BASIC.out, page));
      for (const result of report.results) {
        for (const message of result.messages) failures.push(`${page}:${message.line}: ${message.ruleId} ${message.message}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
