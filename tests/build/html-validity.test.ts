import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { BASIC } from '../support/fixture-sites.ts';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );

describe('the HTML of every built page', () => {
  it('passes html-validate with its recommended rules', async () => {
    // Notice titles are the recruiters' and may be long; search engines cut them, readers do not.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const failures: string[] = [];
    for (const file of htmlFiles(BASIC.out)) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages)
          failures.push(`${relative(BASIC.out, file)}:${message.line}: ${message.ruleId} ${message.message}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
