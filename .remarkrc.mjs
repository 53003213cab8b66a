// Editor help for recruiters: the VS Code extension unifiedjs.vscode-remark reads this file and
// checks each notice's frontmatter against the JSON Schema made by npm run schema (docs/publishing.md).
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

export default {
  plugins: [
    remarkFrontmatter,
    [remarkLintFrontmatterSchema, { schemas: { './schemas/notice.schema.json': ['./content/vacancies/*/*.md'] } }],
  ],
};
