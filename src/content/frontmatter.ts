/**
 * Frontmatter read with the YAML 1.2 core schema, which has no timestamp type:
 * an unquoted `deadline: 2024-04-19T12:00` stays the text the recruiter wrote
 * and is never shifted to UTC; a reference that looks like a number stays the
 * text typed. Keeps line numbers for error messages.
 */
import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';

export interface Frontmatter {
  data: Record<string, unknown>;
  body: string;
  /** Line in the file of a field, or of the frontmatter when the field is absent. */
  lineOf(path: readonly (string | number)[]): number;
  /** YAML errors, with the parser's code (or NOT_FIELDS when the YAML is not a list of fields), so that messages can say them plainly. */
  errors: { line: number; message: string; code: string }[];
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readFrontmatter(source: string): Frontmatter | undefined {
  const match = FENCE.exec(source.replace(/^\uFEFF/, ''));
  if (!match) return undefined;
  const yamlText = match[1]!;
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { lineCounter, schema: 'core', uniqueKeys: true });
  // The YAML starts on the file's second line, after the opening fence.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const errors: Frontmatter['errors'] = doc.errors.map((error) => ({
    line: fileLine(error.pos[0]),
    message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    code: error.code,
  }));
  const data: unknown = errors.length ? {} : (doc.toJS() ?? {});
  if (!errors.length && (typeof data !== 'object' || Array.isArray(data))) {
    errors.push({ line: 2, message: 'the frontmatter is not a list of fields', code: 'NOT_FIELDS' });
  }
  // A reference YAML reads as a number, such as an EEAS job number typed without quotes, stays as typed: 0439186, not 439186.
  const reference = isMap(doc.contents) ? doc.contents.get('reference', true) : undefined;
  if (isScalar(reference) && typeof reference.value === 'number' && reference.range && typeof data === 'object' && data) {
    (data as Record<string, unknown>).reference = yamlText.slice(reference.range[0], reference.range[1]);
  }
  return {
    data: typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    body: source.slice(match[0].length + (source.startsWith('\uFEFF') ? 1 : 0)),
    errors,
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
        if (isMap(parent)) {
          const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[depth - 1]);
          const range = (pair?.key as { range?: [number, number] } | undefined)?.range;
          if (range) return fileLine(range[0]);
        }
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number] } | undefined;
        if (node?.range) return fileLine(node.range[0]);
      }
      return 1;
    },
  };
}
