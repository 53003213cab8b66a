/**
 * The form recruiters fill in at /admin/, made from the notice schema's JSON Schema
 * (scripts/notice-schema.ts), so that the form and the schema never drift.
 *
 * Each field of the original becomes a field of the form: an enum a select, a pattern a
 * pattern with the schema's own "Expected …" message, a list a list, an object a group.
 * Facts are written once, in the original (i18n: false); the title, the places and the
 * text are written in every language (i18n: true). The CMS knows one default language
 * per collection, so there is one collection per language of the original, each showing
 * only the notices whose file in that language carries a reference.
 *
 * What a form cannot check (rules across fields, clock changes, a notice already closed)
 * is left to `npm run check`, which runs on every merge request.
 */
import { LANGUAGES, endonym, type Language } from '../browser/languages.ts';
import { DEFAULT_TIME_ZONE } from '../content/deadline.ts';

export interface JsonSchema {
  type?: string;
  description?: string;
  enum?: string[];
  pattern?: string;
  format?: string;
  default?: unknown;
  minItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/** A field of the CMS's configuration (Sveltia CMS, Decap CMS's format). */
export interface FormField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  i18n?: boolean;
  pattern?: [string, string];
  options?: string[];
  multiple?: boolean;
  default?: unknown;
  type?: string;
  format?: string;
  input_timezone?: string;
  output_utc?: boolean;
  value_type?: string;
  min?: number;
  fields?: FormField[];
  field?: FormField;
  collapsed?: boolean;
  summary?: string;
}

export interface FormCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  path: string;
  extension: 'md';
  format: 'yaml-frontmatter';
  create: true;
  identifier_field: 'reference';
  slug: string;
  summary: string;
  filter: { field: 'reference'; pattern: string };
  media_folder: string;
  public_folder: string;
  i18n: { structure: 'multiple_files'; locales: Language[]; default_locale: Language; initial_locales: 'default' };
  fields: FormField[];
}

/**
 * Grades as the form asks for them: one grade, or a range of two such as AD5-AD7 or AD5/AD7.
 * The check reads more spellings ("AD 5", lists); the form leads to the plainest.
 */
const GRADE = 'AD(?:[5-9]|1[0-6])|AST(?:[1-9]|1[01])|AST/SC[1-6]|FG(?:I{1,3}|IV)';
export const GRADE_PATTERN = `^(?:${GRADE})(?:[-/](?:${GRADE}))?$`;

/**
 * Time zones of the cities where the EU's institutions, bodies and agencies have their seats,
 * for the deadline's zone. The check accepts any IANA name; the form offers the likely ones.
 */
export const TIME_ZONES = [
  DEFAULT_TIME_ZONE,
  'Europe/Amsterdam',
  'Europe/Athens',
  'Europe/Berlin',
  'Europe/Bratislava',
  'Europe/Bucharest',
  'Europe/Budapest',
  'Europe/Copenhagen',
  'Europe/Dublin',
  'Europe/Helsinki',
  'Europe/Lisbon',
  'Europe/Ljubljana',
  'Europe/Luxembourg',
  'Europe/Madrid',
  'Europe/Malta',
  'Europe/Nicosia',
  'Europe/Paris',
  'Europe/Prague',
  'Europe/Riga',
  'Europe/Rome',
  'Europe/Sofia',
  'Europe/Stockholm',
  'Europe/Tallinn',
  'Europe/Vienna',
  'Europe/Vilnius',
  'Europe/Warsaw',
  'Europe/Zagreb',
] as const;

/** "staffCategory" reads "Staff category". */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The schema's documentation of a field, split into what it is (the hint) and what it expects (the message of a pattern). */
function documentation(schema: JsonSchema): { hint?: string; expected?: string } {
  const [about, expected] = (schema.description ?? '').split('\n\n');
  // Hints show limited Markdown, without code: the back-quoted names read as plain words. Pointers into the
  // source, such as "(see originalFingerprint in src/content/fingerprint.ts)", are for developers.
  const plain = (text?: string) => text?.replace(/\s*\(see [^)]*\)/g, '').replaceAll('`', '') || undefined;
  return { hint: plain(about), expected: plain(expected) };
}

interface Context {
  /** Written once in the original (false) or in each language (true). */
  i18n: boolean;
  required: boolean;
  /** The field's path, such as locations.country, for the schema's messages of the fields inside a list or a group. */
  path: string;
  /** What a field expects, by path, in the schema's words (EXPECTED in src/schemas/notice.ts). */
  expected: Record<string, string>;
}

/** Labels where the field's name is not the recruiter's word. */
const LABELS: Record<string, string> = {
  timezone: 'Time zone',
  probationMonths: 'Probation (months)',
  'contractDuration.minYears': 'At least (years)',
  'contractDuration.maxYears': 'At most (years)',
  'apply.email': 'E-mail address',
  'apply.subject': 'Subject of the e-mail',
  'apply.url': 'Application page',
  apply: 'How to apply',
  corrigenda: 'Corrections',
};

/** One field of the form from its JSON Schema, by its type; the fields with their own widget are set in noticeFields. */
function formField(name: string, schema: JsonSchema, context: Context): FormField {
  const { hint, expected: documented } = documentation(schema);
  const expected = context.expected[context.path] ? `Expected ${context.expected[context.path]}.` : documented;
  const base = {
    name,
    label: LABELS[context.path] ?? labelOf(name),
    ...(hint && { hint }),
    required: context.required,
    i18n: context.i18n,
  };
  const pattern = (source: string): [string, string] => [source, expected ?? `Expected text matching ${source}`];
  // One text or a list, say: the form asks for the first, plainest way.
  if (schema.anyOf?.[0]) return formField(name, { description: schema.description, ...schema.anyOf[0] }, context);
  if (schema.enum)
    return { ...base, widget: 'select', options: schema.enum, ...(schema.default !== undefined && { default: schema.default }) };
  switch (schema.type) {
    case 'string':
      if (schema.format === 'email') return { ...base, widget: 'string', type: 'email' };
      if (schema.format === 'uri')
        return { ...base, widget: 'string', type: 'url', pattern: ['^https://', expected ?? 'Expected https://…'] };
      return { ...base, widget: 'string', ...(schema.pattern && { pattern: pattern(schema.pattern) }) };
    case 'integer':
    case 'number':
      return { ...base, widget: 'number', value_type: schema.type === 'integer' ? 'int' : 'float', min: 0 };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'object':
      return { ...base, widget: 'object', collapsed: false, fields: subFields(schema, context) };
    case 'array': {
      const items = schema.items ?? {};
      const min = schema.minItems ? { min: schema.minItems } : {};
      if (items.enum) return { ...base, widget: 'select', options: items.enum, multiple: true, ...min };
      if (items.type === 'object') return { ...base, widget: 'list', collapsed: false, ...min, fields: subFields(items, context) };
      return { ...base, widget: 'list', ...min, field: formField(name, items, { ...context, required: true }) };
    }
    default:
      throw new Error(
        `The form has no field for ${name}: its schema ${JSON.stringify(schema)} is neither text, a number, a list nor a group`,
      );
  }
}

function subFields(schema: JsonSchema, parent: Context): FormField[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    formField(name, property, { ...parent, path: `${parent.path}.${name}`, required: schema.required?.includes(name) ?? false }),
  );
}

/** The form's fields: the original's facts and text, then the fields only a translation has, then the body. */
export function noticeFields(
  original: JsonSchema,
  translation: JsonSchema,
  legalBases: readonly string[],
  expected: Record<string, string>,
): FormField[] {
  const fields = Object.entries(original.properties ?? {}).map(([name, schema]): FormField => {
    // Of the original's fields, only the title is written again in a translation.
    const context = { i18n: name === 'title', required: original.required?.includes(name) ?? false, path: name, expected };
    const field = formField(name, schema, context);
    switch (name) {
      case 'grade':
        return withGradePattern(field, expected);
      case 'legalBasis':
        return { ...field, field: undefined, widget: 'select', options: [...legalBases], multiple: true, min: 1 };
      case 'timezone':
        return { ...field, widget: 'select', options: [...TIME_ZONES], default: DEFAULT_TIME_ZONE };
      case 'published':
        return { ...field, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', pattern: undefined };
      case 'deadline':
        // The wall-clock time in the notice's own zone, as the schema reads it: never converted to UTC or to the browser's zone.
        return {
          ...field,
          widget: 'datetime',
          type: 'datetime-local',
          format: 'YYYY-MM-DDTHH:mm',
          input_timezone: 'local',
          output_utc: false,
        };
      case 'corrigenda':
        return { ...field, summary: '{{fields.date}}: {{fields.text}}', fields: correctionFields(field.fields!) };
      default:
        // A list of posts has a grade of its own in each.
        return field.fields
          ? { ...field, fields: field.fields.map((sub) => (sub.name === 'grade' ? withGradePattern(sub, expected) : sub)) }
          : field;
    }
  });
  // A translation's own fields, other than those the original shares (title) or gives another shape (corrigenda: dated in the original).
  const own = Object.entries(translation.properties ?? {})
    .filter(([name]) => !(name in (original.properties ?? {})))
    .map(([name, schema]) => formField(name, schema, { i18n: true, required: false, path: name, expected }));
  const body: FormField = { name: 'body', label: 'Text', widget: 'markdown', required: true, i18n: true, hint: BODY_HINT };
  return [...fields, ...own, body];
}

function withGradePattern(field: FormField, expected: Record<string, string>): FormField {
  return { ...field, pattern: [GRADE_PATTERN, `Expected ${expected.grade}.`] };
}

const BODY_HINT = 'The text of the notice, with headings such as "About us", "The post", "Selection criteria" and "How to apply".';

function correctionFields(fields: FormField[]): FormField[] {
  return fields.map((field) =>
    field.name === 'date'
      ? { ...field, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', pattern: undefined }
      : { ...field, widget: 'text' },
  );
}

/** The CMS reads a collection's languages only when the configuration has them at the top level too. */
export const FORM_I18N = {
  structure: 'multiple_files',
  locales: [...LANGUAGES],
  default_locale: 'en',
  initial_locales: 'default',
} as const;

/** One collection per language of the original: the CMS writes the facts into its default language's file only. */
export function noticeCollections(fields: FormField[]): FormCollection[] {
  return LANGUAGES.map((language) => ({
    name: `notices-${language}`,
    // The sidebar lists the languages; the collection's heading says what it holds.
    label: endonym(language),
    label_singular: `notice first written in ${endonym(language)}`,
    description: `Notices first written in ${endonym(language)}, with their translations.`,
    folder: 'content/vacancies',
    path: '{{slug}}/index',
    extension: 'md',
    format: 'yaml-frontmatter',
    create: true,
    identifier_field: 'reference',
    // The slug is the reference in lower case, slashes as hyphens: DIGIT/COM/2024/461 gives digit-com-2024-461.
    slug: '{{reference}}',
    summary: '{{reference}} – {{title}}',
    // Only the notices whose file in this language has a reference. The CMS tests the pattern on "null" when there is none.
    filter: { field: 'reference', pattern: '^(?!null$).' },
    // A notice's documents stay beside its files.
    media_folder: '',
    public_folder: '',
    i18n: {
      structure: 'multiple_files',
      locales: [language, ...LANGUAGES.filter((other) => other !== language)],
      default_locale: language,
      initial_locales: 'default',
    },
    fields,
  }));
}
