/**
 * A notice's text as an HTML tree: its Markdown (with GitHub's tables,
 * footnotes and task lists) and the HTML pasted into it, parsed the same way
 * for the check, which looks at its pictures, and for the page, which
 * sanitizes it (render.ts). Nothing here renders or sanitizes.
 */
import type { Element, Nodes, Root } from 'hast';
import type { Nodes as MarkdownNodes } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** How an item of a task list ("- [ ]", "- [x]") shows its box: as text, since a notice has no form to tick. */
export const TASK_MARKERS = { unchecked: '☐', checked: '☑' } as const;

/** Task list items as items that start with a box drawn in text, instead of a checkbox. */
function remarkTaskMarkers() {
  const visit = (node: MarkdownNodes) => {
    if (node.type === 'listItem' && typeof node.checked === 'boolean') {
      const first = node.children[0];
      if (first?.type === 'paragraph') {
        first.children.unshift({ type: 'text', value: `${node.checked ? TASK_MARKERS.checked : TASK_MARKERS.unchecked} ` });
      }
      node.checked = null;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  return visit;
}

const parser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkTaskMarkers)
  // No prefix on footnote ids here: the sanitizer prefixes them, as every id, and their links are rewritten like every in-page link.
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
  .use(rehypeRaw)
  .freeze();

/** The text of a notice, below its frontmatter, as an HTML tree; positions are lines of the text. */
export function parseBody(markdown: string): Root {
  return parser.runSync(parser.parse(markdown));
}

/** Every element of a tree with this tag name, in document order. */
export function elementsNamed(tree: Nodes, tagName: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element' && node.tagName === tagName) found.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}
