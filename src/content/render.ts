/**
 * Notice bodies go through Astro's unified pipeline (remark + rehype) with the
 * raw HTML that recruiters may paste parsed and then sanitized: no script, no
 * event handler, no javascript: URL reaches a page.
 */
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';

const sanitizeSchema = {
  ...defaultSchema,
  // Heading ids are added after sanitizing; no user-supplied ids or names.
  clobber: ['id', 'name'],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

let renderer: Promise<MarkdownRenderer> | undefined;

export async function renderMarkdown(markdown: string): Promise<string> {
  renderer ??= unified({
    smartypants: false,
    rehypePlugins: [rehypeRaw, [rehypeSanitize, sanitizeSchema]],
  }).createRenderer({ syntaxHighlight: false });
  const { code } = await (await renderer).render(markdown);
  return code;
}
