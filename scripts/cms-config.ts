/**
 * npm run cms-config: writes src/cms/notice-form.json, the collections and fields of the
 * form at /admin/ (Sveltia CMS), made from the notice schema through its JSON Schema
 * (npm run schema), with the same documentation and the same "Expected …" messages.
 * npm run schema runs it too. A test fails when the committed file is not what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPECTED, LEGAL_BASES } from '../src/schemas/notice.ts';
import { FORM_I18N, noticeCollections, noticeFields, type JsonSchema } from '../src/cms/notice-form.ts';
import { noticeJsonSchema } from './notice-schema.ts';
import { scriptFlags, tellFailures } from './cli.ts';

export const FORM_FILE = join(import.meta.dirname, '../src/cms/notice-form.json');

export function noticeFormText(): string {
  const { definitions } = noticeJsonSchema() as { definitions: { original: JsonSchema; translation: JsonSchema } };
  const legalBases = [...new Set(Object.values(LEGAL_BASES).flat())];
  const collections = noticeCollections(noticeFields(definitions.original, definitions.translation, legalBases, EXPECTED));
  return `${JSON.stringify({ $comment: 'Generated from src/schemas/notice.ts by npm run cms-config: do not edit.', i18n: FORM_I18N, collections }, null, 2)}\n`;
}

const USAGE = `Usage: npm run cms-config

Writes src/cms/notice-form.json, the collections and fields of the form at /admin/,
from the notice schema in src/schemas/notice.ts. npm run schema runs it too; a test
fails while the committed file is behind.

  --help   print this help`;

if (import.meta.main) {
  tellFailures('npm run cms-config');
  scriptFlags(USAGE, { options: { help: { type: 'boolean', short: 'h' } } });
  writeFileSync(FORM_FILE, noticeFormText());
  console.log(`Written: ${FORM_FILE}`);
}
