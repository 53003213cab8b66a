/**
 * npm run schema: writes schemas/notice.schema.json, the JSON Schema of a
 * notice's frontmatter, for editors (see docs/publishing.md, "Help in the
 * editor"). Made from the one zod schema, on its input side (what a recruiter
 * writes, before the schema's transform); each field's description is its doc
 * comment in src/schemas/notice.ts and what the field expects.
 * A test fails when the committed file is not what this script writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { z } from 'zod';
import { EXPECTED, noticeFactsSchema, translationSchema } from '../src/schemas/notice.ts';
import { scriptFlags, tellFailures } from './cli.ts';

const PROJECT = join(import.meta.dirname, '..');
export const SCHEMA_FILE = join(PROJECT, 'schemas/notice.schema.json');
const SCHEMA_SOURCE = join(PROJECT, 'src/schemas/notice.ts');

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema> };

/** The doc comment of each field of the object schema assigned to `name`, read from the TypeScript source. */
function docComments(source: ts.SourceFile, name: string): Map<string, string> {
  const comments = new Map<string, string>();
  const visit = (node: ts.Node, inside: boolean): void => {
    const here = inside || (ts.isVariableDeclaration(node) && node.name.getText(source) === name);
    // Only the outermost object literal: nested objects (apply, locations) have no comments of their own.
    if (here && ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        const text = ts
          .getJSDocCommentsAndTags(property)
          .map((doc) => ts.getTextOfJSDocComment((doc as ts.JSDoc).comment) ?? '')
          .join(' ');
        if (property.name && text) comments.set(property.name.getText(source), text.replace(/\s+/g, ' ').trim());
      }
      return;
    }
    ts.forEachChild(node, (child) => visit(child, here));
  };
  visit(source, false);
  return comments;
}

function describe(schema: JsonSchema, comments: Map<string, string>, expected: (field: string) => string | undefined): JsonSchema {
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([field, property]) => {
      const description = [comments.get(field), expected(field) && `Expected ${expected(field)}.`].filter(Boolean).join('\n\n');
      return [field, description ? { description, ...property } : property];
    }),
  );
  const { $schema: _, ...rest } = schema;
  return { ...rest, properties };
}

export function noticeJsonSchema(): JsonSchema {
  const source = ts.createSourceFile(SCHEMA_SOURCE, readFileSync(SCHEMA_SOURCE, 'utf8'), ts.ScriptTarget.Latest, true);
  // Draft-07: what the YAML tools and the remark frontmatter linter read.
  const options = { io: 'input', target: 'draft-7', unrepresentable: 'any' } as const;
  const original = describe(
    z.toJSONSchema(noticeFactsSchema, options) as JsonSchema,
    docComments(source, 'noticeFactsSchema'),
    (field) => EXPECTED[field],
  );
  const translation = describe(
    z.toJSONSchema(translationSchema, options) as JsonSchema,
    docComments(source, 'translationSchema'),
    (field) => EXPECTED[field === 'corrigenda' ? 'translatedCorrigenda' : field],
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Frontmatter of a vacancy notice',
    description:
      'The original version (the file with reference) carries the facts; a translation carries only its title, places, translatedFrom and corrigenda. Generated from src/schemas/notice.ts by npm run schema: do not edit.',
    if: { required: ['reference'] },
    then: { $ref: '#/definitions/original' },
    // The loader accepts a fact repeated exactly in a translation; the editor flags it, since facts belong in the original.
    else: { $ref: '#/definitions/translation' },
    definitions: { original, translation: { ...translation, additionalProperties: false } },
  };
}

export function noticeJsonSchemaText(): string {
  return `${JSON.stringify(noticeJsonSchema(), null, 2)}\n`;
}

const USAGE = `Usage: npm run schema

Writes schemas/notice.schema.json, the JSON Schema of a notice's frontmatter that
editors read, from the notice schema in src/schemas/notice.ts. Run it after changing
that schema; a test fails while the committed file is behind.

  --help   print this help`;

if (import.meta.main) {
  tellFailures('npm run schema');
  scriptFlags(USAGE, { options: { help: { type: 'boolean', short: 'h' } } });
  writeFileSync(SCHEMA_FILE, noticeJsonSchemaText());
  console.log(`Written: ${SCHEMA_FILE}`);
}
