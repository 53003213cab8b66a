/**
 * Links in an embed view: the site's own pages stay in the frame, as embed views;
 * everything else (other sites, the site's files) opens in a new tab and says so.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes } from 'hast';
import { embedPath, viewOfPath } from '../browser/routes.ts';

export interface EmbedLink {
  href: string;
  newTab: boolean;
}

/**
 * Where a link written on the full page at `pageUrl` goes in its embed view;
 * undefined when it stays as it is (an in-page #fragment, mailto:, tel:).
 */
export function embedLink(href: string, pageUrl: string, basePath: string): EmbedLink | undefined {
  if (href.startsWith('#')) return undefined;
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.origin === new URL(pageUrl).origin) {
    const found = viewOfPath(basePath, url.pathname);
    if (found) return { href: `${embedPath(basePath, found.view)}${url.search}${url.hash}`, newTab: false };
    // The embed view lives at another depth: a relative address must not be left to resolve there.
    return { href: url.pathname + url.search + url.hash, newTab: true };
  }
  return { href: url.href, newTab: true };
}

/** Stands in the rewritten body for the words "(opens in a new tab)", which depend on the page's language. */
const NEW_TAB = 'opens-in-new-tab';

const bodies = new WeakMap<object, string>();

function rewrite(node: Nodes, pageUrl: string, basePath: string) {
  if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string') {
    const link = embedLink(node.properties.href, pageUrl, basePath);
    if (link) {
      node.properties.href = link.href;
      if (link.newTab) {
        node.properties.target = '_blank';
        node.properties.rel = ['noopener'];
        const note: Element = {
          type: 'element',
          tagName: 'span',
          properties: { className: ['visually-hidden'] },
          children: [{ type: 'comment', value: NEW_TAB }],
        };
        node.children.push({ type: 'text', value: ' ' }, note);
      }
    }
  }
  if ('children' in node) for (const child of node.children) rewrite(child, pageUrl, basePath);
}

/**
 * A notice body as an embed view shows it. `version` is the language version the
 * body belongs to and `pageUrl` the address of its own full page: relative links
 * resolve from there, so the body is parsed once per version, not once per page.
 */
export function embedBody(version: { html: string }, pageUrl: string, basePath: string, opensInNewTab: string): string {
  let body = bodies.get(version);
  if (body === undefined) {
    const tree = fromHtml(version.html, { fragment: true });
    rewrite(tree, pageUrl, basePath);
    // The body was sanitized, so it holds no comment: the only ones are the stand-ins written here.
    body = toHtml(tree);
    bodies.set(version, body);
  }
  const text = opensInNewTab.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  return body.replaceAll(`<!--${NEW_TAB}-->`, text);
}
