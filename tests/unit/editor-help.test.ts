import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkConfig from '../../.remarkrc.mjs';
import { SCHEMA_FILE, noticeJsonSchemaText } from '../../scripts/notice-schema.ts';

const PROJECT = join(import.meta.dirname, '../..');

/** What VS Code's remark extension reports for a notice written at this place in the content. */
async function editorMessages(path: string, text: string): Promise<string[]> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkConfig.plugins as PluggableList);
  const file = new VFile({ path, cwd: PROJECT, value: text });
  await processor.run(processor.parse(file), file);
  return file.messages.map((message) => message.reason);
}

const fixture = (path: string) => readFileSync(join(PROJECT, 'tests/fixtures', path), 'utf8');

describe('help in the editor', () => {
  it('comes from a JSON Schema that is up to date with the notice schema (npm run schema writes it)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(noticeJsonSchemaText());
  });

  it('explains each field with its documentation and what it expects', () => {
    const schema = JSON.parse(noticeJsonSchemaText());
    expect(schema.definitions.original.properties.deadline.description).toBe(
      'Deadline for applications: local date and time, without offset, in `timezone`.\n\nExpected a local date and time in quotes, year first, such as "2024-04-19T12:00" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default).',
    );
    expect(schema.definitions.original.required).toEqual(['reference', 'title', 'staffCategory', 'domain', 'deadline', 'apply']);
    expect(Object.keys(schema.definitions.translation.properties)).toEqual(['title', 'places', 'translatedFrom', 'corrigenda']);
  });

  it('accepts the notice the project was published with, original and translations', async () => {
    for (const language of ['en', 'fr', 'de']) {
      const path = `content/vacancies/digit-com-2024-461/index.${language}.md`;
      expect(await editorMessages(path, fixture(`seed/${path}`)), path).toEqual([]);
    }
  });

  it('flags a misspelled field and a fact repeated in a translation while the recruiter types', async () => {
    const misspelled = await editorMessages(
      'content/vacancies/dpo-2024-1/index.en.md',
      fixture('bad-notices/misspelled-field/vacancies/dpo-2024-1/index.en.md'),
    );
    expect(misspelled.join('\n')).toContain("Must have required property 'deadline'");
    expect(misspelled.join('\n')).toContain('Must NOT have additional properties');
    const translation = await editorMessages(
      'content/vacancies/dpo-2024-1/index.fr.md',
      fixture('bad-notices/translation-with-another-deadline/vacancies/dpo-2024-1/index.fr.md'),
    );
    expect(translation.join('\n')).toContain('Must NOT have additional properties');
  });

  it('leaves other Markdown files of the project alone', async () => {
    expect(await editorMessages('README.md', '---\nanything: 1\n---\n\n# Read me\n')).toEqual([]);
  });
});
