/** What a reader sees or hears of a built page, in the page's language. */
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Texts that show or are read out: titles, labels, alternative texts, placeholders. */
const SHOWN_ATTRIBUTES = ['title', 'alt', 'ariaLabel', 'placeholder'];
/** What a page gives where it is shared or found. (og:image:alt describes the picture, drawn in the notice version's language.) */
const SHOWN_META = ['description', 'og:title', 'og:description', 'twitter:title', 'twitter:description'];

/**
 * Each text of the page, its title and what its attributes and head give a reader,
 * leaving out scripts, styles and everything inside an element marked as written in
 * another language (a notice shown in its original, the names of the languages).
 */
export function textsInLanguage(html: string, language: string): string[] {
  const texts: string[] = [];
  const add = (text: unknown) => {
    const clean = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
    if (clean) texts.push(clean);
  };
  const visit = (node: Nodes, inherited: string) => {
    if (node.type === 'text') return add(node.value);
    let lang = inherited;
    if (node.type === 'element') {
      if (['script', 'style', 'template'].includes(node.tagName)) return;
      if (typeof node.properties.lang === 'string') lang = node.properties.lang;
      if (lang !== language) return;
      for (const attribute of SHOWN_ATTRIBUTES) add(node.properties[attribute]);
      const meta = node.tagName === 'meta' ? String(node.properties.name ?? node.properties.property) : '';
      if (SHOWN_META.includes(meta)) add(node.properties.content);
    }
    if ('children' in node) for (const child of node.children) visit(child, lang);
  };
  visit(fromHtml(html), '');
  return texts;
}
