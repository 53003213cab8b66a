/** What the YAML parser's complaints mean for someone who just typed a notice. */

const YAML_EXPECTED = 'one "field: value" per line, indented with spaces (not tabs), text with a colon in quotes';

/** What the YAML parser's most frequent complaints mean for someone who just typed a notice. */
export function plainYamlError(error: { code: string; message: string }): { message: string; expected: string } {
  switch (error.code) {
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: 'the frontmatter cannot be read here: a field has no space after its colon, such as title:Officer',
        expected: 'a space after the colon of every field, such as title: Officer',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        message:
          'the frontmatter cannot be read here: a value has a colon followed by a space, or a line is indented further than the field above it',
        expected:
          'text with a colon in quotes, such as title: "Data Protection: Officer", and the lines of a group indented by the same spaces',
      };
    case 'TAB_AS_INDENT':
      return {
        message: 'the frontmatter cannot be read here: this line is indented with a tab',
        expected: 'indentation with spaces only, two per level',
      };
    case 'DUPLICATE_KEY':
      return {
        message: 'the frontmatter cannot be read here: this field is written a second time',
        expected: 'each field once: keep one of the two lines',
      };
    case 'MISSING_CHAR':
      return /quote/.test(error.message)
        ? {
            message: 'the frontmatter cannot be read here: a quotation mark opened above is never closed',
            expected: 'text between two quotation marks on the same line, such as title: "Data Protection Officer"',
          }
        : {
            message: 'the frontmatter cannot be read here: this line of a list does not start with "- "',
            expected: 'each item of a list on its own line, starting with "- " at the same indentation',
          };
    case 'BAD_SCALAR_START':
      return {
        message: 'the frontmatter cannot be read here: a value starts with a sign YAML reserves (@, `, %, *, &, !, | or >)',
        expected: 'that value in quotes, such as "@CERT_EU"',
      };
    case 'NOT_FIELDS':
      return {
        message: 'the frontmatter is not a list of fields: is there a space missing after a colon?',
        expected: 'one "field: value" per line, with a space after each colon, such as title: Data Protection Officer',
      };
    default:
      return {
        message: `the frontmatter cannot be read here: ${error.message.charAt(0).toLowerCase()}${error.message.slice(1)}`,
        expected: YAML_EXPECTED,
      };
  }
}
