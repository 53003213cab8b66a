/**
 * What in a piece of HTML a browser would run: script-like elements, event handler
 * attributes, and javascript: (or vbscript:, data:text/html) addresses, read the way
 * a browser reads them: entities decoded, spaces and control characters ignored,
 * letters in any case.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const RUNNING_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'style', 'meta', 'link']);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'data', 'poster', 'background'];
const RUNNING_URL = /^(javascript|vbscript):|^data:text\/html/;

export function activeContent(html: string): string[] {
  return activeContentOf(fromHtml(html, { fragment: true }));
}

export function activeContentOf(tree: Nodes): string[] {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element') inspect(node, found);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

function inspect(element: Element, found: string[]) {
  const name = element.tagName.toLowerCase();
  if (RUNNING_ELEMENTS.has(name)) found.push(`<${name}>`);
  for (const [property, value] of Object.entries(element.properties)) {
    if (/^on/i.test(property)) found.push(`${property} on <${name}>`);
    if (!URL_PROPERTIES.includes(property)) continue;
    for (const url of Array.isArray(value) ? value : [value]) {
      // Browsers drop tabs and line breaks anywhere in a URL, and spaces and control characters around it.
      const read = String(url)
        .replace(/[\s\p{Cc}]/gu, '')
        .toLowerCase();
      if (RUNNING_URL.test(read)) found.push(`${read.slice(0, read.indexOf(':') + 1)} in ${property} of <${name}>`);
    }
  }
}
